import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../domain/errors.js';
import { mapColumns } from './activity-import.columns.js';
import type { ImportIndicator, ScopeUnit } from './activity-import.types.js';
import { UnitResolver } from './activity-import.units.js';
import { cellText, parseDateCell, parseMeasureCell, splitNames } from './activity-import.values.js';

describe('import cell values', () => {
  it('reads dates in the ways people write them', () => {
    for (const text of ['2025-05-12', '2025/5/12', '2025.5.12', '2025年5月12日', '2025 年 5 月 12 日', '2025-5-12 0:00', '20250512', '２０２５－０５－１２']) {
      expect(parseDateCell(text), text).toEqual({ ok: true, date: '2025-05-12' });
    }
    expect(parseDateCell(new Date(Date.UTC(2025, 4, 12)))).toEqual({ ok: true, date: '2025-05-12' });
    expect(parseDateCell('2024-02-29')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('tells an impossible date from text that is no date at all', () => {
    expect(parseDateCell('2025-02-30')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateCell('2025-02-29')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateCell('2025/13/1')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateCell('五月十二日')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateCell(45789)).toEqual({ ok: false, reason: 'format' });
  });

  it('reads measures as numbers: blank is absent, words are not numbers', () => {
    expect(parseMeasureCell(null)).toBeUndefined();
    expect(parseMeasureCell('  ')).toBeUndefined();
    expect(parseMeasureCell('120')).toBe(120);
    expect(parseMeasureCell('1,234.5')).toBe(1234.5);
    expect(parseMeasureCell('１２０')).toBe(120);
    expect(parseMeasureCell('-5')).toBe(-5);
    expect(parseMeasureCell(0.1 + 0.2)).toBe(0.3);
    expect(parseMeasureCell('120人')).toBeNaN();
    expect(parseMeasureCell('1,2')).toBeNaN();
  });

  it('splits several names in one cell and drops repeats', () => {
    expect(splitNames('进村(社区)、进学校，进企业;进学校')).toEqual(['进村(社区)', '进学校', '进企业']);
    expect(cellText(new Date(Date.UTC(2025, 0, 2)))).toBe('2025-01-02');
  });
});

const indicators: ImportIndicator[] = [
  { id: 1, code: 'attendance', name: '参与人次', unit: '人次', valueKind: 'integer', scale: 0, sortOrder: 0, active: true },
  { id: 2, code: 'funds', name: '投入资金', unit: '元', valueKind: 'money', scale: 2, sortOrder: 1, active: true },
  { id: 3, code: 'boards', name: '展板标语', unit: '块(幅)', valueKind: 'integer', scale: 0, sortOrder: 2, active: true },
];

function headerError(header: string[]): string {
  try {
    mapColumns(header, 1, indicators);
  } catch (e) {
    return (e as AppError).detail;
  }
  return '';
}

describe('import header', () => {
  it('finds the template columns, common aliases and indicator columns with or without their unit', () => {
    const map = mapColumns(['序号', '所属单位', '类型', '活动名称', '日期', '参与人次（人次）', 'funds', '展板标语(块(幅))', '“进”载体'], 1, indicators);
    expect(map.fixed).toEqual({ unit: 1, type: 2, title: 3, startDate: 4, carrier: 8 });
    expect(map.indicators.map((c) => [c.index, c.indicator.code])).toEqual([
      [5, 'attendance'],
      [6, 'funds'],
      [7, 'boards'],
    ]);
  });

  it('refuses missing, unknown and repeated columns, and an indicator in another unit', () => {
    expect(headerError(['单位', '标题'])).toBe('第1行应为表头，缺少列：「活动类型」、「开始日期」。请使用导入模板');
    expect(headerError(['单位', '活动类型', '标题', '开始日期', '参加人次', '备注'])).toContain('无法识别的列：「参加人次」、「备注」');
    expect(headerError(['单位', '活动类型', '标题', '开始日期', '参与人次', '参与人次（人次）'])).toBe('第1行表头中有重复的列：「参与人次」');
    expect(headerError(['单位', '活动类型', '标题', '开始日期', '投入资金（万元）'])).toBe(
      '第1行表头「投入资金（万元）」的计量单位与指标不符，应为「投入资金（元）」',
    );
  });
});

describe('UnitResolver', () => {
  const unit = (id: number, name: string, parentId: number | null, active = true): ScopeUnit => ({ id, name, kind: 'x', parentId, path: '', active });
  const units = [
    unit(2, '示例县', null),
    unit(3, '城关镇', 2),
    unit(4, '河口镇', 2),
    unit(5, '和平村', 3),
    unit(6, '和平村', 4),
    unit(7, '东风村', 3),
    unit(8, '旧村', 4, false),
  ];
  const resolver = new UnitResolver(units, 2, ['示例县']);
  const id = (text: string) => {
    const r = resolver.resolve(text);
    return r.ok ? r.value.id : r.message;
  };

  it('accepts name paths from the top or from the caller, and names unique in the scope', () => {
    expect(id('示例县/城关镇/东风村')).toBe(7);
    expect(id('城关镇/东风村')).toBe(7);
    expect(id('城关镇／和平村')).toBe(5);
    expect(id('东风村')).toBe(7);
    expect(id('示例县')).toBe(2);
  });

  it('names the candidates of an ambiguous name, and refuses unknown and inactive units', () => {
    expect(id('和平村')).toBe('「和平村」有多个同名单位，请写出名称路径，如「示例县/城关镇/和平村」、「示例县/河口镇/和平村」');
    expect(id('城关镇/旧村')).toBe('「城关镇/旧村」不存在或不在您的管辖范围内（只能填写「示例县」及其下级单位）');
    expect(id('河口镇/旧村')).toBe('「河口镇/旧村」已停用，不能导入台账');
  });

  it('sees nothing above or beside a township caller', () => {
    const township = new UnitResolver(
      units.filter((u) => [3, 5, 7].includes(u.id)),
      3,
      ['示例县', '城关镇'],
    );
    const r = township.resolve('河口镇/和平村');
    expect(r.ok).toBe(false);
    expect(township.resolve('和平村')).toMatchObject({ ok: true, value: { id: 5 } });
  });
});
