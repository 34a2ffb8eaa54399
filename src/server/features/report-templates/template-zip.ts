import { InvalidError } from '../../../domain/errors.js';
import { inflateEntry, zipEntries, ZipRefused, type ZipEntry } from '../../ooxml/bounded-zip.js';
import { reportTemplateMessages as m } from './report-template.messages.js';

/**
 * Decides from its bytes whether an upload is a .docx a template can be made of, before pizzip or
 * docxtemplater touch it: a zip whose parts include word/document.xml, no macros, no encryption,
 * and parts that really inflate to a sane size (every part is inflated, with a hard output limit,
 * by ooxml/bounded-zip.ts: a zip's declared sizes are the uploader's claim).
 */

/** One part may inflate to this much; Word's XML of a 500-page report is far below it. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** All parts together. */
export const MAX_TOTAL_BYTES = 192 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const MAIN_PART = 'word/document.xml';
const CONTENT_TYPES = '[Content_Types].xml';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const refuse = (code: string, message: string) => new InvalidError(code, message, [{ pointer: '/body/file', message }]);

/** Throws a Chinese InvalidError (pointer /body/file) unless the bytes are a plain, sane .docx. */
export function assertTemplateDocx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw refuse('TEMPLATE_FILE_EMPTY', m.fileEmpty);
  if (startsWith(bytes, OLE)) throw refuse('TEMPLATE_LEGACY_DOC', m.legacyDoc);
  if (!startsWith(bytes, ZIP)) throw refuse('TEMPLATE_NOT_DOCX', m.notDocx);
  const entries = zipEntries(bytes);
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

/** A part inflated under `limit`, the shared reader's refusals in this feature's words. */
function inflate(bytes: Uint8Array, entry: ZipEntry, limit: number, limitForMessage: number): Buffer {
  try {
    return inflateEntry(bytes, entry, limit);
  } catch (err) {
    if (!(err instanceof ZipRefused)) throw err;
    if (err.reason === 'too_large') throw refuse('TEMPLATE_TOO_LARGE', m.inflatesTooLarge(limitForMessage / 1024 / 1024));
    if (err.reason === 'encrypted') throw refuse('TEMPLATE_ENCRYPTED', m.encrypted);
    throw refuse('TEMPLATE_UNREADABLE', m.unreadable);
  }
}
