import { inflateRawSync } from 'node:zlib';

/**
 * Reading the parts of an uploaded Office file (a zip) without trusting it. The sizes a zip
 * declares are the uploader's claim — a zip bomb declares a few bytes and inflates to gigabytes —
 * so parts are inflated here with a hard limit on what comes out, before any library sees them.
 * Used by every upload that is opened as .docx: templates (自定义模板) and 材料体检.
 */

/** Why a zip could not be read: callers turn these into their own Chinese messages. */
export type ZipRefusal = 'unreadable' | 'encrypted' | 'too_large';

export class ZipRefused extends Error {
  constructor(
    readonly reason: ZipRefusal,
    /** For too_large: the limit that was exceeded, in bytes. */
    readonly limit?: number,
  ) {
    super(`zip refused: ${reason}`);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  /** General-purpose bit flags; bit 0 marks an encrypted entry. */
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
/** Far more parts than any real document has; a directory claiming more is not a document. */
const MAX_ENTRIES = 5_000;

/** The entries of the zip's central directory, or undefined when it is not a sound (non-zip64) zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd: number | undefined;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd === undefined) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // Zip64 is for archives over 4 GB; an upload within the size limit never needs it.
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) return undefined;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_ENTRY) return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    if (offset + 46 + nameLength > bytes.length) return undefined;
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** One entry's bytes, inflated to at most `limit` bytes (ZipRefused otherwise, or when corrupt or encrypted). */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Buffer {
  if ((entry.flags & 1) !== 0) throw new ZipRefused('encrypted');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY) throw new ZipRefused('unreadable');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipRefused('unreadable');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipRefused('too_large', limit);
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw new ZipRefused('unreadable');
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(limit, 1) });
  } catch (err) {
    // Node names an output over maxOutputLength ERR_BUFFER_TOO_LARGE; anything else is a corrupt stream.
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipRefused('too_large', limit);
    throw new ZipRefused('unreadable');
  }
}
