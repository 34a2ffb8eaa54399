import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeExe, makeFtyp, makeImage, makePdf, makeZip } from '../../test-support/files.js';
import { sniffFileType, typeOfMime, zipEntryNames } from './file-sniff.js';

describe('sniffFileType', () => {
  it('recognises photos by their signatures', async () => {
    expect(sniffFileType(await makeImage('jpeg'))?.kind).toBe('jpeg');
    expect(sniffFileType(await makeImage('png'))).toMatchObject({ kind: 'png', mime: 'image/png', image: true, webImage: true });
    expect(sniffFileType(await makeImage('webp'))?.kind).toBe('webp');
  });

  it('recognises HEIC and HEIF by the ftyp brands, but not AVIF', () => {
    expect(sniffFileType(makeFtyp('heic', ['mif1', 'heic']))).toMatchObject({ kind: 'heic', mime: 'image/heic', webImage: false });
    expect(sniffFileType(makeFtyp('mif1', ['mif1', 'heic']))?.kind).toBe('heic');
    expect(sniffFileType(makeFtyp('msf1', ['msf1']))?.kind).toBe('heif');
    expect(sniffFileType(makeFtyp('avif', ['mif1', 'avif']))).toBeUndefined();
    expect(sniffFileType(makeFtyp('mif1', ['mif1', 'avif']))).toBeUndefined();
    expect(sniffFileType(makeFtyp('isom', ['isom', 'mp41']))).toBeUndefined();
  });

  it('recognises a PDF by its header', () => {
    expect(sniffFileType(makePdf())?.mime).toBe('application/pdf');
  });

  it('tells .docx from .xlsx by the parts listed in the zip directory', async () => {
    expect(sniffFileType(makeDocx())?.kind).toBe('docx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRow(['活动', '场次']);
    expect(sniffFileType(Buffer.from(await wb.xlsx.writeBuffer()))?.kind).toBe('xlsx');
  });

  it('refuses a plain zip, a macro-enabled document and a zip claiming both Word and Excel parts', () => {
    expect(sniffFileType(makeZip({ 'a.txt': 'hello' }))).toBeUndefined();
    expect(sniffFileType(makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'x' }))).toBeUndefined();
    expect(sniffFileType(makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>', 'xl/workbook.xml': '<x/>' }))).toBeUndefined();
  });

  it('refuses a program, text, an empty file and a truncated zip', () => {
    expect(sniffFileType(makeExe())).toBeUndefined();
    expect(sniffFileType(Buffer.from('just some text'))).toBeUndefined();
    expect(sniffFileType(new Uint8Array(0))).toBeUndefined();
    const docx = makeDocx();
    expect(sniffFileType(docx.subarray(0, docx.length - 30))).toBeUndefined();
  });

  it('reads entry names from a zip that has an archive comment', () => {
    const zip = makeZip({ 'word/document.xml': '<w/>' });
    const withComment = Buffer.concat([zip, Buffer.from('注释')]);
    withComment.writeUInt16LE(Buffer.byteLength('注释'), zip.length - 2);
    expect(zipEntryNames(withComment)).toEqual(['word/document.xml']);
  });

  it('maps a stored mime back to its type', () => {
    expect(typeOfMime('image/webp')?.image).toBe(true);
    expect(typeOfMime('application/pdf')?.image).toBe(false);
    expect(typeOfMime('text/html')).toBeUndefined();
  });
});
