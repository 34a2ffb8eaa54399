import type { Dayjs } from 'dayjs';
import type { Campaign } from '../../../contracts/catalogue.contract.js';

export interface DatePreset {
  key: string;
  label: string;
  from: string;
  to: string;
}

const DAY = 'YYYY-MM-DD';
/** The latest few periods are what people filter by; older ones can still be picked by date. */
const CAMPAIGN_PRESETS = 6;

/** The same campaign recurs every year (民族团结教育月), so its year goes in front unless the name has it. */
function campaignLabel(c: Campaign): string {
  const year = c.startDate.slice(0, 4);
  return c.name.includes(year) ? c.name : `${year}年${c.name}`;
}

/** 本月 · 本季度 · 本年 · 上一年, counted from `today`, then the latest campaign periods, newest first. */
export function datePresets(today: Dayjs, campaigns: readonly Campaign[]): DatePreset[] {
  const quarterStart = today.startOf('month').month(Math.floor(today.month() / 3) * 3);
  const lastYear = today.subtract(1, 'year');
  const periods: DatePreset[] = [
    { key: 'month', label: '本月', from: today.startOf('month').format(DAY), to: today.endOf('month').format(DAY) },
    { key: 'quarter', label: '本季度', from: quarterStart.format(DAY), to: quarterStart.add(2, 'month').endOf('month').format(DAY) },
    { key: 'year', label: '本年', from: today.startOf('year').format(DAY), to: today.endOf('year').format(DAY) },
    { key: 'last-year', label: '上一年', from: lastYear.startOf('year').format(DAY), to: lastYear.endOf('year').format(DAY) },
  ];
  const periodsOfCampaigns = campaigns
    .filter((c) => c.active)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .slice(0, CAMPAIGN_PRESETS)
    .map((c) => ({ key: `campaign-${c.id}`, label: campaignLabel(c), from: c.startDate, to: c.endDate }));
  return [...periods, ...periodsOfCampaigns];
}
