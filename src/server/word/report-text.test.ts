import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../test-support/encoding.js';
import { makeExe, makeImage, makePdf, makeZip } from '../../../test-support/files.js';
import { bombDocx } from '../../../test-support/templates.js';
import { AppError, InvalidError } from '../../domain/errors.js';
import { checkReport } from '../../domain/report-check/index.js';
import { documentXmlText, extractReportText } from './report-text.js';

/** The InvalidError a file is refused with. */
function refusal(bytes: Uint8Array): InvalidError {
  try {
    extractReportText(bytes);
  } catch (err) {
    if (err instanceof InvalidError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx put together by hand with pizzip, for WordprocessingML the docx package does not write. */
function handMadeDocx(body: string): Buffer {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<Relationships/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('text of a .docx', () => {
  it('reads body paragraphs, tabs, breaks and table cells, one paragraph a line, without header, footer or field codes', async () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('某某县民族宗教事务局')] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })] })] }) },
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('20xx年民族团结进步创建工作总结')] }),
            new Paragraph({
              children: [new TextRun('一、基本情况'), new TextRun({ children: [new Tab(), '共建 & 共享 <示范>'] }), new TextRun({ text: '（续）', break: 1 })],
            }),
            new Paragraph({ children: [new TextRun({ children: ['页码', PageNumber.CURRENT] })] }),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('数量')] })] }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('宣讲场次')] }),
                    new TableCell({ children: [new Paragraph('12'), new Paragraph('（含线上）')] }),
                  ],
                }),
              ],
            }),
            new Paragraph('二、主要做法'),
          ],
        },
      ],
    });
    const text = extractReportText(await Packer.toBuffer(doc));

    expect(text).toBe(
      [
        '20xx年民族团结进步创建工作总结',
        '一、基本情况\t共建 & 共享 <示范>',
        '（续）',
        '页码',
        '指标',
        '数量',
        '宣讲场次',
        '12',
        '（含线上）',
        '二、主要做法',
      ].join('\n'),
    );
    expect(text).not.toContain('某某县民族宗教事务局');
    expect(text).not.toContain('PAGE');
    const placeholder = checkReport(text).find((f) => f.rule === 'placeholder');
    expect(placeholder).toMatchObject({ start: 0, end: 5, text: '20xx年' });
  });

  it('leaves out tab stops, deleted revisions and the VML copy of a text box, and gives the text box its own line', () => {
    const body = [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>开展活动</w:t></w:r>',
      '<w:del w:id="1" w:author="a"><w:r><w:tab/><w:delText>删掉的字</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> 新增的字</w:t></w:r></w:ins></w:p>',
      '<w:p><w:r><w:t>图注</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">',
      '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>',
      '<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>',
      '</mc:AlternateContent></w:r></w:p>',
      '<w:p/>',
      '<w:p><w:r><w:t>&#x4E00;&#20108;&quot;三&apos;</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>链接文字</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    ].join('');
    expect(extractReportText(handMadeDocx(body))).toBe(['开展活动 新增的字', '文本框', '图注', '', '一二"三\'链接文字'].join('\n'));
  });

  it('matches element names by their local part, whatever the namespace prefix', () => {
    expect(documentXmlText('<ns0:document><ns0:body><ns0:p><ns0:r><ns0:t>甲</ns0:t><ns0:br/><ns0:t>乙</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>')).toBe(
      '甲\n乙',
    );
  });

  it('refuses a zip that is not a Word document, and a damaged one', () => {
    const workbook = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(refusal(workbook)).toMatchObject({ code: 'CHECK_FILE_TYPE', detail: expect.stringContaining('请上传 .docx 或 .txt 文件') });

    // Compression method 99 is unknown to any unzip: the directory is sound, the content unreadable.
    const damaged = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    for (let at = damaged.indexOf(Buffer.from('PK\x03\x04')); at >= 0; at = damaged.indexOf(Buffer.from('PK\x03\x04'), at + 4))
      damaged.writeUInt16LE(99, at + 8);
    for (let at = damaged.indexOf(Buffer.from('PK\x01\x02')); at >= 0; at = damaged.indexOf(Buffer.from('PK\x01\x02'), at + 4))
      damaged.writeUInt16LE(99, at + 10);
    expect(refusal(damaged)).toMatchObject({ code: 'CHECK_FILE_UNREADABLE', detail: expect.stringContaining('.docx') });
  });

  it('refuses a zip bomb that lies about its size, stopping the inflation at the limit', () => {
    // word/document.xml declares 1 KB and inflates to just over the 100 MB a part may have.
    const bomb = bombDocx(100 * 1024 * 1024 + 1);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toMatchObject({ code: 'CHECK_FILE_TOO_LARGE' });
  });

  it('reads a part whose directory declares a wrong size by what it really holds', () => {
    const lying = makeZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>',
    });
    for (let at = lying.indexOf(Buffer.from('PK\x01\x02')); at >= 0; at = lying.indexOf(Buffer.from('PK\x01\x02'), at + 4))
      lying.writeUInt32LE(2_000_000_000, at + 24);
    expect(extractReportText(lying)).toBe('正文');
  });

  it('says a Word document with no text has none', () => {
    expect(refusal(handMadeDocx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>'))).toMatchObject({
      code: 'CHECK_FILE_NO_TEXT',
      detail: '文件中没有文字',
    });
  });
});

describe('text of a .txt', () => {
  const report = '二〇二五年工作总结\r\n一、基本情况\r\n今年共开展宣讲12场次。\r\n';

  it('reads GBK (as Notepad on Chinese Windows saves it) and turns CRLF into LF', () => {
    expect(extractReportText(encodeGb18030(report))).toBe('二〇二五年工作总结\n一、基本情况\n今年共开展宣讲12场次。');
  });

  it('drops a UTF-8 byte-order mark, so offsets start at the first character', () => {
    const text = extractReportText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('20xx年，我镇开展活动。')]));
    expect(text).toBe('20xx年，我镇开展活动。');
    expect(checkReport(text)[0]).toMatchObject({ start: 0, end: 5, text: '20xx年' });
  });

  it('reads UTF-8 without a mark and UTF-16 with one', () => {
    expect(extractReportText(Buffer.from('民族团结一家亲'))).toBe('民族团结一家亲');
    expect(extractReportText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('民族团结一家亲', 'utf16le')]))).toBe('民族团结一家亲');
  });

  it('refuses a file of only white space', () => {
    expect(refusal(Buffer.from(' \r\n\t\r\n'))).toMatchObject({ code: 'CHECK_FILE_NO_TEXT' });
  });
});

describe('files that are neither', () => {
  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array(0))).toMatchObject({ code: 'CHECK_FILE_EMPTY', detail: '上传的文件是空的' });
  });

  it('tells a legacy .doc (OLE compound file) to be saved as .docx', () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]);
    const err = refusal(doc);
    expect(err.code).toBe('CHECK_FILE_LEGACY_DOC');
    expect(err.detail).toContain('另存为” .docx');
  });

  it('tells a web page saved under a .doc name to be saved as .docx', () => {
    expect(refusal(Buffer.from('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>总结</body></html>'))).toMatchObject({
      code: 'CHECK_FILE_WEB_DOC',
    });
    expect(refusal(Buffer.from('{\\rtf1\\ansi 总结}'))).toMatchObject({ code: 'CHECK_FILE_WEB_DOC' });
  });

  it('refuses a photo, a program and other binary files, and explains a PDF', async () => {
    for (const bytes of [await makeImage('png', 8, 8), makeExe(), Buffer.from([0x41, 0x00, 0x42, 0x43])]) {
      const err = refusal(bytes);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'CHECK_FILE_TYPE', detail: expect.stringContaining('请上传 .docx 或 .txt 文件') });
    }
    expect(refusal(makePdf())).toMatchObject({ code: 'CHECK_FILE_TYPE', detail: expect.stringContaining('PDF') });
  });
});
