/**
 * What an uploaded file really is, read from its bytes: the name and the browser's declared type
 * are the uploader's claim, so an .exe renamed .jpg must not pass as a photo. Pure code on a
 * Uint8Array; only the formats evidence may take are recognised.
 */
export type SniffedKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'heif' | 'pdf' | 'docx' | 'xlsx';

export interface SniffedType {
  kind: SniffedKind;
  mime: string;
  /** Extensions that name this type; the first is the canonical one. */
  extensions: readonly string[];
  /** Photos (the `photo` evidence kind is only for these). */
  image: boolean;
  /** Browsers can draw it, so a thumbnail can be made and the file opened inline. */
  webImage: boolean;
}

const TYPES: Record<SniffedKind, Omit<SniffedType, 'kind'>> = {
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jfif'], image: true, webImage: true },
  png: { mime: 'image/png', extensions: ['png'], image: true, webImage: true },
  webp: { mime: 'image/webp', extensions: ['webp'], image: true, webImage: true },
  heic: { mime: 'image/heic', extensions: ['heic', 'heif'], image: true, webImage: false },
  heif: { mime: 'image/heif', extensions: ['heif', 'heic'], image: true, webImage: false },
  pdf: { mime: 'application/pdf', extensions: ['pdf'], image: false, webImage: false },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], image: false, webImage: false },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], image: false, webImage: false },
};

/** The accepted type stored under this mime, if any. */
export function typeOfMime(mime: string): SniffedType | undefined {
  const kind = (Object.keys(TYPES) as SniffedKind[]).find((k) => TYPES[k].mime === mime);
  return kind && { kind, ...TYPES[kind] };
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

// HEIF image brands (ISO/IEC 23008-12). AVIF shares the container ('mif1' too) but is not accepted.
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** The file's type, or undefined when it is none of the accepted formats (or empty). */
export function sniffFileType(bytes: Uint8Array): SniffedType | undefined {
  const kind = sniffKind(bytes);
  return kind && { kind, ...TYPES[kind] };
}

function sniffKind(b: Uint8Array): SniffedKind | undefined {
  if (b.length < 4) return undefined;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') return heifKind(b);
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return officeKind(zipEntryNames(b));
  return undefined;
}

/** ISO-BMFF `ftyp` box: major brand at 8, compatible brands from 16 to the end of the box. */
function heifKind(b: Uint8Array): SniffedKind | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // A real ftyp box lists a handful of brands; the cap keeps a hostile size field from costing a scan.
  const boxSize = Math.min(view.getUint32(0), b.length, 256);
  const brands = [ascii(b, 8, 4)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(b, at, 4));
  if (brands.some((x) => x === 'avif' || x === 'avis')) return undefined;
  if (brands.some((x) => HEIC_BRANDS.has(x))) return 'heic';
  if (HEIF_BRANDS.has(brands[0]!)) return 'heif';
  return undefined;
}

/**
 * Office Open XML is a zip whose central directory lists `[Content_Types].xml` and a `word/` or
 * `xl/` part. Macro-enabled files (a `vbaProject.bin` inside, e.g. .docm renamed .docx) are refused.
 */
function officeKind(names: string[] | undefined): SniffedKind | undefined {
  if (!names || !names.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return undefined;
  const word = names.some((n) => n.startsWith('word/'));
  const xl = names.some((n) => n.startsWith('xl/'));
  if (word === xl) return undefined;
  return word ? 'docx' : 'xlsx';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_ENTRIES = 20_000;

/** Entry names from a zip's central directory, or undefined when the structure is not a sound zip. */
export function zipEntryNames(b: Uint8Array): string[] | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const z64 = zip64Directory(view, eocd);
    if (!z64) return undefined;
    ({ count, offset } = z64);
  }
  if (count > MAX_ENTRIES) return undefined;
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > b.length || view.getUint32(offset, true) !== CENTRAL_ENTRY) return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > b.length) return undefined;
    names.push(decoder.decode(b.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The end record sits in the last 22 bytes plus up to 65535 bytes of archive comment. */
function findEndOfCentralDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return undefined;
}

function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}
