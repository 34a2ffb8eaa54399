import type { CreateTargetBody } from '../contracts/target.contract.js';
import { systemActor } from '../domain/access.js';
import type { Container } from '../server/container.js';
import type { OrgRecord } from '../server/features/orgs/org.types.js';

/** Rounds a goal up to a figure an office would write (1,240 → 1,300; 586,421 → 590,000). */
function roundGoal(x: number): number {
  if (x <= 10) return Math.max(1, Math.ceil(x));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.ceil(x / step) * step;
}

/**
 * This year's demo targets (目标任务) for 示例县, set from last year's approved figures so progress
 * looks like a real year: some targets on track, some behind. Skipped when the county has targets.
 */
export async function seedDemoTargets(c: Container, county: OrgRecord, township: OrgRecord, today = new Date()): Promise<number> {
  const actor = systemActor();
  const year = today.getUTCFullYear();
  if ((await c.targets.list(actor, { org: county.id, year, includeInactive: 'true' })).items.length > 0) return 0;
  const lastYear = async (org: OrgRecord, indicator: string, types?: number[]) => {
    const r = await c.stats.query(actor, {
      org: org.id,
      period: String(year - 1),
      indicators: [indicator],
      groupBy: 'none',
      status: 'approved',
      ...(types && { types }),
    });
    return r.totals[indicator] ?? 0;
  };
  const typeId = async (code: string) => (await c.database.db.selectFrom('activity_type').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const [edu, lecture, classMeeting] = await Promise.all([typeId('edu'), typeId('edu.lecture'), typeId('edu.classmeeting')]);
  const base = { year, note: '', childKind: null, appliesTo: 'self' as const, typeId: null, indicatorCode: null, period: 'year' as const };
  const targets: CreateTargetBody[] = [
    {
      ...base,
      orgId: county.id,
      indicatorCode: 'attendance',
      amount: roundGoal((await lastYear(county, 'attendance')) * 1.1),
      note: '全县各类创建活动参与人次较上年增长一成',
    },
    {
      ...base,
      orgId: county.id,
      indicatorCode: 'sessions',
      typeId: lecture,
      amount: roundGoal((await lastYear(county, 'sessions', [lecture])) * 1.05),
      note: '宣讲报告会场次',
    },
    { ...base, orgId: county.id, indicatorCode: 'funds', amount: roundGoal(await lastYear(county, 'funds')), note: '创建工作投入资金不低于上年' },
    {
      ...base,
      orgId: county.id,
      typeId: edu,
      period: 'quarter',
      amount: 2,
      appliesTo: 'descendants',
      childKind: 'village',
      note: '每个村每季度至少开展2次宣传教育活动',
    },
    {
      ...base,
      orgId: county.id,
      typeId: classMeeting,
      period: 'month',
      amount: 1,
      appliesTo: 'descendants',
      childKind: 'school',
      note: '每所学校每月至少1次民族团结主题班会',
    },
    { ...base, orgId: township.id, indicatorCode: 'households', amount: roundGoal((await lastYear(township, 'households')) * 1.1), note: '宣传入户覆盖户数' },
  ];
  for (const t of targets) await c.targets.create(actor, t);
  return targets.length;
}
