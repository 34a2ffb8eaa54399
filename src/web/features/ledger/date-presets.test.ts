import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../contracts/catalogue.contract.js';
import { datePresets } from './date-presets.js';

const campaign = (id: number, name: string, startDate: string, endDate: string, active = true): Campaign => ({
  id,
  orgId: 1,
  orgName: '示例县',
  name,
  startDate,
  endDate,
  active,
});

describe('datePresets', () => {
  it('counts this month, quarter and year and last year from today', () => {
    const presets = datePresets(dayjs('2025-08-14'), []);
    expect(presets.map((p) => [p.label, p.from, p.to])).toEqual([
      ['本月', '2025-08-01', '2025-08-31'],
      ['本季度', '2025-07-01', '2025-09-30'],
      ['本年', '2025-01-01', '2025-12-31'],
      ['上一年', '2024-01-01', '2024-12-31'],
    ]);
  });

  it('adds active campaign periods newest first, naming the year when the name does not', () => {
    const presets = datePresets(dayjs('2025-02-03'), [
      campaign(1, '民族团结教育月', '2024-05-01', '2024-05-31'),
      campaign(2, '2025年民族团结进步年', '2025-01-01', '2025-12-31'),
      campaign(3, '已停用的时段', '2025-06-01', '2025-06-30', false),
    ]);
    expect(presets[1]).toMatchObject({ from: '2025-01-01', to: '2025-03-31' });
    expect(presets.slice(4).map((p) => p.label)).toEqual(['2025年民族团结进步年', '2024年民族团结教育月']);
  });
});
