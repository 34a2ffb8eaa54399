import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidError } from '../../domain/errors.js';
import type { RenderableReport, RenderedChart } from './renderable-report.js';
import { EchartsChartRenderer } from './chart-render.js';
import { GRID_CHAR_SPACE } from './gbt-format.js';
import { GbtReportDocxWriter } from './report-docx.writer.js';
import { SAMPLE_CHART, SAMPLE_CHART_DATA, SAMPLE_FIGURES, sampleReport } from './report-sample.fixture.js';

/** A .docx read back: its parts as text, and its paragraphs with their style and text. */
class DocxReadBack {
  readonly zip: PizZip;
  constructor(buffer: Buffer) {
    this.zip = new PizZip(buffer);
  }
  part(name: string): string {
    const file = this.zip.file(name);
    if (!file) throw new Error(`${name} is missing`);
    return file.asText();
  }
  get document(): string {
    return this.part('word/document.xml');
  }
  get styles(): string {
    return this.part('word/styles.xml');
  }
  paragraphs(xml = this.document): Array<{ xml: string; style: string | undefined; text: string }> {
    return [...xml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)].map(([whole, inner = '']) => ({
      xml: whole,
      style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1],
      text: textOf(inner),
    }));
  }
  style(id: string): string {
    const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(this.styles);
    if (!match) throw new Error(`style ${id} is missing`);
    return match[0];
  }
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Attributes of the first `<tag …>` in xml, by name. */
function attrs(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml);
  if (!element) throw new Error(`<${tag}> is missing in ${xml.slice(0, 200)}`);
  return Object.fromEntries([...(element[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let chart: RenderedChart;
let docx: DocxReadBack;

beforeAll(async () => {
  chart = await new EchartsChartRenderer().render(SAMPLE_CHART, SAMPLE_CHART_DATA, '场次');
  docx = new DocxReadBack(await new GbtReportDocxWriter().write(sampleReport(chart)));
});

describe('GbtReportDocxWriter page', () => {
  it('lays out an A4 page with the GB/T 9704 margins in twips', () => {
    expect(attrs(docx.document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(docx.document, 'w:pgMar')).toMatchObject({ 'w:top': '2098', 'w:bottom': '1984', 'w:left': '1587', 'w:right': '1474' });
  });

  it('by default sets a 22-line grid of 28.95 pt that Word, WPS and LibreOffice all lay out alike', () => {
    expect(attrs(docx.document, 'w:docGrid')).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '579' });
  });

  it("on request sets Word's full grid of 22 lines of 28.95 pt and 28 characters", async () => {
    const full = new DocxReadBack(await new GbtReportDocxWriter({ characterGrid: true }).write(sampleReport(chart)));
    const grid = attrs(full.document, 'w:docGrid');
    expect(grid).toMatchObject({ 'w:type': 'linesAndChars', 'w:linePitch': '579', 'w:charSpace': String(GRID_CHAR_SPACE) });
    // Character pitch in twips = (16 pt + charSpace / 4096 pt) × 20; 28 of them fit the 8845-twip line, 29 do not.
    const pitch = (16 + Number(grid['w:charSpace']) / 4096) * 20;
    expect(28 * pitch).toBeLessThanOrEqual(8845);
    expect(29 * pitch).toBeGreaterThan(8845);
    expect(Math.floor((16838 - 2098 - 1984) / Number(grid['w:linePitch']))).toBe(22);
  });

  it('writes the title, creator 石榴 and the Chinese language into the properties', () => {
    const core = docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>石榴县2026年度民族团结进步创建工作总结</dc:title>');
    expect(core).toContain('<dc:creator>石榴</dc:creator>');
    expect(attrs(docx.styles.split('</w:docDefaults>')[0] ?? '', 'w:lang')).toMatchObject({ 'w:eastAsia': 'zh-CN' });
  });
});

describe('GbtReportDocxWriter styles', () => {
  it('sets the body in 3号 仿宋_GB2312 in the eastAsia slot, exact 28.95 pt lines, two characters indented', () => {
    for (const xml of [docx.style('Normal'), docx.styles.split('</w:docDefaults>')[0] ?? '']) {
      expect(attrs(xml, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '仿宋_GB2312', 'w:ascii': '仿宋_GB2312', 'w:hint': 'eastAsia' });
      expect(attrs(xml, 'w:sz')).toMatchObject({ 'w:val': '32' });
      expect(attrs(xml, 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
      expect(attrs(xml, 'w:ind')).toMatchObject({ 'w:firstLineChars': '200' });
    }
  });

  it('sets the title in 2号 方正小标宋简体, centred, off the character grid', () => {
    const title = docx.style('Title');
    expect(attrs(title, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '方正小标宋简体' });
    expect(attrs(title, 'w:sz')).toMatchObject({ 'w:val': '44' });
    expect(attrs(title, 'w:jc')).toMatchObject({ 'w:val': 'center' });
    expect(attrs(title, 'w:snapToGrid')).toMatchObject({ 'w:val': '0' });
    expect(attrs(title, 'w:ind')).toMatchObject({ 'w:firstLineChars': '0', 'w:firstLine': '0' });
  });

  it('sets the heading levels in 黑体, 楷体_GB2312 and bold 仿宋_GB2312, 3号, uncoloured, with outline levels', () => {
    const expected = [
      ['Heading1', '黑体', false, '0'],
      ['Heading2', '楷体_GB2312', false, '1'],
      ['Heading3', '仿宋_GB2312', true, '2'],
    ] as const;
    for (const [id, font, bold, outline] of expected) {
      const style = docx.style(id);
      expect(attrs(style, 'w:rFonts')).toMatchObject({ 'w:eastAsia': font });
      expect(attrs(style, 'w:sz')).toMatchObject({ 'w:val': '32' });
      expect(attrs(style, 'w:b')['w:val'] ?? 'true').toBe(String(bold));
      expect(attrs(style, 'w:outlineLvl')).toMatchObject({ 'w:val': outline });
      expect(attrs(style, 'w:color')).toMatchObject({ 'w:val': 'auto' });
    }
  });

  it('names the styles so a Word user can restyle them', () => {
    const names = [...docx.styles.matchAll(/<w:name w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining(['Normal', 'Title', 'Heading 1', 'Heading 2', 'Heading 3', '称呼', '落款', '成文日期', '图题', '表格文字', '页码']),
    );
  });

  it('lists the 公文 fonts in the font table with the names Word falls back to', () => {
    const fonts = docx.part('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });
});

describe('GbtReportDocxWriter text', () => {
  it('writes the blocks in order: title, salutation without indent, the lead with its figures', () => {
    const [title, salutation, lead] = docx.paragraphs();
    expect(title).toMatchObject({ style: 'Title', text: '石榴县2026年度民族团结进步创建工作总结' });
    expect(salutation).toMatchObject({ style: 'Salutation', text: '各位领导：' });
    expect(docx.style('Salutation')).toContain('w:firstLineChars="0"');
    expect(lead?.style).toBeUndefined();
    expect(lead?.text).toContain('全年开展巡回宣讲报告会300余场次，投入创建资金1.24亿元，');
    // Figures are plain text in the body's font: no colour, no run font of their own.
    expect(lead?.xml).not.toMatch(/<w:color|<w:rFonts|<w:highlight|<w:shd/);
  });

  it('numbers headings 一、（一）1. by level, restarting under each parent', () => {
    const headings = docx.paragraphs().filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((h) => `${h.style}:${h.text}`)).toEqual([
      'Heading1:一、基本情况',
      'Heading1:二、主要做法',
      'Heading2:（一）强化组织领导，压紧压实创建责任',
      'Heading3:1.健全工作机制。',
      'Heading3:2.完善考核评价。',
      'Heading2:（二）深化宣传教育，筑牢共同思想基础',
      'Heading3:1.丰富宣讲形式。',
      'Heading3:2.用好阵地资源。',
      'Heading2:（三）促进交往交流交融，凝聚团结奋进合力',
      'Heading3:1.深化结对共建。',
      'Heading1:三、亮点及特色',
      'Heading2:（一）打造“石榴籽”志愿服务品牌',
      'Heading2:（二）推动创建与基层治理融合发展',
      'Heading1:四、存在的不足',
      'Heading1:五、下一步工作打算',
    ]);
  });

  it('writes the signature and the date right-aligned, the date in Arabic numerals', () => {
    const paragraphs = docx.paragraphs();
    const signature = paragraphs.find((p) => p.style === 'Signature');
    const date = paragraphs.find((p) => p.style === 'DocumentDate');
    expect(signature?.text).toBe('中共石榴县委统战部');
    expect(date?.text).toBe('2026年12月31日');
    for (const id of ['Signature', 'DocumentDate']) expect(attrs(docx.style(id), 'w:jc')).toMatchObject({ 'w:val': 'right' });
    // Unit 9 characters wide, date 7 (digits are half): both two characters in from the right.
    expect(attrs(signature?.xml ?? '', 'w:ind')).toMatchObject({ 'w:right': '632' });
    expect(attrs(date?.xml ?? '', 'w:ind')).toMatchObject({ 'w:right': '632' });
    expect(paragraphs.indexOf(date ?? paragraphs[0]!)).toBe(paragraphs.indexOf(signature ?? paragraphs[0]!) + 1);
  });

  it('never leaves the signature alone on a page: the last paragraph, the 附件 note and the signature keep with what follows', () => {
    const paragraphs = docx.paragraphs();
    const note = paragraphs.findIndex((p) => p.style === 'AttachmentNote');
    expect(paragraphs[note - 1]?.xml).toContain('<w:keepNext/>');
    // Only that last paragraph: the body flows freely elsewhere.
    expect(paragraphs.slice(0, note - 1).filter((p) => p.style === undefined && p.xml.includes('<w:keepNext/>'))).toEqual([]);
    for (const id of ['AttachmentNote', 'Signature']) expect(docx.style(id)).toContain('<w:keepNext/>');
  });
});

describe('GbtReportDocxWriter page numbers', () => {
  it('puts "— PAGE —" in 4号 宋体 on the right of odd pages and the left of even pages', () => {
    expect(docx.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = docx.part('word/_rels/document.xml.rels');
    const footerOf = (type: string): string => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(docx.document)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return docx.part(`word/${target?.[1] ?? target?.[2]}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = footerOf(type);
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>.*<w:t xml:space="preserve"> —<\/w:t>/s,
      );
      expect(attrs(footer, 'w:jc')).toMatchObject({ 'w:val': side });
      expect(footer).toContain('<w:pStyle w:val="PageNumberLine"/>');
    }
    const style = docx.style('PageNumberLine');
    expect(attrs(style, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': '宋体' });
    expect(attrs(style, 'w:sz')).toMatchObject({ 'w:val': '28' });
  });
});

describe('GbtReportDocxWriter charts', () => {
  it('embeds the chart PNG 15 cm wide, centred, with its caption 图1 below in 4号', () => {
    const media = Object.keys(docx.zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(1);
    const png = Buffer.from(docx.zip.file(media[0] ?? '')?.asUint8Array() ?? []);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    expect(png.equals(chart.png)).toBe(true);

    const paragraphs = docx.paragraphs();
    const image = paragraphs.findIndex((p) => p.xml.includes('<w:drawing>'));
    expect(paragraphs[image]?.style).toBe('ChartImage');
    const extent = attrs(paragraphs[image]?.xml ?? '', 'wp:extent');
    expect(Number(extent['cx']) / 360_000).toBeCloseTo(15, 1);
    expect(Number(extent['cy']) / Number(extent['cx'])).toBeCloseTo(900 / 1600, 2);
    expect(paragraphs[image + 1]).toMatchObject({ style: 'ChartCaption', text: '图1 2026年各乡镇（街道）宣讲活动开展情况' });
    expect(attrs(docx.style('ChartImage'), 'w:jc')).toMatchObject({ 'w:val': 'center' });
    // An exact line height would crop the picture to one line.
    expect(attrs(docx.style('ChartImage'), 'w:spacing')).toMatchObject({ 'w:lineRule': 'auto' });
    expect(attrs(docx.style('ChartCaption'), 'w:sz')).toMatchObject({ 'w:val': '28' });
  });

  it('leaves a chart out when it has no rendered PNG', async () => {
    const plain = new DocxReadBack(await new GbtReportDocxWriter().write(sampleReport(undefined, false)));
    expect(Object.keys(plain.zip.files).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(plain.paragraphs().some((p) => p.style === 'ChartCaption')).toBe(false);
    expect(plain.document).not.toContain('<w:tbl>');
  });
});

describe('GbtReportDocxWriter appendix', () => {
  it('notes 附件 above the signature and lists every figure on a page of its own', () => {
    const paragraphs = docx.paragraphs();
    const note = paragraphs.findIndex((p) => p.style === 'AttachmentNote');
    expect(paragraphs[note]?.text).toBe('附件：数据来源说明');
    expect(paragraphs[note + 1]?.style).toBe('Signature');

    const label = paragraphs.find((p) => p.style === 'AttachmentLabel');
    expect(label?.text).toBe('附件');
    expect(label?.xml).toContain('<w:pageBreakBefore/>');

    const table = /<w:tbl>.*<\/w:tbl>/s.exec(docx.document)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr(?:\s[^>]*)?>(.*?)<\/w:tr>/gs)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) => textOf(cell[1] ?? '')),
    );
    expect(rows[0]).toEqual(['序号', '数字', '含义', '统计口径']);
    const report = sampleReport(chart);
    // Figures in reading order of first use.
    const order = ['f1', 'f2', 'f3', 'f4', 'f7', 'f5', 'f6'];
    expect(rows.slice(1)).toEqual(
      order.map((id, i) => {
        const figure = SAMPLE_FIGURES.find((f) => f.id === id)!;
        return [String(i + 1), figure.text, figure.label, report.describeFigure(figure).detail];
      }),
    );
    expect(rows.length - 1).toBe(SAMPLE_FIGURES.length);
    expect(attrs(docx.style('TableText'), 'w:sz')).toMatchObject({ 'w:val': '24' });
    // The scope every figure shares is said once, above the table, not on every row.
    const scope = report.describeFigure(SAMPLE_FIGURES[0]!).scope;
    expect(paragraphs.filter((p) => p.text === `表中数字的统计范围均为：${scope}。`)).toHaveLength(1);
  });

  it("writes each figure's whole source on its row when the figures count over different periods", async () => {
    const base = sampleReport(chart);
    const figures = base.figures.map((f) => (f.id === 'f2' ? { ...f, query: { ...f.query, from: '2024-01-01', to: '2024-12-31' } } : f));
    const read = new DocxReadBack(await new GbtReportDocxWriter().write({ ...base, figures }));
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(read.document)?.[0] ?? '';
    const cells = [...table.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) => textOf(cell[1] ?? ''));
    const f2 = figures.find((f) => f.id === 'f2')!;
    const { scope, detail } = base.describeFigure(f2);
    expect(cells).toContain(`${scope}；${detail}`);
    // The others share the sample's period, said once with a caveat for the row that differs.
    const common = base.describeFigure(figures.find((f) => f.id === 'f1')!).scope;
    expect(read.paragraphs().filter((p) => p.text === `除注明者外，表中数字的统计范围均为：${common}。`)).toHaveLength(1);
    expect(cells).toContain(base.describeFigure(figures.find((f) => f.id === 'f1')!).detail);
  });
});

describe('GbtReportDocxWriter options and errors', () => {
  it('without the character grid keeps 28 characters a line by condensing the body', async () => {
    const lines = new DocxReadBack(await new GbtReportDocxWriter().write(sampleReport(chart)));
    expect(attrs(lines.document, 'w:docGrid')).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '579' });
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(lines.style('Normal'))?.[1]);
    expect(28 * (320 + spacing)).toBeLessThanOrEqual(8845);
  });

  it('refuses a report whose text uses a figure it does not have', async () => {
    const report: RenderableReport = { ...sampleReport(undefined), figures: SAMPLE_FIGURES.filter((f) => f.id !== 'f2') };
    await expect(new GbtReportDocxWriter().write(report)).rejects.toBeInstanceOf(InvalidError);
  });

  it('breaks a long title into two balanced lines and normalises a Chinese-numeral date', async () => {
    const base = sampleReport(undefined, false);
    const blocks = base.blocks.map((block) => {
      if (block.type === 'title')
        return { ...block, inlines: [{ kind: 'text' as const, text: '中共石榴县委统战部关于2026年度民族团结进步创建工作情况的报告' }] };
      if (block.type === 'date') return { ...block, inlines: [{ kind: 'text' as const, text: '二〇二六年十二月三十一日' }] };
      return block;
    });
    const read = new DocxReadBack(await new GbtReportDocxWriter().write({ ...base, blocks }));
    const title = read.paragraphs()[0]?.xml ?? '';
    expect([...title.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['中共石榴县委统战部关于2026年度', '民族团结进步创建工作情况的报告']);
    expect(title).toContain('<w:br/>');
    expect(read.paragraphs().find((p) => p.style === 'DocumentDate')?.text).toBe('2026年12月31日');
  });
});
