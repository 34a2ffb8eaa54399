import type { ActivityStatus } from '../../../../contracts/ledger.contract.js';
import { randomSource, weightedPicker, type Random } from '../../../../domain/random.js';
import { TypeResolver } from '../import/activity-import.catalogue.js';
import type { ImportCatalogue, ImportIndicator, NewLedgerEntry } from '../import/activity-import.types.js';
import type { SyntheticTier } from './synthetic-region.js';
import * as W from './synthetic-words.js';

/**
 * The synthetic ledger: `total` entries over a region's units, generated batch by batch so memory
 * stays flat at millions of entries. Pure and deterministic for a given seed, catalogue and tree.
 * Shape (as in docs/rollup-calibration.md): dated uniformly over the last two years in date order,
 * 85 % at villages, 10 % at township level, the rest above; types Zipf-weighted; 2–4 measures
 * per entry within the type's indicators (all of them when it has fewer: 2.4 on average with the
 * default catalogue); ~90 % approved; nobody recorded them (created_by null).
 */

export interface LedgerUnit {
  id: number;
  name: string;
  kind: string;
  tier: SyntheticTier;
}

export interface SyntheticLedgerInput {
  units: LedgerUnit[];
  catalogue: ImportCatalogue;
  seed: number;
  total: number;
  /** Entries are dated over the 730 days ending on this day. */
  today: Date;
}

const DAYS = 730;
const DAY_MS = 86_400_000;
/** Shares of entries by tier, top down; an empty tier's share goes to the tier below it. */
const TIER_SHARES: Array<[SyntheticTier, number]> = [
  ['upper', 0.01],
  ['county', 0.04],
  ['township', 0.1],
  ['village', 0.85],
];

interface MeasureSpec {
  indicatorId: number;
  min: number;
  max: number;
  /** Money is drawn in whole 元 and multiplied by this; other kinds are drawn already scaled. */
  factor: number;
}

interface TypeSpec {
  id: number;
  short: string;
  required: MeasureSpec[];
  optional: MeasureSpec[];
}

interface Context {
  random: Random;
  pickTier: (u: number) => number;
  tiers: Array<{ units: LedgerUnit[]; pick: (u: number) => number }>;
  pickType: (u: number) => number;
  types: TypeSpec[];
  tags: { carrier: Map<string, number>; theme: number[]; volume: number[] };
  dates: string[];
  now: string;
  total: number;
}

function measureSpec(indicator: ImportIndicator): MeasureSpec {
  const [min, max] = W.MEASURE_RANGES[indicator.code] ?? W.DEFAULT_RANGE;
  const unit = 10 ** indicator.scale;
  return indicator.valueKind === 'money'
    ? { indicatorId: indicator.id, min, max, factor: unit }
    : { indicatorId: indicator.id, min: min * unit, max: max * unit, factor: 1 };
}

/** Usable leaf types in catalogue order, with their active indicators split by requirement. */
function typeSpecs(catalogue: ImportCatalogue): TypeSpec[] {
  const indicators = new Map(catalogue.indicators.filter((i) => i.active).map((i) => [i.id, i]));
  const usable = new TypeResolver(catalogue.types);
  return catalogue.types
    .filter((t) => usable.isUsable(t))
    .map((t) => {
      const links = t.indicators.filter((l) => indicators.has(l.indicatorId));
      const spec = (required: boolean) => links.filter((l) => l.required === required).map((l) => measureSpec(indicators.get(l.indicatorId)!));
      return { id: t.id, short: W.shortTypeName(t.name), required: spec(true), optional: spec(false) };
    });
}

/** Per-tier unit pickers; each unit gets an activity weight of 0.2–1.8 (some units are busier). */
function tierPickers(units: LedgerUnit[], random: Random) {
  const shares: number[] = [];
  const tiers: Context['tiers'] = [];
  let carried = 0;
  for (const [tier, share] of TIER_SHARES) {
    const members = units.filter((u) => u.tier === tier);
    if (members.length === 0) {
      carried += share;
      continue;
    }
    shares.push(share + carried);
    carried = 0;
    tiers.push({ units: members, pick: weightedPicker(members.map(() => 0.2 + 1.6 * random.next())) });
  }
  if (tiers.length === 0) throw new Error('synthetic ledger: the region has no units');
  return { tiers, pickTier: weightedPicker(shares) };
}

function tagIndex(catalogue: ImportCatalogue): Context['tags'] {
  const active = catalogue.tags.filter((t) => t.active);
  return {
    carrier: new Map(active.filter((t) => t.kind === 'carrier').map((t) => [t.name, t.id])),
    theme: active.filter((t) => t.kind === 'theme').map((t) => t.id),
    volume: active.filter((t) => t.kind === 'volume').map((t) => t.id),
  };
}

function prepare(input: SyntheticLedgerInput): Context {
  const types = typeSpecs(input.catalogue);
  if (types.length === 0) throw new Error('synthetic ledger: the catalogue has no usable activity type');
  // Unit weights come from their own stream so that they do not shift with anything drawn later.
  const { tiers, pickTier } = tierPickers(input.units, randomSource(input.seed ^ 0x5eed));
  const last = Date.UTC(input.today.getUTCFullYear(), input.today.getUTCMonth(), input.today.getUTCDate());
  return {
    random: randomSource(input.seed),
    tiers,
    pickTier,
    types,
    // Zipf: the k-th type of the catalogue is drawn with weight 1/k.
    pickType: weightedPicker(types.map((_, k) => 1 / (k + 1))),
    tags: tagIndex(input.catalogue),
    dates: Array.from({ length: DAYS }, (_, d) => new Date(last - (DAYS - 1 - d) * DAY_MS).toISOString().slice(0, 10)),
    now: input.today.toISOString(),
    total: input.total,
  };
}

/** Every required indicator, then optional ones until the entry has 2–4 (or all the type offers). */
function measuresOf(type: TypeSpec, random: Random): NewLedgerEntry['measures'] {
  const available = type.required.length + type.optional.length;
  const wanted = Math.min(available, Math.max(type.required.length, random.int(2, 4)));
  const chosen = [...type.required];
  const pool = [...type.optional];
  while (chosen.length < wanted) chosen.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!);
  return chosen.map((m) => ({ indicatorId: m.indicatorId, value: random.int(m.min, m.max) * m.factor }));
}

function tagsOf(unit: LedgerUnit, ctx: Context): number[] {
  const { random, tags } = ctx;
  const ids: number[] = [];
  const carrier = tags.carrier.get(W.CARRIER_BY_KIND[unit.kind] ?? '');
  if (carrier !== undefined && random.next() < 0.9) ids.push(carrier);
  if (tags.theme.length > 0 && random.next() < 0.35) ids.push(random.pick(tags.theme));
  if (tags.volume.length > 0 && random.next() < 0.8) ids.push(random.pick(tags.volume));
  return ids;
}

function statusOf(random: Random): ActivityStatus {
  const r = random.next();
  return r < 0.9 ? 'approved' : r < 0.94 ? 'submitted' : r < 0.97 ? 'returned' : 'draft';
}

const fill = (template: string, words: Record<string, string>) => template.replace(/\{(\w)\}/g, (_, k: string) => words[k] ?? '');

/** Recorded on the day (08:00–18:59), reviewed 1–5 days later, never after `now`. */
function timesOf(day: number, status: ActivityStatus, ctx: Context) {
  const { random, dates, now } = ctx;
  const clock = () => `T${String(random.int(8, 18)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
  const created = `${dates[day]!}${clock()}`;
  const createdAt = created < now ? created : now;
  const reviewDay = day + random.int(1, 5);
  const reviewed = reviewDay < dates.length ? `${dates[reviewDay]!}${clock()}` : now;
  const reviewedAt = reviewed < now ? reviewed : now;
  const isReviewed = status === 'approved' || status === 'returned';
  return { createdAt, submittedAt: status === 'draft' ? null : createdAt, reviewedAt: isReviewed ? reviewedAt : null };
}

/** Entry number `i` of the run: its day is stratified, so the ledger comes out in date order. */
function entryAt(i: number, ctx: Context): NewLedgerEntry {
  const { random } = ctx;
  const tier = ctx.tiers[ctx.pickTier(random.next())]!;
  const unit = tier.units[tier.pick(random.next())]!;
  const type = ctx.types[ctx.pickType(random.next())]!;
  const day = Math.min(DAYS - 1, Math.floor(((i + random.next()) * DAYS) / ctx.total));
  const startDate = ctx.dates[day]!;
  const words = { u: unit.name, t: type.short, h: random.pick(W.THEMES), m: String(Number(startDate.slice(5, 7))) };
  const status = statusOf(random);
  const place = random.pick(W.PLACES[unit.kind] ?? W.DEFAULT_PLACES);
  return {
    orgId: unit.id,
    typeId: type.id,
    title: fill(random.pick(W.TITLES), words),
    startDate,
    endDate: startDate,
    place,
    organiser: random.pick(W.ORGANISERS[unit.kind] ?? W.DEFAULT_ORGANISERS),
    summary: `${fill(random.pick(W.SUMMARY.opening), words)}${unit.name}在${place}${random.pick(W.SUMMARY.middle)}${random.pick(W.SUMMARY.closing)}`,
    status,
    returnReason: status === 'returned' ? random.pick(W.RETURN_REASONS) : null,
    createdBy: null,
    reviewedBy: null,
    ...timesOf(day, status, ctx),
    measures: measuresOf(type, random),
    tagIds: tagsOf(unit, ctx),
    auditAfter: null,
  };
}

/** The ledger in batches of at most `batchSize`, in order; each batch is a fresh array. */
export function* syntheticLedger(input: SyntheticLedgerInput, batchSize: number): Generator<NewLedgerEntry[]> {
  if (input.total <= 0) return;
  const ctx = prepare(input);
  for (let from = 0; from < input.total; from += batchSize) {
    const n = Math.min(batchSize, input.total - from);
    const batch: NewLedgerEntry[] = new Array<NewLedgerEntry>(n);
    for (let k = 0; k < n; k++) batch[k] = entryAt(from + k, ctx);
    yield batch;
  }
}
