import { describe, expect, it } from 'vitest';
import type { Block, Figure, ReportBody } from '../../../contracts/report.contract.js';
import {
  blockAtOffset,
  changedFigureIds,
  defaultReportKind,
  describeFigureSource,
  figureDrillHref,
  figureIdsOf,
  figureIndex,
  headingNumbers,
  inlineText,
  reportPlainText,
} from './report-view.js';

const heading = (id: string, level: number, text: string): Block => ({ id, type: 'heading', level, inlines: [{ kind: 'text', text }] });
const para = (id: string, ...parts: Array<string | { f: string }>): Block => ({
  id,
  type: 'paragraph',
  inlines: parts.map((p) => (typeof p === 'string' ? { kind: 'text' as const, text: p } : { kind: 'figure' as const, figureId: p.f })),
});

function figure(id: string, text: string, patch: Partial<Figure> = {}): Figure {
  return {
    id,
    label: '宣讲/报告会场次',
    query: { org: 1, from: '2025-01-01', to: '2025-12-31', status: 'approved', metric: 'sessions' },
    style: 'approx',
    unit: '场次',
    value: 312,
    text,
    refreshedAt: '2026-01-05T08:00:00.000Z',
    previousText: null,
    ...patch,
  };
}

describe('headingNumbers', () => {
  it('numbers each level 一、（一）1.（1） and restarts a level under each new parent', () => {
    const blocks = [
      heading('h1', 1, '基本情况'),
      para('p1', '正文'),
      heading('h2', 1, '主要做法'),
      heading('h3', 2, '强化组织领导'),
      heading('h4', 3, '健全机制'),
      heading('h5', 4, '细则'),
      heading('h6', 4, '细则二'),
      heading('h7', 3, '压实责任'),
      heading('h8', 4, '又一细则'),
      heading('h9', 2, '深化宣传教育'),
      heading('h10', 3, '进学校'),
      heading('h11', 1, '亮点及特色'),
      heading('h12', 2, '品牌'),
    ];
    expect(Object.fromEntries(headingNumbers(blocks))).toEqual({
      h1: '一、',
      h2: '二、',
      h3: '（一）',
      h4: '1.',
      h5: '（1）',
      h6: '（2）',
      h7: '2.',
      h8: '（1）',
      h9: '（二）',
      h10: '1.',
      h11: '三、',
      h12: '（一）',
    });
  });

  it('renumbers when a heading moves or goes, since numbers are never stored', () => {
    const blocks = [heading('a', 1, '甲'), heading('b', 1, '乙'), heading('c', 1, '丙')];
    expect(headingNumbers(blocks.filter((b) => b.id !== 'a')).get('c')).toBe('二、');
    expect(headingNumbers([blocks[2]!, blocks[0]!, blocks[1]!]).get('c')).toBe('一、');
  });

  it('reads a heading without a level as level 1 and leaves other blocks unnumbered', () => {
    const numbers = headingNumbers([{ id: 'x', type: 'heading', inlines: [] }, para('p', '文字')]);
    expect(numbers.get('x')).toBe('一、');
    expect(numbers.has('p')).toBe(false);
  });
});

describe('plain text', () => {
  const body: ReportBody = {
    blocks: [
      { id: 't', type: 'title', inlines: [{ kind: 'text', text: '示例县2025年民族团结进步创建工作总结' }] },
      heading('h1', 1, '基本情况'),
      para('p1', '全年开展宣讲', { f: 'f1' }, '，覆盖', { f: 'f2' }, '。'),
      {
        id: 'c',
        type: 'chart',
        inlines: [],
        chart: { kind: 'bar', title: '各乡镇活动数', org: 1, from: '2025-01-01', to: '2025-12-31', status: 'approved', groupBy: 'child', metric: 'entries' },
      },
      heading('h2', 2, '强化组织领导'),
      { id: 'd', type: 'date', inlines: [{ kind: 'text', text: '2026年1月5日' }] },
    ],
    figures: [figure('f1', '300余场次'), figure('f2', '7500余户', { label: '覆盖户数', unit: '户' })],
    options: { charts: true, appendix: false },
  };

  it('writes figures as their text, headings with their numbers, one line a block, charts left out', () => {
    expect(reportPlainText(body).text).toBe(
      ['示例县2025年民族团结进步创建工作总结', '一、基本情况', '全年开展宣讲300余场次，覆盖7500余户。', '（一）强化组织领导', '2026年1月5日'].join('\n'),
    );
  });

  it('leads an offset of the text back to its block', () => {
    const { text, spans } = reportPlainText(body);
    expect(blockAtOffset(spans, text.indexOf('7500余户'))).toBe('p1');
    expect(blockAtOffset(spans, text.indexOf('强化'))).toBe('h2');
    expect(blockAtOffset(spans, text.length + 5)).toBeUndefined();
  });

  it('looks figures up and lists those a block shows', () => {
    const figures = figureIndex(body);
    expect(figures.get('f2')?.text).toBe('7500余户');
    const p1 = body.blocks[2]!;
    expect(figureIdsOf(p1)).toEqual(['f1', 'f2']);
    expect(inlineText(para('x', '共', { f: 'missing' }, '场'), figures)).toBe('共场');
  });
});

describe('figureDrillHref', () => {
  const params = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);

  it('opens the entries behind a figure with its unit, period, status and metric', () => {
    const href = figureDrillHref(figure('f1', '300余场次'));
    expect(href.startsWith('/stats/entries?')).toBe(true);
    expect(params(href)).toEqual({ org: '1', from: '2025-01-01', to: '2025-12-31', status: 'approved', metric: 'sessions' });
  });

  it('carries the types of a narrowed figure and narrows a tagged one to its tag group', () => {
    const typed = figureDrillHref(
      figure('f1', '12场次', { query: { org: 7, from: '2025-01-01', to: '2025-06-30', status: 'all', metric: 'entries', types: [3, 4] } }),
    );
    expect(params(typed)).toMatchObject({ org: '7', status: 'all', metric: 'entries', types: '3,4' });
    const tagged = figureDrillHref(
      figure('f1', '9场次', { query: { org: 7, from: '2025-01-01', to: '2025-12-31', status: 'approved', metric: 'entries', tagId: 11 } }),
    );
    expect(params(tagged)).toMatchObject({ groupBy: 'tag', key: '11' });
  });

  it('sends unit counts to the dashboard, whose coverage card lists them', () => {
    const href = figureDrillHref(
      figure('f9', '56个', { query: { org: 1, from: '2025-01-01', to: '2025-12-31', status: 'approved', metric: 'reporting_units' } }),
    );
    expect(href).toBe('/stats?org=1&from=2025-01-01&to=2025-12-31&status=approved');
  });
});

describe('figure sources and changes', () => {
  it("describes a figure's question in Chinese for its tooltip", () => {
    const source = describeFigureSource(
      figure('f1', '300余场次', { query: { org: 1, from: '2025-01-01', to: '2025-12-31', status: 'approved', metric: 'sessions', types: [3], tagId: 5 } }),
      {
        orgName: (id) => (id === 1 ? '示例县' : undefined),
        metricLabel: (code) => (code === 'sessions' ? '场次' : undefined),
        typeName: (id) => (id === 3 ? '宣讲/报告会' : undefined),
        tagName: () => undefined,
        kindName: (code) => code,
      },
    );
    expect(source).toEqual({
      label: '宣讲/报告会场次',
      unit: '示例县（含下级）',
      period: '2025年1月1日至2025年12月31日',
      basis: '仅统计已审核通过的活动',
      metric: '场次',
      filters: ['活动类型：宣讲/报告会', '标签：#5'],
    });
  });

  it('marks figures whose text a refresh changed', () => {
    const ids = changedFigureIds({
      figures: [figure('f1', '300余场次', { previousText: '200余场次' }), figure('f2', '5个', { previousText: '5个' }), figure('f3', '1个')],
    });
    expect([...ids]).toEqual(['f1']);
  });
});

describe('defaultReportKind', () => {
  it("picks the template of the unit's kind, streets as townships and communities as villages", () => {
    expect(defaultReportKind('county')).toBe('county');
    expect(defaultReportKind('street')).toBe('township');
    expect(defaultReportKind('community')).toBe('village');
    expect(defaultReportKind('school')).toBe('school');
    expect(defaultReportKind('religious_venue')).toBe('generic');
    expect(defaultReportKind(undefined)).toBe('generic');
  });
});
