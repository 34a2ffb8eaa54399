import { deflateRawSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PizZip from 'pizzip';

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

/** A multipart/form-data body with a `file` part and text fields, as the upload form sends it. */
export function multipartUpload(filename: string, content: Buffer, fields: Record<string, string | number> = {}) {
  const boundary = '----shiliu-template-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n`));
  parts.push(content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * A zip bomb dressed as a .docx: word/document.xml deflates `inflatedBytes` of spaces into a few
 * kilobytes and its headers declare a tiny size, as a hostile file would.
 */
export function bombDocx(inflatedBytes: number): Buffer {
  const entries: Array<[string, Buffer, Buffer, number]> = [];
  const add = (name: string, content: Buffer, declared = content.length) => entries.push([name, content, deflateRawSync(content), declared]);
  add('[Content_Types].xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'));
  add('word/document.xml', Buffer.alloc(inflatedBytes, 0x20), 1024);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content, deflated, declared] of entries) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, deflated);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A real .docx turned into a macro-enabled one (.docm renamed .docx): a vbaProject.bin part and its content type. */
export function withMacros(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const types = zip.file('[Content_Types].xml')!.asText().replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml');
  zip.file('[Content_Types].xml', types);
  zip.file('word/vbaProject.bin', Buffer.from('macro'));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
