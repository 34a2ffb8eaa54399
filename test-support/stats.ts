import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, problemOf, type TestApp } from './app.js';
import type { DialectName } from '../src/server/db/database.js';
import { ledgerHelpers, type LedgerHelpers } from './ledger.js';

/**
 * The statistics fixture: 16 entries over two townships of 示例县, written through the API as
 * users would (clerks record, reviewers above approve), so the roll-up store is filled by the
 * same hooks as in production. The expected figures in the stats tests are worked out by hand
 * from the table below; change an entry and those numbers change with it.
 */
type Who = 'admin' | 't1Admin' | 't1Clerk' | 't2Admin' | 't2Clerk';
type FinalStatus = 'approved' | 'submitted' | 'draft' | 'returned' | 'deleted';
type UnitKey = 'county' | 'town1' | 'dongfeng' | 'xiangyang' | 'tuanjie' | 'xingfu' | 'xinhua' | 'town2' | 'heping2' | 'shengli';
type TypeKey = 'lecture' | 'training' | 'condolence' | 'project' | 'dispute' | 'meeting';
type TagKey = 'village' | 'school' | 'pomegranate' | 'activities';

interface EntrySpec {
  unit: UnitKey;
  by: Who;
  status: FinalStatus;
  type: TypeKey;
  date: string;
  measures: Record<string, number>;
  tags: TagKey[];
}

// E1–E10 approved (E9 in 2024), E11 submitted, E12/E13 drafts, E14 deleted, E15 returned, E16 the county's own.
export const STATS_ENTRIES = {
  E1: {
    unit: 'dongfeng',
    by: 't1Clerk',
    status: 'approved',
    type: 'lecture',
    date: '2026-01-10',
    measures: { sessions: 1, attendance: 30, households: 12 },
    tags: ['village', 'pomegranate'],
  },
  E2: {
    unit: 'dongfeng',
    by: 't1Clerk',
    status: 'approved',
    type: 'training',
    date: '2026-03-15',
    measures: { sessions: 2, attendance: 45, funds: 1234.56 },
    tags: ['village'],
  },
  E3: {
    unit: 'xiangyang',
    by: 't1Admin',
    status: 'approved',
    type: 'condolence',
    date: '2026-05-10',
    measures: { households: 8, funds: 800.5 },
    tags: ['pomegranate', 'activities'],
  },
  E4: {
    unit: 'tuanjie',
    by: 't1Admin',
    status: 'approved',
    type: 'project',
    date: '2026-04-30',
    measures: { projects: 1, funds: 50000, households: 20 },
    tags: [],
  },
  E5: { unit: 'town1', by: 't1Admin', status: 'approved', type: 'meeting', date: '2026-03-14', measures: { sessions: 1 }, tags: ['activities'] },
  E6: { unit: 'heping2', by: 't2Clerk', status: 'approved', type: 'lecture', date: '2026-05-11', measures: { sessions: 1, attendance: 60 }, tags: ['village'] },
  E7: { unit: 'shengli', by: 't2Admin', status: 'approved', type: 'dispute', date: '2026-06-30', measures: { disputes_resolved: 3 }, tags: [] },
  E8: {
    unit: 'town2',
    by: 't2Admin',
    status: 'approved',
    type: 'training',
    date: '2026-07-01',
    measures: { sessions: 1, attendance: 20, funds: 99.99 },
    tags: ['school'],
  },
  E9: {
    unit: 'dongfeng',
    by: 't1Clerk',
    status: 'approved',
    type: 'lecture',
    date: '2024-02-29',
    measures: { sessions: 1, attendance: 25 },
    tags: ['pomegranate'],
  },
  E10: { unit: 'heping2', by: 't2Clerk', status: 'approved', type: 'condolence', date: '2026-12-31', measures: { households: 5, funds: 0.01 }, tags: [] },
  E11: {
    unit: 'dongfeng',
    by: 't1Clerk',
    status: 'submitted',
    type: 'lecture',
    date: '2026-05-20',
    measures: { sessions: 1, attendance: 100 },
    tags: ['village'],
  },
  E12: {
    unit: 'xingfu',
    by: 't1Admin',
    status: 'draft',
    type: 'training',
    date: '2026-02-28',
    measures: { sessions: 1, attendance: 10, funds: 200 },
    tags: [],
  },
  E13: { unit: 'heping2', by: 't2Clerk', status: 'draft', type: 'dispute', date: '2026-03-31', measures: { disputes_resolved: 1 }, tags: [] },
  E14: { unit: 'xinhua', by: 't1Admin', status: 'deleted', type: 'lecture', date: '2026-04-01', measures: { sessions: 5, attendance: 500 }, tags: ['village'] },
  E15: { unit: 'shengli', by: 't2Admin', status: 'returned', type: 'dispute', date: '2026-08-08', measures: { disputes_resolved: 2 }, tags: [] },
  E16: { unit: 'county', by: 'admin', status: 'submitted', type: 'meeting', date: '2026-09-09', measures: { sessions: 1 }, tags: [] },
} satisfies Record<string, EntrySpec>;
export type EntryKey = keyof typeof STATS_ENTRIES;

/** Every indicator code of the default catalogue, in its order: a totals object has exactly these plus `entries`. */
export const INDICATOR_CODES = [
  'sessions',
  'attendance',
  'people',
  'households',
  'materials',
  'boards',
  'media_items',
  'deeds',
  'pairs',
  'teams',
  'projects',
  'dwellings',
  'funds',
  'disputes_resolved',
];

/** A full totals object: the given figures, every other indicator 0. */
export function totalsWith(figures: Record<string, number>): Record<string, number> {
  return { entries: 0, ...Object.fromEntries(INDICATOR_CODES.map((c) => [c, 0])), ...figures };
}

export interface StatsFixture {
  t: TestApp;
  h: LedgerHelpers;
  cookie: Record<Who | 'viewer', string>;
  unit: Record<UnitKey | 'guangming', number>;
  type: Record<TypeKey | 'edu' | 'law', number>;
  tag: Record<TagKey, number>;
  entry: Record<EntryKey, number>;
  /** A campaign of 城关镇 (2026-03-01 – 2026-04-30), one of 河口镇 (2026-05-01 – 2026-06-30), one of the county (2026-07-01 – 2026-12-31). */
  campaign: { town1: number; town2: number; county: number };
  /** GET as this cookie; `query` is appended as a query string. */
  get(cookie: string, path: string, query?: Record<string, string | number>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Who approves whose entries: reviewers never approve their own, so the level above does. */
const APPROVER: Record<Who, Who> = { t1Clerk: 't1Admin', t2Clerk: 't2Admin', t1Admin: 'admin', t2Admin: 'admin', admin: 'admin' };

export function queryString(query: Record<string, string | number>): string {
  return new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
}

/** Asserts a request answered 2xx, else fails with the problem's detail. */
export function ok(res: LightMyRequestResponse, status = 200): LightMyRequestResponse {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res;
}

/** Builds the fixture on a fresh demo app of the dialect. 团结村 (with figures) and 光明村 (without) end up deactivated. */
export async function createStatsFixture(dialect: DialectName): Promise<StatsFixture> {
  const t = await createTestApp(dialect);
  const h = ledgerHelpers(t);
  const [admin, viewer, t1Admin, t1Clerk, t2Admin, t2Clerk] = await Promise.all(
    ['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin', 't2-clerk'].map((u) => t.login(u)),
  );
  const cookie = { admin: admin!, viewer: viewer!, t1Admin: t1Admin!, t1Clerk: t1Clerk!, t2Admin: t2Admin!, t2Clerk: t2Clerk! };
  const town1Path = ['示例县', '城关镇'];
  const town2Path = ['示例县', '河口镇'];
  const unit = {
    county: await t.orgId('示例县'),
    town1: await t.orgId(...town1Path),
    dongfeng: await t.orgId(...town1Path, '东风村'),
    xiangyang: await t.orgId(...town1Path, '向阳村'),
    tuanjie: await t.orgId(...town1Path, '团结村'),
    xingfu: await t.orgId(...town1Path, '幸福村'),
    xinhua: await t.orgId(...town1Path, '新华村'),
    guangming: await t.orgId(...town1Path, '光明村'),
    town2: await t.orgId(...town2Path),
    // 和平村 exists in both townships: this is 河口镇's.
    heping2: await t.orgId(...town2Path, '和平村'),
    shengli: await t.orgId(...town2Path, '胜利村'),
  };
  const type = {
    edu: await h.typeId('edu'),
    law: await h.typeId('law'),
    lecture: await h.typeId('edu.lecture'),
    training: await h.typeId('edu.training'),
    condolence: await h.typeId('exchange.condolence'),
    project: await h.typeId('dev.project'),
    dispute: await h.typeId('law.dispute'),
    meeting: await h.typeId('org.meeting'),
  };
  const tag = {
    village: await h.tagId('carrier', '进村(社区)'),
    school: await h.tagId('carrier', '进学校'),
    pomegranate: await h.tagId('theme', '石榴籽'),
    activities: await h.tagId('volume', '活动开展'),
  };

  const entry = {} as Record<EntryKey, number>;
  for (const [key, spec] of Object.entries(STATS_ENTRIES) as Array<[EntryKey, EntrySpec]>) {
    const by = cookie[spec.by];
    const created = await h.create(by, {
      orgId: unit[spec.unit],
      typeId: type[spec.type],
      title: `统计样例${key}`,
      startDate: spec.date,
      measures: spec.measures,
      tagIds: spec.tags.map((k) => tag[k]),
      submit: spec.status === 'approved' || spec.status === 'submitted' || spec.status === 'returned',
    });
    entry[key] = created.id;
    const reviewer = cookie[APPROVER[spec.by]];
    if (spec.status === 'approved') ok(await h.send(reviewer, 'POST', `/api/activities/${created.id}/approve`));
    if (spec.status === 'returned') ok(await h.send(reviewer, 'POST', `/api/activities/${created.id}/return`, { reason: '请补充材料' }));
    if (spec.status === 'deleted') ok(await h.send(by, 'DELETE', `/api/activities/${created.id}`), 204);
  }
  // Deactivated after their entries were approved: 团结村 keeps E4, 光明村 never had anything.
  for (const id of [unit.tuanjie, unit.guangming]) ok(await h.send(admin!, 'POST', `/api/orgs/${id}/deactivate`));

  const campaignOf = async (by: string, orgId: number, name: string, startDate: string, endDate: string) =>
    (ok(await h.send(by, 'POST', '/api/catalogue/campaigns', { orgId, name, startDate, endDate }), 201).json() as { id: number }).id;
  const campaign = {
    town1: await campaignOf(t1Admin!, unit.town1, '城关镇春季宣讲月', '2026-03-01', '2026-04-30'),
    town2: await campaignOf(t2Admin!, unit.town2, '河口镇团结月', '2026-05-01', '2026-06-30'),
    county: await campaignOf(admin!, unit.county, '全县下半年攻坚', '2026-07-01', '2026-12-31'),
  };

  return {
    t,
    h,
    cookie,
    unit,
    type,
    tag,
    entry,
    campaign,
    get: (c, path, query) => t.app.inject({ method: 'GET', url: query ? `${path}?${queryString(query)}` : path, headers: { cookie: c } }),
    close: () => t.close(),
  };
}

export { problemOf };
