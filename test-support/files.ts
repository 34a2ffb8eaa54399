import sharp from 'sharp';
import { zipArchive } from './zip.js';

/** A minimal zip (stored, no compression, UTF-8 names) with the given entries. */
export function makeZip(entries: Record<string, string | Buffer>): Buffer {
  return zipArchive(
    Object.entries(entries).map(([name, content]) => ({ name, content: Buffer.isBuffer(content) ? content : Buffer.from(content), utf8Name: true })),
  );
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** The skeleton of a Word document: what makes a zip a .docx to the sniffer. */
export function makeDocx(text = '民族团结进步创建活动方案'): Buffer {
  return makeZip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': '<Relationships/>',
    'word/document.xml': `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

/** A one-page PDF header and trailer: enough to be recognised by content. */
export function makePdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
}

/** A real, decodable image of the given size, made with sharp. */
export async function makeImage(format: 'png' | 'jpeg' | 'webp', width = 640, height = 480): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 190, g: 30, b: 45 } } });
  return (format === 'png' ? image.png() : format === 'jpeg' ? image.jpeg() : image.webp()).toBuffer();
}

/** The start of an ISO-BMFF file with an `ftyp` box, as HEIC photos from phones begin. */
export function makeFtyp(major: string, compatible: string[]): Buffer {
  const box = Buffer.alloc(16 + compatible.length * 4);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + i * 4, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(64, 0)]);
}

/** What a Windows program starts with: the MZ header. */
export function makeExe(): Buffer {
  return Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120, 0x41)]);
}

export interface MultipartFileOptions {
  /** The file part's name; default `file`. */
  field?: string;
  contentType?: string;
  /** Text fields sent before the file, as a form sends its inputs. */
  fields?: Record<string, string | number>;
}

/** A multipart/form-data body with one file part (after any text fields), as a browser's upload sends it. */
export function multipartFile(filename: string, content: Buffer | string, options: MultipartFileOptions = {}) {
  const boundary = '----shiliu-test-boundary';
  const texts = Object.entries(options.fields ?? {}).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${filename}"\r\nContent-Type: ${options.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(texts.join('') + head),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
