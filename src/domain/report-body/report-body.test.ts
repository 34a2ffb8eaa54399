import { describe, expect, it } from 'vitest';
import type { Figure, ReportBody } from '../../contracts/report.contract.js';
import { checkReport, locateFigureMarks } from '../report-check/index.js';
import { blockLine, figureIndex, figureMarks, reportPlainText, type BlockLine } from './index.js';

const text = (s: string) => ({ kind: 'text' as const, text: s });
const fig = (id: string) => ({ kind: 'figure' as const, figureId: id });

function figure(id: string, written: string, label = '宣讲场次'): Figure {
  return {
    id,
    label,
    query: { org: 1, from: '2025-01-01', to: '2025-12-31', status: 'approved', metric: 'sessions' },
    style: 'approx',
    unit: '场次',
    value: 312,
    text: written,
    refreshedAt: '2026-01-05T08:00:00.000Z',
    previousText: null,
  };
}

const body: ReportBody = {
  blocks: [
    { id: 't', type: 'title', inlines: [text('示例县2025年民族团结进步创建工作总结')] },
    { id: 'h1', type: 'heading', level: 1, inlines: [text('基本'), text('\n情况')] },
    {
      id: 'p1',
      type: 'paragraph',
      inlines: [text('全年开展宣讲'), fig('f1'), text('，覆盖'), fig('f2'), fig('f3'), text('。\n第二段开头'), fig('f1'), text('，完')],
    },
    { id: 'c', type: 'chart', inlines: [] },
    { id: 'h2', type: 'heading', level: 2, inlines: [text('在'), fig('f1'), text('中')] },
    { id: 'p2', type: 'paragraph', inlines: [text('一句话里有一个控制符\u0007和回车\r\n换行。')] },
  ],
  figures: [figure('f1', '300余场次'), figure('f2', '7500余户', '覆盖户数'), figure('f3', '（含学校）', '说明')],
  options: { charts: true, appendix: false },
};

describe('blockLine and reportPlainText', () => {
  it('writes a heading on one line after its number, and keeps line breaks elsewhere', () => {
    const figures = figureIndex(body);
    expect(blockLine(body.blocks[1]!, figures, '一、')).toEqual({ text: '一、基本情况', figures: [] });
    expect(blockLine(body.blocks[4]!, figures, '（一）')).toEqual({ text: '（一）在300余场次中', figures: [{ figureId: 'f1', start: 4, end: 10 }] });
    expect(blockLine(body.blocks[5]!, figures).text).toBe('一句话里有一个控制符和回车\n换行。');
  });

  it('places every figure occurrence in the plain text, with what it should read', () => {
    const plain = reportPlainText(body);
    expect(plain.figures.map((f) => [f.figureId, plain.text.slice(f.start, f.end), f.expectedText, f.label])).toEqual([
      ['f1', '300余场次', '300余场次', '宣讲场次'],
      ['f2', '7500余户', '7500余户', '覆盖户数'],
      ['f3', '（含学校）', '（含学校）', '说明'],
      ['f1', '300余场次', '300余场次', '宣讲场次'],
      ['f1', '300余场次', '300余场次', '宣讲场次'],
    ]);
    expect(plain.spans.map((s) => s.blockId)).toEqual(['t', 'h1', 'p1', 'h2', 'p2']);
    // A paragraph's own line break stays a line of the text, as the .docx writes two paragraphs.
    expect(plain.text.split('\n').slice(3, 5)).toEqual(['第二段开头300余场次，完', '（一）在300余场次中']);
  });

  it('writes nothing for a figure the report lost, and places nothing for it', () => {
    const lost = { ...body, figures: body.figures.filter((f) => f.id !== 'f2') };
    const plain = reportPlainText(lost);
    expect(plain.text).toContain('，覆盖（含学校）。');
    expect(plain.figures.map((f) => f.figureId)).toEqual(['f1', 'f3', 'f1', 'f1']);
  });
});

describe('figureMarks', () => {
  const lines = (): BlockLine[] => {
    const figures = figureIndex(body);
    return body.blocks.filter((b) => b.type !== 'chart').map((b) => blockLine(b, figures, b.id === 'h2' ? '（一）' : ''));
  };

  it('keeps up to 12 characters either side, within the paragraph and short of a neighbouring figure', () => {
    expect(figureMarks(lines(), figureIndex(body))).toEqual([
      { label: '宣讲场次', text: '300余场次', before: '全年开展宣讲', after: '，覆盖', atStart: true },
      { label: '覆盖户数', text: '7500余户', before: '，覆盖', after: '' },
      { label: '说明', text: '（含学校）', before: '', after: '。', atEnd: true },
      { label: '宣讲场次', text: '300余场次', before: '第二段开头', after: '，完', atStart: true, atEnd: true },
      { label: '宣讲场次', text: '300余场次', before: '（一）在', after: '中', atStart: true, atEnd: true },
    ]);
  });

  it('cuts a long context at 12 characters', () => {
    const long: BlockLine = { text: '一二三四五六七八九十甲乙丙丁300场次子丑寅卯辰巳午未申酉戌亥天地', figures: [{ figureId: 'f1', start: 14, end: 19 }] };
    const [mark] = figureMarks([long], new Map([['f1', figure('f1', '300场次')]]));
    expect(mark).toEqual({ label: '宣讲场次', text: '300场次', before: '三四五六七八九十甲乙丙丁', after: '子丑寅卯辰巳午未申酉戌亥' });
  });

  it('finds every figure of an unedited text again, unchanged', () => {
    const marks = figureMarks(lines(), figureIndex(body));
    const plain = lines()
      .map((l) => l.text)
      .join('\n');
    const found = locateFigureMarks(plain, marks);
    // The two figures side by side leave 7500余户 and （含学校） a context on one side only: not placed, never flagged.
    expect(found.map((at) => at?.same)).toEqual([true, undefined, undefined, true, true]);
    expect(checkReport(plain, { marks })).toEqual([]);
  });
});
