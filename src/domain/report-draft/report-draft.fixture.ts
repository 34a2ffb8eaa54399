import type { DraftFacts, TypeFact } from './facts.js';

/**
 * Hand-made facts of a small fictional county (青河县, 2025) for the composer's tests: two
 * townships, a school, the default categories with a few types each. Figures are invented.
 */
const type = (id: number, code: string, name: string, totals: Record<string, number>, lastYearEntries = 0): TypeFact => ({
  id,
  code,
  name,
  totals,
  lastYearEntries,
});

export function countyFacts(overrides: Partial<DraftFacts> = {}): DraftFacts {
  const lecture = type(11, 'edu.lecture', '宣讲/报告会', { entries: 120, sessions: 312, attendance: 41_230, households: 0, materials: 8_600 }, 80);
  const media = type(12, 'edu.media', '媒体宣传(电视专栏、公众号)', { entries: 40, media_items: 215 });
  const welfare = type(21, 'exchange.welfare_day', '民族团结公益日', { entries: 96, sessions: 96, attendance: 18_400, materials: 0, deeds: 340 });
  const pairing = type(22, 'exchange.pairing_visit', '结对交友走访', { entries: 60, attendance: 2_480, households: 1_320, deeds: 210, funds: 56_000 });
  const meeting = type(31, 'org.meeting', '领导小组会议/推进会', { entries: 24, sessions: 24 });
  const dispute = type(51, 'law.dispute', '矛盾纠纷排查调处', { entries: 8, disputes_resolved: 37 });
  const custom = type(61, 'custom.walk', '徒步/健走', { entries: 3, sessions: 0 });
  return {
    org: { id: 1, name: '青河县', kind: 'county' },
    kind: 'county',
    from: '2025-01-01',
    to: '2025-12-31',
    status: 'approved',
    reportDate: '2025-12-31',
    now: '2026-01-05T08:00:00.000Z',
    orgKinds: [
      { code: 'county', name: '县(市、区)', isArea: true },
      { code: 'township', name: '乡镇', isArea: true },
      { code: 'village', name: '村', isArea: true },
      { code: 'agency', name: '机关', isArea: false },
      { code: 'school', name: '学校', isArea: false },
    ],
    indicators: [
      { code: 'sessions', name: '场次', unit: '场次', money: false },
      { code: 'attendance', name: '参与人次', unit: '人次', money: false },
      { code: 'households', name: '覆盖户数', unit: '户', money: false },
      { code: 'materials', name: '发放资料', unit: '份', money: false },
      { code: 'media_items', name: '媒体报道/信息', unit: '条', money: false },
      { code: 'deeds', name: '办好事实事', unit: '件', money: false },
      { code: 'funds', name: '投入资金', unit: '元', money: true },
      { code: 'disputes_resolved', name: '调处矛盾纠纷', unit: '起', money: false },
    ],
    categories: [
      { id: 1, code: 'edu', name: '宣传教育', entries: 160, types: [lecture, media] },
      { id: 2, code: 'exchange', name: '交往交流交融', entries: 156, types: [welfare, pairing] },
      { id: 3, code: 'org', name: '组织领导', entries: 24, types: [meeting] },
      { id: 4, code: 'dev', name: '发展与民生', entries: 0, types: [] },
      { id: 5, code: 'law', name: '依法治理', entries: 8, types: [dispute] },
      { id: 6, code: 'custom', name: '群众体育', entries: 3, types: [custom] },
    ],
    totals: {
      entries: 351,
      sessions: 432,
      attendance: 62_110,
      households: 1_320,
      materials: 8_600,
      media_items: 215,
      deeds: 550,
      funds: 56_000,
      disputes_resolved: 37,
    },
    tags: [
      { id: 101, kind: 'carrier', name: '进机关', entries: 40 },
      { id: 102, kind: 'carrier', name: '进村(社区)', entries: 260 },
      { id: 103, kind: 'carrier', name: '进学校', entries: 30 },
      ...['进乡镇', '进企业', '进军(警)营', '进宗教活动场所', '进团场连队'].map((name, i) => ({ id: 104 + i, kind: 'carrier', name, entries: 0 })),
      { id: 201, kind: 'theme', name: '石榴籽', entries: 45 },
      { id: 202, kind: 'theme', name: '民族团结一家亲', entries: 30 },
    ],
    children: [
      { id: 2, name: '东湖镇', kind: 'township', entries: 150 },
      { id: 3, name: '西山乡', kind: 'township', entries: 120 },
      { id: 4, name: '青河县第一中学', kind: 'school', entries: 20 },
    ],
    months: Array.from({ length: 12 }, (_, i) => ({ key: `2025-${String(i + 1).padStart(2, '0')}`, entries: i === 4 ? 80 : 25 })),
    coverage: {
      units: 40,
      reporting: 35,
      gaps: [
        { name: '和平村', pathName: '东湖镇 / 和平村', kind: 'village' },
        { name: '和平村', pathName: '西山乡 / 和平村', kind: 'village' },
        { name: '县档案馆', pathName: '县档案馆', kind: 'agency' },
        { name: '光明村', pathName: '西山乡 / 光明村', kind: 'village' },
        { name: '红星村', pathName: '西山乡 / 红星村', kind: 'village' },
      ],
    },
    unitsByKind: [
      { kind: 'county', count: 1 },
      { kind: 'township', count: 2 },
      { kind: 'village', count: 30 },
      { kind: 'agency', count: 5 },
      { kind: 'school', count: 2 },
    ],
    campaigns: [{ name: '民族团结教育月', from: '2025-05-01', to: '2025-05-31', entries: 80 }],
    targets: {
      year: 2025,
      asOf: '2025-12-31',
      items: [
        {
          metricLabel: '「宣讲/报告会」场次',
          indicatorCode: 'sessions',
          typeId: 11,
          typeName: '宣讲/报告会',
          unit: '场次',
          money: false,
          period: 'year',
          goal: 400,
          actual: 312,
          state: 'missed',
          missedPeriods: ['2025年'],
        },
        {
          metricLabel: '参与人次',
          indicatorCode: 'attendance',
          typeId: null,
          typeName: null,
          unit: '人次',
          money: false,
          period: 'year',
          goal: 50_000,
          actual: 62_110,
          state: 'met',
          missedPeriods: [],
        },
      ],
      lagging: ['西山乡'],
    },
    nextTargets: {
      year: 2026,
      items: [
        {
          indicatorCode: 'attendance',
          indicatorName: '参与人次',
          typeName: null,
          categoryCode: null,
          unit: '人次',
          money: false,
          period: 'year',
          amount: 70_000,
          appliesTo: 'self',
          childKind: null,
          fromAbove: false,
        },
        {
          indicatorCode: null,
          indicatorName: null,
          typeName: '宣传教育',
          categoryCode: 'edu',
          unit: '次',
          money: false,
          period: 'quarter',
          amount: 2,
          appliesTo: 'descendants',
          childKind: 'village',
          fromAbove: false,
        },
      ],
    },
    ...overrides,
  };
}
