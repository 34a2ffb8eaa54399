import type { ActivityStatus } from '../contracts/ledger.contract.js';
import { randomSource, type Random } from '../domain/random.js';
import type { Container } from '../server/container.js';
import type { ImportCatalogue, NewCampaignRow, NewLedgerEntry, ScopeUnit } from '../server/features/ledger/import/activity-import.types.js';
import type { OrgRecord } from '../server/features/orgs/org.types.js';
import {
  CARRIER_OF_KIND,
  ORGANISERS,
  PLACES,
  PROGRAMS,
  RETURN_REASONS,
  SEASON,
  SUMMARY,
  WORDS,
  festivalOf,
  volumeOf,
  type Program,
} from './demo-ledger-programs.js';

/** Roughly what two full years and the current one to date produce; also the default cap. */
export const DEMO_LEDGER_ENTRIES = 20_000;
const CAMPAIGN_NAME = '民族团结教育月';
const SEED = 20_250_515;
/** Scales the occasional (non-routine) activities so three years' ledger lands near 20,000 entries. */
const BUSY = 1.25;
const THEMES = ['铸牢中华民族共同体意识', '民族团结一家亲', '中华民族一家亲', '石榴籽', '民族团结进步年'];

export interface DemoLedgerResult {
  entries: number;
  campaigns: number;
  /** True when the county already had entries, so none were added. */
  skipped: boolean;
}

/** Demo accounts that record (clerks, township admins) and review (admins) by unit. */
export interface DemoPeople {
  creatorOf(unit: ScopeUnit): number | null;
  reviewerOf(unit: ScopeUnit, creator: number | null): number | null;
}

export interface GenerateInput {
  units: ScopeUnit[];
  catalogue: ImportCatalogue;
  people: DemoPeople;
  /** Entries run from 1 January two years before this day up to it. */
  today: Date;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

function fill(template: string, words: Record<string, string>, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => words[key] ?? random.pick(WORDS[key as keyof typeof WORDS] ?? ['']));
}

/** A working day of the month, mostly (activities on weekends happen, less often). */
function dayOf(program: Program, year: number, month: number, random: Random): number {
  if (program.fixedDay) return program.fixedDay;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = random.int(1, days);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if ((weekday === 0 || weekday === 6) && random.next() < 0.7) return Math.max(1, Math.min(days, day + (weekday === 6 ? -1 : 1)));
  return day;
}

function statusFor(ageDays: number, random: Random): ActivityStatus {
  const r = random.next();
  // Older entries have been through review; the last months are still in motion.
  const [draft, submitted, returned] = ageDays > 90 ? [0.015, 0.03, 0.045] : ageDays > 30 ? [0.08, 0.2, 0.25] : [0.25, 0.6, 0.7];
  return r < draft ? 'draft' : r < submitted ? 'submitted' : r < returned ? 'returned' : 'approved';
}

interface Context {
  random: Random;
  types: Map<string, ImportCatalogue['types'][number]>;
  indicators: Map<string, ImportCatalogue['indicators'][number]>;
  tagIds: Map<string, number>;
  people: DemoPeople;
  today: string;
  now: string;
  seen: Set<string>;
}

/**
 * The demo county's ledger: every program of every unit, month by month, with campaign peaks.
 * Pure and deterministic for a given `today`.
 */
export function generateDemoLedger(input: GenerateInput): NewLedgerEntry[] {
  const ctx: Context = {
    random: randomSource(SEED),
    types: new Map(input.catalogue.types.map((t) => [t.code, t])),
    indicators: new Map(input.catalogue.indicators.map((i) => [i.code, i])),
    tagIds: new Map(input.catalogue.tags.map((t) => [`${t.kind}:${t.name}`, t.id])),
    people: input.people,
    today: iso(input.today),
    now: input.today.toISOString(),
    seen: new Set(),
  };
  const entries: NewLedgerEntry[] = [];
  const lastYear = input.today.getUTCFullYear();
  for (let year = lastYear - 2; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      if (`${year}-${String(month).padStart(2, '0')}-01` > ctx.today) break;
      for (const unit of input.units) {
        for (const program of PROGRAMS) {
          if (program.kinds.includes(unit.kind) && (!program.months || program.months.includes(month)))
            entries.push(...monthOf(unit, program, year, month, ctx));
        }
      }
    }
  }
  return entries;
}

/** One program's entries of one unit in one month. */
function monthOf(unit: ScopeUnit, program: Program, year: number, month: number, ctx: Context): NewLedgerEntry[] {
  const { random } = ctx;
  const type = ctx.types.get(program.type);
  if (!type) return [];
  const routine = program.fixedDay !== undefined || program.months !== undefined;
  const rate = program.perMonth * (routine ? 1 : BUSY * (program.seasonal === false ? 1 : SEASON[month - 1]!));
  const count = program.fixedDay !== undefined ? (random.next() < rate ? 1 : 0) : random.poisson(rate);
  const entries: NewLedgerEntry[] = [];
  for (let k = 0; k < count; k++) {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(dayOf(program, year, month, random)).padStart(2, '0')}`;
    const words = {
      u: unit.name,
      y: String(year),
      m: String(month),
      q: String(Math.ceil(month / 3)),
      n: String(random.int(1, 60)),
      festival: festivalOf(month),
    };
    const title = fill(random.pick(program.titles), words, random);
    const key = `${unit.id}|${type.id}|${date}|${title}`;
    if (date > ctx.today || ctx.seen.has(key)) continue;
    ctx.seen.add(key);
    const measures = drawMeasures(program, type.indicators, ctx.indicators, random);
    const attendance = measures.find((m) => m.code === 'attendance' || m.code === 'people');
    const status = statusFor((Date.parse(ctx.today) - Date.parse(date)) / 86_400_000, random);
    entries.push({
      orgId: unit.id,
      typeId: type.id,
      title,
      startDate: date,
      endDate: date,
      place: random.pick(PLACES[unit.kind] ?? ['会议室']),
      organiser: random.pick(ORGANISERS[unit.kind] ?? ['办公室']),
      summary: summaryOf(program.type, attendance?.value, words, random),
      ...workflow(unit, date, status, ctx),
      measures: measures.map(({ indicatorId, value }) => ({ indicatorId, value })),
      tagIds: tagsOf(unit, program.type, month, ctx),
      auditAfter: { title, orgId: unit.id, typeId: type.id, startDate: date, status, demo: true },
    });
  }
  return entries;
}

function drawMeasures(
  program: Program,
  links: ImportCatalogue['types'][number]['indicators'],
  indicators: Map<string, ImportCatalogue['indicators'][number]>,
  random: Random,
) {
  const byId = new Map(links.map((l) => [l.indicatorId, l.required]));
  const out: Array<{ indicatorId: number; code: string; value: number }> = [];
  for (const [code, [min, max]] of Object.entries(program.measures)) {
    const indicator = indicators.get(code);
    const required = indicator && byId.get(indicator.id);
    if (!indicator || required === undefined || (!required && random.next() < 0.35)) continue;
    // Money in whole thousands of 元, stored in 分.
    const value =
      indicator.valueKind === 'money' ? random.int(Math.ceil(min / 1000), Math.floor(max / 1000)) * 1000 * 10 ** indicator.scale : random.int(min, max);
    if (value === 0 && !required) continue;
    out.push({ indicatorId: indicator.id, code, value });
  }
  return out;
}

function summaryOf(typeCode: string, attendance: number | undefined, words: Record<string, string>, random: Random): string {
  const middle = typeCode.endsWith('lecture') ? SUMMARY.middle.lecture : typeCode.startsWith('org.') ? SUMMARY.middle.meeting : SUMMARY.middle.default;
  const count = attendance ? `，共${attendance}人次参加` : '';
  return fill(random.pick(SUMMARY.opening), words, random) + random.pick(middle) + count + random.pick(SUMMARY.closing);
}

function tagsOf(unit: ScopeUnit, typeCode: string, month: number, ctx: Context): number[] {
  const { random, tagIds } = ctx;
  const ids: number[] = [];
  const carrier = CARRIER_OF_KIND[unit.kind];
  if (carrier && random.next() < 0.9) ids.push(tagIds.get(`carrier:${carrier}`) ?? 0);
  const themeChance = month === 5 || month === 9 ? 0.7 : 0.35;
  if (random.next() < themeChance) ids.push(tagIds.get(`theme:${random.pick(THEMES)}`) ?? 0);
  if (random.next() < 0.85) ids.push(tagIds.get(`volume:${volumeOf(typeCode)}`) ?? 0);
  return [...new Set(ids.filter((id) => id > 0))];
}

/** Who recorded and reviewed the entry, and when, consistent with its status. */
function workflow(unit: ScopeUnit, date: string, status: ActivityStatus, ctx: Context) {
  const { random, people, now } = ctx;
  const at = (day: string, after: string | null) => {
    const t = `${day}T${String(random.int(1, 9)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const ordered = after !== null && t < after ? after : t;
    return ordered > now ? now : ordered;
  };
  const createdBy = people.creatorOf(unit);
  const createdAt = at(addDays(date, random.int(0, 3)), null);
  const submittedAt = status === 'draft' ? null : at(addDays(createdAt.slice(0, 10), random.int(0, 2)), createdAt);
  const reviewed = status === 'approved' || status === 'returned';
  const reviewedAt = reviewed && submittedAt ? at(addDays(submittedAt.slice(0, 10), random.int(1, 5)), submittedAt) : null;
  return {
    status,
    returnReason: status === 'returned' ? random.pick(RETURN_REASONS) : null,
    createdBy,
    createdAt,
    submittedAt,
    reviewedBy: reviewed ? people.reviewerOf(unit, createdBy) : null,
    reviewedAt,
  };
}

/** 民族团结教育月 each May of the demo's years, set by the county for its whole subtree. */
export function demoCampaigns(countyId: number, today: Date): NewCampaignRow[] {
  const year = today.getUTCFullYear();
  return [year - 2, year - 1, year].map((y) => ({ orgId: countyId, name: CAMPAIGN_NAME, startDate: `${y}-05-01`, endDate: `${y}-05-31` }));
}

/** Every `step`-th entry in date order, so a smaller ledger keeps the same spread. */
function sample(entries: NewLedgerEntry[], n: number): NewLedgerEntry[] {
  if (n >= entries.length) return entries;
  const sorted = [...entries].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return Array.from({ length: n }, (_, i) => sorted[Math.floor((i * sorted.length) / n)]!);
}

const DEMO_USERS = ['admin', 't1-admin', 't1-clerk', 't2-admin', 't2-clerk'];

function demoPeople(units: ScopeUnit[], users: Map<string, number>): DemoPeople {
  const byId = new Map(units.map((u) => [u.id, u]));
  const townshipOf = (u: ScopeUnit) => {
    for (let n: ScopeUnit | undefined = u; n; n = n.parentId === null ? undefined : byId.get(n.parentId))
      if (n.kind === 'township' || n.kind === 'street') return n.name;
    return undefined;
  };
  const id = (name: string) => users.get(name) ?? null;
  return {
    creatorOf(u) {
      const town = townshipOf(u);
      if (town === '城关镇') return u.name === '东风村' ? id('t1-clerk') : id('t1-admin');
      if (town === '河口镇') return u.name === '和平村' ? id('t2-clerk') : id('t2-admin');
      // County-level units stay unattributed: admin is their only reviewer and reviews nothing of its own.
      return null;
    },
    reviewerOf(u, creator) {
      const town = townshipOf(u);
      const local = town === '城关镇' ? id('t1-admin') : town === '河口镇' ? id('t2-admin') : null;
      // Nobody reviews their own entry: the county reviews what a township admin recorded.
      return local !== null && local !== creator ? local : id('admin');
    },
  };
}

/**
 * Fills the demo county's ledger (and its May campaigns) unless it already has entries. All rows
 * go in one transaction through the bulk insert the importer uses.
 */
export async function seedDemoLedger(c: Container, county: OrgRecord, options: { entries: number; today?: Date }): Promise<DemoLedgerResult> {
  const today = options.today ?? new Date();
  const store = c.stores.activityImport;
  const campaigns = await store.ensureCampaigns(demoCampaigns(county.id, today));
  if ((await store.countEntriesInSubtree(county.path)) > 0) return { entries: 0, campaigns, skipped: true };
  const [catalogue, units, users] = await Promise.all([store.loadCatalogue(), store.listScopeUnits(county.path), store.findUserIds(DEMO_USERS)]);
  const active = units.filter((u) => u.active);
  const entries = sample(generateDemoLedger({ units: active, catalogue, people: demoPeople(active, users), today }), options.entries);
  await c.transact((s) => s.activityImport.insertEntries(entries, { action: 'activity.demo', userId: null, requestId: null, at: today.toISOString() }));
  return { entries: entries.length, campaigns, skipped: false };
}
