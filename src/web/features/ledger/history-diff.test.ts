import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import { historyDiff, reasonOf, type DiffContext } from './history-diff.js';

const attendance: Indicator = { id: 2, code: 'attendance', name: '参与人次', unit: '人次', valueKind: 'integer', sortOrder: 10, active: true };
const funds: Indicator = { id: 13, code: 'funds', name: '投入资金', unit: '元', valueKind: 'money', sortOrder: 120, active: true };
const ctx: DiffContext = {
  indicatorByCode: new Map([
    ['attendance', attendance],
    ['funds', funds],
  ]),
  tagById: new Map([
    [1, { id: 1, kind: 'carrier', name: '进村(社区)', sortOrder: 0, active: true }],
    [2, { id: 2, kind: 'theme', name: '石榴籽', sortOrder: 1, active: true }],
  ]),
  typeById: new Map(),
};

describe('historyDiff', () => {
  it('lists changed fields in words, figures with their units', () => {
    const lines = historyDiff(
      { title: '宣讲', status: 'draft', tagIds: [1], measures: { attendance: 100, funds: 5000 }, version: 1, updatedAt: 'x' },
      { title: '宣讲进村', status: 'submitted', tagIds: [1, 2], measures: { attendance: 120, funds: 5000 }, version: 2, updatedAt: 'y' },
      ctx,
    );
    expect(lines.map((l) => `${l.label}: ${l.before} → ${l.after}`)).toEqual([
      '活动名称: 宣讲 → 宣讲进村',
      '状态: 草稿 → 待审核',
      '标签: 进村(社区) → 进村(社区)、石榴籽',
      '参与人次: 100人次 → 120人次',
    ]);
  });

  it('shows added and removed figures against an empty side', () => {
    const lines = historyDiff({ measures: {} }, { measures: { funds: 20_000 } }, ctx);
    expect(lines).toEqual([{ key: 'measures.funds', label: '投入资金', before: '（空）', after: '2万元' }]);
  });

  it('names the unit where the page knows it', () => {
    const lines = historyDiff({ orgId: 3 }, { orgId: 7 }, { ...ctx, orgName: (id) => (id === 7 ? '东风村' : undefined) });
    expect(lines).toEqual([{ key: 'orgId', label: '登记单位', before: '其他单位', after: '东风村' }]);
  });

  it('shows nothing when there is no earlier snapshot to compare with', () => {
    expect(historyDiff(null, { title: '宣讲' }, ctx)).toEqual([]);
    expect(historyDiff(undefined, undefined, ctx)).toEqual([]);
  });
});

describe('reasonOf', () => {
  it('finds the reason a return or reopen recorded', () => {
    expect(reasonOf({ reason: '照片缺少说明' })).toBe('照片缺少说明');
    expect(reasonOf({ status: 'returned', returnReason: '签到表不清晰' })).toBe('签到表不清晰');
    expect(reasonOf({ status: 'approved' })).toBeUndefined();
  });
});
