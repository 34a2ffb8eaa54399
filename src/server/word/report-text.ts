import { decodeCsvBytes } from '../../domain/csv.js';
import { InvalidError } from '../../domain/errors.js';
import { sniffFileType } from '../../domain/file-sniff.js';
import type { ReportDocxStamp } from '../../contracts/report.contract.js';
import { inflateEntry, zipEntries, ZipRefused, type ZipEntry } from '../ooxml/bounded-zip.js';
import { readCustomProperties } from '../ooxml/custom-properties.js';
import { decodeXmlEntities } from '../ooxml/xml-text.js';
import { stampFromProperties } from './docx-stamp.js';
import { reportTextMessages as m } from './report-text.messages.js';

/** An upload as the checker reads it: its text and, for a .docx Shiliu wrote, the stamp it carries. */
export interface ReportUpload {
  text: string;
  stamp?: ReportDocxStamp;
}

/**
 * The plain text of an uploaded report for the checker (材料体检): a .docx (body paragraphs and
 * table cells, one line each) or a .txt (UTF-8, UTF-16 with BOM, or GBK/GB18030). The type is read
 * from the bytes, never from the name. Anything else is refused with a Chinese InvalidError.
 */
export function extractReportText(bytes: Uint8Array): string {
  return extractReport(bytes).text;
}

/** The text of an upload (as extractReportText) and the stamp of a .docx Shiliu wrote, if it still has one. */
export function extractReport(bytes: Uint8Array): ReportUpload {
  if (bytes.length === 0) throw new InvalidError('CHECK_FILE_EMPTY', m.fileEmpty);
  const read: ReportUpload = isZip(bytes) ? docxContent(bytes) : { text: plainText(bytes) };
  // Trailing white space only: offsets into what remains are unchanged.
  const trimmed = read.text.replace(/\s+$/u, '');
  if (trimmed.trim() === '') throw new InvalidError('CHECK_FILE_NO_TEXT', m.noText);
  return { ...read, text: trimmed };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

const MAIN_PART = 'word/document.xml';
const CUSTOM_PART = 'docProps/custom.xml';
// A 500,000-character report is far below this even with Word's verbose run markup.
const MAX_PART_BYTES = 100 * 1024 * 1024;
// Shiliu's stamp is a few kilobytes; custom properties beyond this are someone else's, and skipped.
const MAX_CUSTOM_BYTES = 4 * 1024 * 1024;

function docxContent(bytes: Uint8Array): ReportUpload {
  const entries = zipEntries(bytes);
  const main = entries?.find((e) => e.name === MAIN_PART);
  if (!entries || !main) throw new InvalidError(entries ? 'CHECK_FILE_TYPE' : 'CHECK_FILE_UNREADABLE', entries ? m.fileType : m.docxUnreadable);
  let xml: string;
  try {
    // Inflated under a hard limit: a zip's declared sizes are the uploader's claim (a zip bomb's are tiny).
    xml = inflateEntry(bytes, main, MAX_PART_BYTES).toString('utf8');
  } catch (err) {
    if (err instanceof ZipRefused && err.reason === 'too_large') throw new InvalidError('CHECK_FILE_TOO_LARGE', m.docxTooLarge);
    if (err instanceof ZipRefused) throw new InvalidError('CHECK_FILE_UNREADABLE', m.docxUnreadable);
    throw err;
  }
  const custom = entries.find((e) => e.name === CUSTOM_PART);
  const stamp = custom && readStamp(bytes, custom);
  return { text: documentXmlText(xml), ...(stamp && { stamp }) };
}

/** The stamp in the custom properties; anything missing, oversized or unreadable means no stamp, never a failed check. */
function readStamp(bytes: Uint8Array, entry: ZipEntry): ReportDocxStamp | undefined {
  try {
    return stampFromProperties(readCustomProperties(inflateEntry(bytes, entry, MAX_CUSTOM_BYTES).toString('utf8')));
  } catch {
    return undefined;
  }
}

// Elements whose content is not the document's visible text: paragraph and run properties (their
// w:tab are tab stops, not tabs), tracked deletions, and the VML duplicate of a modern drawing.
const SKIPPED = new Set(['pPr', 'rPr', 'sectPr', 'del', 'moveFrom', 'Fallback', 'instrText', 'delText']);
const CHARACTERS: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' };
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)(?:[\w.-]+:)?([\w.-]+)[^>]*?(\/?)>|([^<]+)/g;

/**
 * Text of WordprocessingML: each paragraph (w:p, including those of table cells and text boxes) is
 * a line; runs contribute their w:t text, w:tab as a tab and w:br as a line break. Field codes
 * (w:instrText) and deleted revisions are left out; a field's displayed result is kept. Headers and
 * footers live in other parts and are not read. Local names are matched, whatever the prefix.
 */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  // A text box is a paragraph inside a run of another paragraph: each keeps its own line.
  const open: string[] = [];
  let skipDepth = 0;
  let inText = false;
  const append = (s: string) => {
    if (open.length > 0) open[open.length - 1] += s;
  };
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, selfClosing, chars] = match;
    if (chars !== undefined) {
      if (inText && skipDepth === 0) append(decodeXmlEntities(chars));
      continue;
    }
    if (name === undefined) continue;
    if (skipDepth > 0) {
      if (selfClosing) continue;
      skipDepth += closing ? -1 : 1;
      continue;
    }
    if (closing) {
      if (name === 't') inText = false;
      else if (name === 'p') lines.push(open.pop() ?? '');
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipDepth = 1;
    } else if (name === 'p') {
      if (selfClosing) lines.push('');
      else open.push('');
    } else if (name === 't') {
      inText = !selfClosing;
    } else if (CHARACTERS[name] !== undefined) {
      append(CHARACTERS[name]);
    }
  }
  return lines.join('\n');
}

// Word's "web page" and RTF formats, often downloaded from websites under a .doc name.
const MARKUP_START = /^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<\?mso-application|mime-version:|\{\\rtf)/i;

function plainText(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE)) throw new InvalidError('CHECK_FILE_LEGACY_DOC', m.legacyDoc);
  const known = sniffFileType(bytes);
  if (known) throw new InvalidError('CHECK_FILE_TYPE', known.kind === 'pdf' ? m.pdf : m.fileType);
  let text: string;
  // Notepad's "Unicode" is UTF-16 with a byte-order mark; the decoder drops the mark.
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes);
  else if (bytes.subarray(0, 65_536).includes(0)) throw new InvalidError('CHECK_FILE_TYPE', m.fileType);
  // Valid UTF-8 (a BOM is dropped), else GB18030, a superset of GBK, as Chinese Windows saves text.
  else text = decodeCsvBytes(bytes);
  if (MARKUP_START.test(text.slice(0, 512))) throw new InvalidError('CHECK_FILE_WEB_DOC', m.webDoc);
  // Bytes that are neither UTF-8 nor GB18030 decode to U+FFFD: a binary file or another encoding.
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 0 && replaced >= text.length / 100) throw new InvalidError('CHECK_FILE_ENCODING', m.textEncoding);
  return text.replace(/\r\n?/g, '\n');
}
