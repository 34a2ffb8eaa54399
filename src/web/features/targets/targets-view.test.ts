import { describe, expect, it } from 'vitest';
import type { ActivityType } from '../../../contracts/catalogue.contract.js';
import {
  amountKindOf,
  barPercent,
  formatAmount,
  goalText,
  manageableOrgIds,
  nestedLabel,
  percentText,
  readTargetsView,
  scopeLabel,
  targetTypeTree,
  treeOffers,
  writeTargetsView,
  yearChoices,
} from './targets-view.js';

const kindLabel = (code: string) => ({ school: '学校', village: '村' })[code] ?? code;

describe('scopeLabel', () => {
  it('names the unit itself, all descendants, or descendants of one kind', () => {
    expect(scopeLabel({ appliesTo: 'self', childKind: null }, kindLabel)).toBe('本单位');
    expect(scopeLabel({ appliesTo: 'descendants', childKind: null }, kindLabel)).toBe('下级全部');
    expect(scopeLabel({ appliesTo: 'descendants', childKind: 'school' }, kindLabel)).toBe('下级中的「学校」');
  });
});

describe('nestedLabel', () => {
  it('turns inner corner brackets into double ones, so the label can be quoted again', () => {
    expect(`「${nestedLabel('「主题班会」活动数')}」`).toBe('「『主题班会』活动数」');
    expect(nestedLabel('参与人次')).toBe('参与人次');
  });
});

describe('formatAmount', () => {
  it('prints money in 元 with thousands separators and at most two decimals, never 万元', () => {
    expect(formatAmount(1234567.5, 'money', '元')).toBe('1,234,567.5元');
    expect(formatAmount(50000, 'money', '元')).toBe('50,000元');
    expect(formatAmount(0.456, 'money', '元')).toBe('0.46元');
  });

  it('prints counts whole and decimals with up to two places, each with its unit', () => {
    expect(formatAmount(14300, 'integer', '人次')).toBe('14,300人次');
    expect(formatAmount(12.345, 'decimal', '小时')).toBe('12.35小时');
  });
});

describe('goalText', () => {
  it('states the goal per period', () => {
    expect(goalText({ period: 'quarter', amount: 5, unit: '次' }, 'integer')).toBe('每季度 5次');
    expect(goalText({ period: 'year', amount: 20000, unit: '元' }, 'money')).toBe('每年 20,000元');
  });
});

describe('amountKindOf', () => {
  const indicators = new Map([['funds', { valueKind: 'money' as const }]]);

  it('counts entries whole, and takes an indicator kind from the catalogue', () => {
    expect(amountKindOf({ indicatorCode: null, unit: '次' }, indicators)).toBe('integer');
    expect(amountKindOf({ indicatorCode: 'funds', unit: '元' }, indicators)).toBe('money');
  });

  it('falls back on the unit for an indicator the catalogue no longer lists', () => {
    expect(amountKindOf({ indicatorCode: 'old_money', unit: '元' }, indicators)).toBe('money');
    expect(amountKindOf({ indicatorCode: 'old_hours', unit: '小时' }, indicators)).toBe('decimal');
  });
});

describe('percentText and barPercent', () => {
  it('prints the true percentage but keeps the bar within 0–100', () => {
    expect(percentText(133.4)).toBe('133%');
    expect(barPercent(133.4)).toBe(100);
    expect(barPercent(42.6)).toBe(43);
    expect(barPercent(-1)).toBe(0);
  });
});

describe('manageableOrgIds', () => {
  it('holds the selected unit and the ancestors inside the user subtree', () => {
    const ids = manageableOrgIds({ id: 30, ancestors: [{ id: 5 }, { id: 12 }] });
    expect([...ids].sort((a, b) => a - b)).toEqual([5, 12, 30]);
    expect(ids.has(1)).toBe(false);
  });
});

describe('targetTypeTree', () => {
  const type = (id: number, parentId: number | null, name: string, indicatorIds: number[] = [], active = true): ActivityType => ({
    id,
    code: `t${id}`,
    name,
    parentId,
    sortOrder: id,
    active,
    indicators: indicatorIds.map((indicatorId) => ({ indicatorId, code: `i${indicatorId}`, required: false })),
  });
  const categories = [
    { category: type(1, null, '宣传教育'), types: [type(11, 1, '主题班会', [7]), type(12, 1, '专题培训', [7, 8]), type(13, 1, '旧类型', [7], false)] },
    { category: type(2, null, '交往交流'), types: [type(21, 2, '联谊活动', [9])] },
    { category: type(3, null, '空类别'), types: [] },
  ];

  it('offers every active category with its active types when no indicator is chosen', () => {
    expect(targetTypeTree(categories, undefined)).toEqual([
      {
        value: 1,
        title: '宣传教育',
        children: [
          { value: 11, title: '主题班会' },
          { value: 12, title: '专题培训' },
        ],
      },
      { value: 2, title: '交往交流', children: [{ value: 21, title: '联谊活动' }] },
    ]);
  });

  it('keeps only the types that record the chosen indicator', () => {
    expect(targetTypeTree(categories, 8)).toEqual([{ value: 1, title: '宣传教育', children: [{ value: 12, title: '专题培训' }] }]);
  });

  it('tells whether a category or type is still offered', () => {
    const tree = targetTypeTree(categories, 8);
    expect(treeOffers(tree, 1)).toBe(true);
    expect(treeOffers(tree, 12)).toBe(true);
    expect(treeOffers(tree, 11)).toBe(false);
    expect(treeOffers(tree, 2)).toBe(false);
  });
});

describe('yearChoices', () => {
  it('offers next year back to five years ago, and an older year being shown', () => {
    expect(yearChoices(2025, 2025)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearChoices(2025, 2015).at(-1)).toBe(2015);
  });
});

describe('readTargetsView and writeTargetsView', () => {
  it('round-trips a unit and year, leaving defaults out of the address', () => {
    const view = readTargetsView(new URLSearchParams('org=12&year=2024'), 2025);
    expect(view).toEqual({ org: 12, year: 2024 });
    expect(writeTargetsView(view, 2025).toString()).toBe('org=12&year=2024');
    expect(writeTargetsView({ org: undefined, year: 2025 }, 2025).toString()).toBe('');
  });

  it('ignores values that are not a unit id or a year', () => {
    expect(readTargetsView(new URLSearchParams('org=abc&year=99'), 2025)).toEqual({ org: undefined, year: 2025 });
  });
});
