import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PizZip from 'pizzip';
import { multipartFile } from './files.js';
import { zipArchive } from './zip.js';

/**
 * Template fixtures: .docx files with placeholders made with the `docx` library as Word would save
 * them (a paragraph may be split into runs, as Word splits "{宣讲" + "场次}"), the text of a filled
 * document read back, and the multipart body of an upload.
 */

/** A paragraph: its text, or its runs (each run becomes a separate w:r, as Word's editing leaves them). */
export type ParagraphSpec = string | string[];
/** A table: rows of cells, each cell one paragraph. */
export interface TableSpec {
  table: string[][];
}

/** A .docx whose body holds the given paragraphs and tables, in order. */
export async function templateDocx(body: Array<ParagraphSpec | TableSpec>): Promise<Buffer> {
  const children = body.map((item) => {
    if (typeof item === 'object' && 'table' in item) {
      return new Table({ rows: item.table.map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
    }
    const runs = typeof item === 'string' ? [item] : item;
    return new Paragraph({ children: runs.map((text) => new TextRun(text)) });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join('');

/** The body's paragraphs as text (table cells included, one line each), from word/document.xml. */
export function docxParagraphs(docx: Buffer): string[] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
}

/** Each table row of the body as its cells' text. */
export function docxTableRows(docx: Buffer): string[][] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])));
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A multipart/form-data body with a `file` part and text fields, as the upload form sends it. */
export function multipartUpload(filename: string, content: Buffer, fields: Record<string, string | number> = {}) {
  return multipartFile(filename, content, { contentType: DOCX_TYPE, fields });
}

/**
 * A zip bomb dressed as a .docx: word/document.xml deflates `inflatedBytes` of spaces into a few
 * kilobytes and its headers declare a tiny size, as a hostile file would.
 */
export function bombDocx(inflatedBytes: number): Buffer {
  return zipArchive([
    {
      name: '[Content_Types].xml',
      content: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      deflate: true,
    },
    { name: 'word/document.xml', content: Buffer.alloc(inflatedBytes, 0x20), deflate: true, declaredSize: 1024 },
  ]);
}

/** A real .docx turned into a macro-enabled one (.docm renamed .docx): a vbaProject.bin part and its content type. */
export function withMacros(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const types = zip.file('[Content_Types].xml')!.asText().replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml');
  zip.file('[Content_Types].xml', types);
  zip.file('word/vbaProject.bin', Buffer.from('macro'));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
