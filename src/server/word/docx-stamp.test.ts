import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { ReportDocxStamp } from '../../contracts/report.contract.js';
import { checkReport } from '../../domain/report-check/index.js';
import { readCustomProperties } from '../ooxml/custom-properties.js';
import { extractReport } from './report-text.js';
import { STAMP_PROPERTY, stampFromProperties, stampProperties } from './docx-stamp.js';
import { GbtReportDocxWriter } from './report-docx.writer.js';
import { sampleReport } from './report-sample.fixture.js';

const SOURCE = { report: 7, version: 3, from: '2026-01-01', to: '2026-12-31' };

const stamp = (figures: number): ReportDocxStamp => ({
  v: 1,
  ...SOURCE,
  figures: Array.from({ length: figures }, (_, i) => ({
    label: `指标${i}😀`,
    text: `${i}场次`,
    before: '全年开展宣讲报告会',
    after: '，覆盖群众',
    atEnd: i % 2 === 0,
  })),
});

/** Replaces the first occurrence of `from` in the document's text runs; the body comes before the appendix. */
function edited(docx: Buffer, from: string, to: string): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' });
}

describe('the stamp as custom document properties', () => {
  it('is cut into numbered properties Word keeps whole, and joined again', () => {
    const properties = stampProperties(stamp(40));
    expect(properties.length).toBeGreaterThan(5);
    expect(properties.map((p) => p.name)).toEqual(properties.map((_, i) => `${STAMP_PROPERTY}-${i + 1}`));
    for (const p of properties) expect(p.value.length).toBeLessThanOrEqual(240);
    // Shuffled, as a file may list them in any order.
    expect(stampFromProperties(new Map(properties.reverse().map((p) => [p.name, p.value])))).toEqual(stamp(40));
  });

  it('is ignored, not fatal, when a part is lost, the JSON was edited, or the period is back to front', () => {
    const properties = stampProperties(stamp(40));
    const map = (list: Array<{ name: string; value: string }>) => new Map(list.map((p) => [p.name, p.value]));
    expect(stampFromProperties(map(properties.filter((_, i) => i !== 2)))).toBeUndefined();
    expect(stampFromProperties(map(properties.map((p, i) => (i === 0 ? { ...p, value: p.value.slice(1) } : p))))).toBeUndefined();
    expect(stampFromProperties(map(stampProperties({ ...stamp(1), from: '2026-12-31', to: '2026-01-01' })))).toBeUndefined();
    expect(stampFromProperties(new Map([['作者', '张三']]))).toBeUndefined();
  });

  it('reads text properties whatever the namespace prefix, decoding entities', () => {
    const xml = `<?xml version="1.0"?><op:Properties xmlns:op="x" xmlns:v="y"><op:property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="a&amp;b"><v:lpwstr>&lt;1&gt; &quot;二&quot;</v:lpwstr></op:property><op:property pid="3" name="n"><v:i4>5</v:i4></op:property></op:Properties>`;
    expect(readCustomProperties(xml)).toEqual(new Map([['a&b', '<1> "二"']]));
  });
});

describe('a .docx the GB/T writer stamps', () => {
  it('carries its report, version, period and every figure of the body, found again unchanged in the text', async () => {
    const upload = extractReport(await new GbtReportDocxWriter().write({ ...sampleReport(undefined), source: SOURCE }));
    expect(upload.stamp).toMatchObject({ v: 1, ...SOURCE });
    expect(upload.stamp!.figures.map((f) => f.text)).toEqual([
      '300余场次',
      '1.24亿元',
      '146个',
      '37个',
      '42.96%',
      '300余场次',
      '7500余户',
      '1268对',
      '300余场次',
    ]);
    expect(upload.stamp!.figures[0]).toEqual({
      label: '宣讲报告会场次',
      text: '300余场次',
      before: '体性、长期性工作来抓，全年开展巡回宣讲报告会'.slice(-12),
      after: '，投入创建资金',
    });
    const findings = checkReport(upload.text, { period: SOURCE, marks: upload.stamp!.figures });
    expect(findings.filter((f) => f.rule === 'figure_mismatch')).toEqual([]);
  });

  it('has no stamp without a source (a writer test’s report) and none in a file made elsewhere', async () => {
    expect(extractReport(await new GbtReportDocxWriter().write(sampleReport(undefined))).stamp).toBeUndefined();
  });

  it('leads to the figure typed over in Word, at its span in the extracted text', async () => {
    const docx = edited(await new GbtReportDocxWriter().write({ ...sampleReport(undefined), source: SOURCE }), '7500余户', '8000户');
    const upload = extractReport(docx);
    const findings = checkReport(upload.text, { marks: upload.stamp!.figures }).filter((f) => f.rule === 'figure_mismatch');
    const at = upload.text.indexOf('8000户');
    expect(findings).toEqual([
      {
        rule: 'figure_mismatch',
        severity: 'error',
        start: at,
        end: at + 5,
        text: '8000户',
        message: '「“送学”上门户数」被改写：原为「7500余户」，现为「8000户」，数字应以台账为准。',
      },
    ]);
  });

  it('keeps a figure in a title broken over two lines where the file reads it', async () => {
    const base = { ...sampleReport(undefined, false), source: SOURCE };
    const blocks = base.blocks.map((b) =>
      b.type === 'title'
        ? {
            ...b,
            inlines: [
              { kind: 'text' as const, text: '中共石榴县委统战部关于开展' },
              { kind: 'figure' as const, figureId: 'f1' },
              { kind: 'text' as const, text: '民族团结进步宣讲工作情况的报告' },
            ],
          }
        : b,
    );
    const docx = await new GbtReportDocxWriter().write({ ...base, blocks });
    const upload = extractReport(docx);
    expect(upload.text.split('\n').slice(0, 2)).toEqual(['中共石榴县委统战部关于开展300余场次', '民族团结进步宣讲工作情况的报告']);
    // The break after the figure ends its paragraph as the file reads: the context stops there.
    expect(upload.stamp!.figures[0]).toEqual({ label: '宣讲报告会场次', text: '300余场次', before: '共石榴县委统战部关于开展', after: '', atEnd: true });
    expect(checkReport(upload.text, { marks: upload.stamp!.figures }).filter((f) => f.rule === 'figure_mismatch')).toEqual([]);
    const typedOver = extractReport(edited(docx, '关于开展300余场次', '关于开展500场次'));
    expect(checkReport(typedOver.text, { marks: typedOver.stamp!.figures }).filter((f) => f.rule === 'figure_mismatch')).toMatchObject([
      { start: 13, end: 18, text: '500场次' },
    ]);
  });
});
