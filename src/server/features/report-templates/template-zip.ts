import { inflateRawSync } from 'node:zlib';
import { InvalidError } from '../../../domain/errors.js';
import { reportTemplateMessages as m } from './report-template.messages.js';

/**
 * Decides from its bytes whether an upload is a .docx a template can be made of, before pizzip or
 * docxtemplater touch it: a zip whose parts include word/document.xml, no macros, no encryption,
 * and parts that really inflate to a sane size. Sizes declared in a zip are the uploader's claim
 * (a zip bomb declares a few bytes), so every part is inflated here with a hard output limit.
 */

/** One part may inflate to this much; Word's XML of a 500-page report is far below it. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** All parts together. */
export const MAX_TOTAL_BYTES = 192 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const MAIN_PART = 'word/document.xml';
const CONTENT_TYPES = '[Content_Types].xml';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const refuse = (code: string, message: string) => new InvalidError(code, message, [{ pointer: '/body/file', message }]);

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

/** Throws a Chinese InvalidError (pointer /body/file) unless the bytes are a plain, sane .docx. */
export function assertTemplateDocx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw refuse('TEMPLATE_FILE_EMPTY', m.fileEmpty);
  if (startsWith(bytes, OLE)) throw refuse('TEMPLATE_LEGACY_DOC', m.legacyDoc);
  if (!startsWith(bytes, ZIP)) throw refuse('TEMPLATE_NOT_DOCX', m.notDocx);
  const entries = centralDirectory(bytes);
  if (!entries) throw refuse('TEMPLATE_UNREADABLE', m.unreadable);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(MAIN_PART) || !names.has(CONTENT_TYPES)) throw refuse('TEMPLATE_NOT_DOCX', m.notDocx);
  if (entries.some((e) => e.name.toLowerCase().endsWith('vbaproject.bin'))) throw refuse('TEMPLATE_MACRO', m.macro);
  if (entries.some((e) => (e.flags & 1) !== 0)) throw refuse('TEMPLATE_ENCRYPTED', m.encrypted);
  let total = 0;
  let contentTypes = '';
  for (const entry of entries) {
    const partLimited = MAX_PART_BYTES <= MAX_TOTAL_BYTES - total;
    const inflated = inflate(bytes, entry, partLimited ? MAX_PART_BYTES : MAX_TOTAL_BYTES - total, partLimited ? MAX_PART_BYTES : MAX_TOTAL_BYTES);
    total += inflated.length;
    if (entry.name === CONTENT_TYPES) contentTypes = inflated.toString('utf8');
  }
  // A .docm renamed .docx declares its main part macro-enabled even when the macros are gone.
  if (/macroEnabled/i.test(contentTypes)) throw refuse('TEMPLATE_MACRO', m.macro);
}

function inflate(bytes: Uint8Array, entry: Entry, limit: number, limitForMessage: number): Buffer {
  const tooLarge = () => refuse('TEMPLATE_TOO_LARGE', m.inflatesTooLarge(limitForMessage / 1024 / 1024));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY) throw refuse('TEMPLATE_UNREADABLE', m.unreadable);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw refuse('TEMPLATE_UNREADABLE', m.unreadable);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw refuse('TEMPLATE_UNREADABLE', m.unreadable);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(limit, 1) });
  } catch (err) {
    // Node names an output over maxOutputLength ERR_BUFFER_TOO_LARGE; anything else is a corrupt stream.
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw refuse('TEMPLATE_UNREADABLE', m.unreadable);
  }
}

/** The entries of the zip's central directory, or undefined when it is not a sound (non-zip64) zip. */
function centralDirectory(bytes: Uint8Array): Entry[] | undefined {
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
  const entries: Entry[] = [];
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
