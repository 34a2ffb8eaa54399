import { describe, expect, it } from 'vitest';
import type { Target } from '../../../contracts/target.contract.js';
import { initialTargetValues, toCreateBody, toUpdateBody } from './target-form-values.js';

const target: Target = {
  id: 4,
  orgId: 1,
  orgName: '示例县',
  year: 2025,
  indicatorCode: null,
  metricLabel: '「主题班会」活动数',
  unit: '次',
  typeId: 11,
  typeName: '主题班会',
  period: 'quarter',
  amount: 3,
  appliesTo: 'descendants',
  childKind: 'village',
  note: '',
  active: true,
  version: 2,
  updatedAt: '2025-01-02T00:00:00.000Z',
};

describe('toCreateBody', () => {
  it('drops the indicator of an entry count and the unit kind of a target for the unit itself', () => {
    const body = toCreateBody(7, {
      year: 2025,
      method: 'entries',
      indicatorCode: 'attendance',
      typeId: 11,
      period: 'month',
      amount: 2,
      appliesTo: 'self',
      childKind: 'village',
      note: ' 要点 ',
    });
    expect(body).toEqual({
      orgId: 7,
      year: 2025,
      indicatorCode: null,
      typeId: 11,
      period: 'month',
      amount: 2,
      appliesTo: 'self',
      childKind: null,
      note: '要点',
    });
  });

  it('sends an indicator total over any type, for descendants of one kind', () => {
    const body = toCreateBody(7, { ...initialTargetValues(2026), indicatorCode: 'funds', amount: 5000.5, appliesTo: 'descendants', childKind: 'school' });
    expect(body).toMatchObject({
      year: 2026,
      indicatorCode: 'funds',
      typeId: null,
      period: 'year',
      amount: 5000.5,
      appliesTo: 'descendants',
      childKind: 'school',
      note: '',
    });
  });
});

describe('initialTargetValues and toUpdateBody', () => {
  it('opens an entry-count target as such and sends back only what may change, with its version', () => {
    const values = initialTargetValues(2030, target);
    expect(values).toMatchObject({ year: 2025, method: 'entries', typeId: 11, period: 'quarter', amount: 3, appliesTo: 'descendants', childKind: 'village' });
    expect(toUpdateBody(target, { ...values, amount: 4, note: '调整' })).toEqual({ version: 2, amount: 4, period: 'quarter', note: '调整' });
  });
});
