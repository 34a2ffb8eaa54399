import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Measures } from '../../../contracts/ledger.contract.js';
import { systemActor } from '../../../domain/access.js';
import { decimalsAllowed } from '../../../domain/measures.js';
import { randomSource, type Random } from '../../../domain/random.js';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import type { Container } from '../../container.js';

/** The catalogue as the importer loads it (read through the container: the roll-up imports no feature above it). */
type ImportCatalogue = Awaited<ReturnType<Container['stores']['activityImport']['loadCatalogue']>>;

/**
 * Random sequences of real ledger work (entries created, edited, moved through the review
 * workflow, deleted and restored; units moved with their subtrees), all through the services, with
 * the roll-up store checked against the ledger along the way: by verify(), and by aggregates this
 * test computes from the ledger tables on its own (subtrees by path prefix, months by text).
 */

const SEEDS = [7, 2024, 90210];
const OPERATIONS_PER_SEED = 110;
const CHECK_EVERY = 20;
const actor = systemActor();

// Leap day, month ends and year ends, where day and month keys are easiest to get wrong.
const EDGE_DATES = ['2024-02-29', '2024-01-31', '2024-03-01', '2024-04-30', '2024-12-31', '2025-01-01', '2025-02-28', '2023-12-31'];

type Op = 'create' | 'edit' | 'submit' | 'approve' | 'return' | 'reopen' | 'delete' | 'restore' | 'move';
const WEIGHTS: Array<[Op, number]> = [
  ['create', 26],
  ['edit', 22],
  ['submit', 14],
  ['approve', 12],
  ['return', 4],
  ['reopen', 4],
  ['delete', 7],
  ['restore', 5],
  ['move', 6],
];

function pickOp(r: Random): Op {
  let u = r.next() * WEIGHTS.reduce((a, [, w]) => a + w, 0);
  for (const [op, w] of WEIGHTS) if ((u -= w) < 0) return op;
  return 'create';
}

function randomDate(r: Random): string {
  if (r.next() < 0.4) return r.pick(EDGE_DATES);
  const d = new Date(Date.UTC(2024, 0, 1) + r.int(0, 730) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A unit of the test tree and its parent (null for the tree's root, which never moves). */
interface Unit {
  id: number;
  parentId: number | null;
}

class Workload {
  readonly units: Unit[] = [];
  readonly entries: number[] = [];
  readonly done = new Map<Op, number>();
  private serial = 0;

  constructor(
    private readonly c: Container,
    private readonly r: Random,
    private readonly catalogue: ImportCatalogue,
    private readonly seed: number,
    /** A unit outside the tree that subtrees may be moved under and back from. */
    private readonly outside: number,
  ) {}

  private get types() {
    return this.catalogue.types.filter((t) => t.parentId !== null && t.active);
  }

  /** Root, three children, two grandchildren each: three levels, ten units. */
  async buildTree(parentId: number) {
    const root = await this.c.orgs.create(actor, { parentId, name: `性质测试区${this.seed}`, kind: 'township' });
    this.units.push({ id: root.id, parentId: null });
    for (let i = 0; i < 3; i++) {
      const child = await this.c.orgs.create(actor, { parentId: root.id, name: `测试村${this.seed}-${i}`, kind: 'village' });
      this.units.push({ id: child.id, parentId: root.id });
      for (let j = 0; j < 2; j++) {
        const grandchild = await this.c.orgs.create(actor, { parentId: child.id, name: `测试组${this.seed}-${i}-${j}`, kind: 'village' });
        this.units.push({ id: grandchild.id, parentId: child.id });
      }
    }
  }

  private measuresFor(typeId: number): Measures {
    const type = this.catalogue.types.find((t) => t.id === typeId)!;
    const measures: Measures = {};
    for (const link of type.indicators) {
      const indicator = this.catalogue.indicators.find((i) => i.id === link.indicatorId)!;
      if (!indicator.active || (!link.required && this.r.next() < 0.4)) continue;
      const decimals = decimalsAllowed(indicator);
      // Money gets 分 (1234.56 元); some values are 0, which the store keeps as NULL.
      const scaled = this.r.next() < 0.1 ? 0 : this.r.int(1, decimals === 0 ? 500 : 2_000_000);
      measures[indicator.code] = scaled / 10 ** decimals;
    }
    return measures;
  }

  private randomTags(): number[] {
    const active = this.catalogue.tags.filter((t) => t.active);
    const n = this.r.int(0, 3);
    return [...new Set(Array.from({ length: n }, () => this.r.pick(active).id))];
  }

  private subtreeOf(id: number): Set<number> {
    const ids = new Set([id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const u of this.units) {
        if (u.parentId === null || !ids.has(u.parentId) || ids.has(u.id)) continue;
        ids.add(u.id);
        grew = true;
      }
    }
    return ids;
  }

  async create() {
    const typeId = this.r.pick(this.types).id;
    const a = await this.c.activities.create(actor, {
      orgId: this.r.pick(this.units).id,
      typeId,
      title: `性质测试活动${this.seed}-${++this.serial}`,
      startDate: randomDate(this.r),
      measures: this.measuresFor(typeId),
      tagIds: this.randomTags(),
      evidenceIds: [],
      submit: this.r.next() < 0.3,
    });
    this.entries.push(a.id);
  }

  /** A random entry on which the step is allowed, or undefined after a few tries. */
  private async entryAllowing(step: keyof Activity['allowed']): Promise<Activity | undefined> {
    for (let i = 0; i < 12 && this.entries.length > 0; i++) {
      const a = await this.c.activities.get(actor, this.r.pick(this.entries));
      if (a.allowed[step]) return a;
    }
    return undefined;
  }

  async edit(): Promise<boolean> {
    const a = await this.entryAllowing('edit');
    if (!a) return false;
    const change = this.r.int(0, 5);
    const date = randomDate(this.r);
    const typeId = this.r.pick(this.types).id;
    await this.c.activities.update(actor, a.id, {
      version: a.version,
      ...(change === 0 && { measures: this.measuresFor(a.typeId) }),
      ...(change === 1 && { tagIds: this.randomTags() }),
      ...(change === 2 && { startDate: date, endDate: date }),
      ...(change === 3 && { orgId: this.r.pick(this.units).id }),
      ...(change === 4 && { typeId, measures: this.measuresFor(typeId) }),
      // Nothing counted changes: the store must stay as it is.
      ...(change === 5 && { title: `${a.title}（改）`, place: '村委会' }),
    });
    return true;
  }

  async step(op: 'submit' | 'approve' | 'return' | 'reopen' | 'delete' | 'restore'): Promise<boolean> {
    const a = await this.entryAllowing(op);
    if (!a) return false;
    if (op === 'submit') await this.c.activityReview.submit(actor, a.id);
    if (op === 'approve') await this.c.activityReview.approve(actor, a.id);
    if (op === 'return') await this.c.activityReview.sendBack(actor, a.id, '请补充材料');
    if (op === 'reopen') await this.c.activityReview.reopen(actor, a.id, '数字有误，重新核对');
    if (op === 'delete') await this.c.activities.remove(actor, a.id);
    if (op === 'restore') await this.c.activities.restore(actor, a.id);
    return true;
  }

  /** Any unit but the root, under any unit not in its own subtree (sometimes one outside the tree). */
  async move(): Promise<boolean> {
    const movable = this.units.filter((u) => u.parentId !== null);
    const unit = this.r.pick(movable);
    const own = this.subtreeOf(unit.id);
    const targets = [...this.units.map((u) => u.id), this.outside].filter((id) => !own.has(id) && id !== unit.parentId);
    if (targets.length === 0) return false;
    const parentId = this.r.pick(targets);
    await this.c.orgs.move(actor, unit.id, parentId);
    unit.parentId = parentId;
    return true;
  }

  async run(op: Op): Promise<boolean> {
    let ran = true;
    if (op === 'create') await this.create();
    else if (op === 'edit') ran = await this.edit();
    else if (op === 'move') ran = await this.move();
    else ran = await this.step(op);
    if (ran) this.done.set(op, (this.done.get(op) ?? 0) + 1);
    return ran;
  }
}

interface Figure {
  n: number;
  sum: number;
}
type Figures = Map<string, Figure>;

/** bigint sums come back as strings on PostgreSQL. */
const num = (v: unknown) => Number(v ?? 0);

for (const dialect of DIALECTS) {
  describe(`roll-up store under random ledger work (${dialect})`, () => {
    let t: TestApp;
    let c: Container;
    let catalogue: ImportCatalogue;
    let county: number;
    let outside: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      c = t.container;
      catalogue = await c.stores.activityImport.loadCatalogue();
      county = await t.orgId('示例县');
      outside = await t.orgId('示例县', '县委统战部');
    });
    afterAll(() => t.close());

    const db = () => c.database.db;

    /** From the ledger alone: per unit, approved flag and month, the entries of its subtree and their sum of one indicator. */
    async function ledgerByMonth(indicatorId: number, tagId?: number): Promise<Figures> {
      const { rows } = await sql<{ anc: number; approved: number; ym: string; n: unknown; total: unknown }>`
        select u.id as anc, case when a.status = 'approved' then 1 else 0 end as approved, substr(a.start_date, 1, 7) as ym,
               count(*) as n, sum(coalesce(m.value, 0)) as total
        from org_unit u
        join org_unit o on o.path like u.path || '%'
        join activity a on a.org_unit_id = o.id and a.deleted_at is null
        left join activity_measure m on m.activity_id = a.id and m.indicator_id = ${indicatorId}
        ${tagId === undefined ? sql`` : sql`join activity_tag g on g.activity_id = a.id and g.tag_id = ${tagId}`}
        group by u.id, case when a.status = 'approved' then 1 else 0 end, substr(a.start_date, 1, 7)`.execute(db());
      return new Map(rows.map((r) => [`${r.anc}|${r.approved}|${r.ym.replace('-', '')}`, { n: num(r.n), sum: num(r.total) }]));
    }

    /** The same figures as the store holds them, summed over types (or for one tag). */
    async function storeByMonth(slot: number, tagId?: number): Promise<Figures> {
      const sumColumn = sql.ref(`s${slot}`);
      const { rows } = await (
        tagId === undefined
          ? sql<{ anc: number; approved: number; month: number; n: unknown; total: unknown }>`
            select anc_id as anc, approved, month, sum(n) as n, sum(coalesce(${sumColumn}, 0)) as total from stat_month group by anc_id, approved, month`
          : sql<{ anc: number; approved: number; month: number; n: unknown; total: unknown }>`
            select anc_id as anc, approved, month, n, coalesce(${sumColumn}, 0) as total from stat_tag_month where tag_id = ${tagId}`
      ).execute(db());
      return new Map(rows.map((r) => [`${r.anc}|${Number(r.approved)}|${r.month}`, { n: num(r.n), sum: num(r.total) }]));
    }

    const sorted = (f: Figures) => [...f.entries()].sort(([a], [b]) => a.localeCompare(b));

    async function slotOf(code: string): Promise<{ id: number; slot: number }> {
      const r = await db().selectFrom('indicator').select(['id', 'stat_slot']).where('code', '=', code).executeTakeFirstOrThrow();
      return { id: r.id, slot: r.stat_slot! };
    }

    async function expectStoreMatchesLedger(context: string) {
      expect(await c.rollupMaintenance.verify(), context).toEqual([]);
      // Two indicators: a money one (分) and a count.
      for (const code of ['funds', 'attendance']) {
        const { id, slot } = await slotOf(code);
        expect(sorted(await storeByMonth(slot)), `${context}: ${code} by month`).toEqual(sorted(await ledgerByMonth(id)));
      }
    }

    for (const seed of SEEDS) {
      it(`stays exact through ${OPERATIONS_PER_SEED} random operations (seed ${seed})`, { timeout: 240_000 }, async () => {
        const r = randomSource(seed);
        const w = new Workload(c, r, catalogue, seed, outside);
        await w.buildTree(county);
        for (let i = 0; i < 8; i++) await w.create();

        let done = 0;
        while (done < OPERATIONS_PER_SEED) {
          const op = pickOp(r);
          if (!(await w.run(op))) continue;
          done++;
          if (done % CHECK_EVERY === 0) await expectStoreMatchesLedger(`seed ${seed}, after ${done} operations (last: ${op})`);
        }
        await expectStoreMatchesLedger(`seed ${seed}, at the end`);

        // The tag tables, for the tag this run used most.
        const { rows } = await sql<{
          tag_id: number;
          n: unknown;
        }>`select tag_id, count(*) as n from activity_tag group by tag_id order by count(*) desc, tag_id limit 1`.execute(db());
        const tagId = rows[0]!.tag_id;
        const funds = await slotOf('funds');
        const fromStore = await storeByMonth(funds.slot, tagId);
        expect(fromStore.size).toBeGreaterThan(0);
        expect(sorted(fromStore)).toEqual(sorted(await ledgerByMonth(funds.id, tagId)));

        // Every kind of write happened, and the store holds approved figures at the county.
        for (const op of WEIGHTS.map(([o]) => o)) expect(w.done.get(op) ?? 0, `${op} never ran`).toBeGreaterThan(0);
        const approvedAtCounty = await db()
          .selectFrom('stat_month')
          .select((eb) => eb.fn.sum<number>('n').as('n'))
          .where('anc_id', '=', county)
          .where('approved', '=', 1)
          .executeTakeFirst();
        expect(num(approvedAtCounty?.n)).toBeGreaterThan(0);
      });
    }
  });
}
