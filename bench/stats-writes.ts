/**
 * The write side of the statistics benchmark: bulk inserts with and without roll-up maintenance,
 * single entries through the HTTP API, and the `stats verify` check that the store still matches
 * the ledger afterwards.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import { systemActor } from '../src/domain/access.js';
import { randomSource } from '../src/domain/random.js';
import { buildApp } from '../src/server/app.js';
import type { Container } from '../src/server/container.js';
import { insertEntryRows, rollupFacts } from '../src/server/features/ledger/import/activity-import.repository.js';
import type { Database } from '../src/server/db/schema.js';
import type { ImportCatalogue, NewLedgerEntry } from '../src/server/features/ledger/import/activity-import.types.js';
import { syntheticLedger, type LedgerUnit } from '../src/server/features/ledger/synthetic/synthetic-ledger.js';
import { syntheticRegion, type SyntheticScale } from '../src/server/features/ledger/synthetic/synthetic-region.js';
import { RollupRepository } from '../src/server/features/rollup/rollup.repository.js';
import { percentile } from './stats-questions.js';

export interface BulkFigures {
  entries: number;
  batch: number;
  /** Entries per second through ActivityImportRepository.insertEntries (roll-up maintained in the transaction). */
  withRollup: number;
  /** The same kind of rows written by the bench's copy of insertEntries minus the roll-up. */
  withoutRollup: number;
  /** What maintenance adds per entry, in ms. */
  maintenanceMs: number;
}

export interface ApiFigures {
  entries: number;
  concurrency: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

export interface VerifyFigures {
  differences: string[];
  seconds: number;
}

export type RegionUnit = LedgerUnit & { path: string };

/** The region's units as the synthetic ledger draws them (tier by name from the generated tree). */
export async function regionUnits(c: Container, scale: SyntheticScale, rootPath: string): Promise<RegionUnit[]> {
  const tiers = new Map(syntheticRegion(scale).map((u) => [u.name, u.tier]));
  const units = await c.stores.activityImport.listScopeUnits(rootPath);
  return units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, path: u.path, tier: tiers.get(u.name) ?? 'village' }));
}

/**
 * The baseline: insertEntries without its roll-up call, written here in the bench on purpose — the
 * product has (and should have) no switch to skip maintenance. Same statements, same batch sizes.
 */
async function insertWithoutRollup(db: Kysely<Database>, entries: NewLedgerEntry[]): Promise<void> {
  await insertEntryRows(db, entries);
}

/**
 * `entries` more synthetic entries each way, in transactions of `batch`, alternating batch by batch
 * (with, without, with, …) so both see the same database size and WAL state. The baseline's entries
 * are added to the roll-up store afterwards, untimed, so that `stats verify` still holds.
 */
export async function benchBulk(c: Container, units: LedgerUnit[], entries: number, batch: number, seed: number): Promise<BulkFigures> {
  const catalogue = await c.stores.activityImport.loadCatalogue();
  const ledger = syntheticLedger({ units, catalogue, seed, total: 2 * entries, today: new Date() }, batch);
  const db = c.database.db;
  let withSeconds = 0;
  let withoutSeconds = 0;
  let k = 0;
  for (const rows of ledger) {
    const started = performance.now();
    if (k++ % 2 === 0) {
      await c.transact((s) => s.activityImport.insertEntries(rows, null));
      withSeconds += (performance.now() - started) / 1000;
    } else {
      await db.transaction().execute((trx) => insertWithoutRollup(trx, rows));
      withoutSeconds += (performance.now() - started) / 1000;
      await db.transaction().execute((trx) => new RollupRepository(trx).add(rows.map(rollupFacts)));
    }
  }
  const withRollup = entries / withSeconds;
  const withoutRollup = entries / withoutSeconds;
  return { entries, batch, withRollup, withoutRollup, maintenanceMs: ((withSeconds - withoutSeconds) / entries) * 1000 };
}

/** A valid POST /api/activities body: a usable type, its required measures, sometimes a tag, half submitted. */
function bodies(units: LedgerUnit[], catalogue: ImportCatalogue, span: { first: string; last: string }, n: number, seed: number) {
  const random = randomSource(seed);
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const active = new Set(catalogue.types.filter((t) => t.active).map((t) => t.id));
  const types = catalogue.types.filter((t) => t.parentId !== null && t.active && active.has(t.parentId));
  const tags = catalogue.tags.filter((t) => t.active).map((t) => t.id);
  const villages = units.filter((u) => u.tier === 'village');
  const first = Date.parse(`${span.first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${span.last}T00:00:00Z`) - first) / 86_400_000);
  return Array.from({ length: n }, (_, i) => {
    const type = random.pick(types);
    const measures: Record<string, number> = {};
    for (const link of type.indicators.filter((l) => l.required)) {
      const ind = indicators.get(link.indicatorId)!;
      measures[ind.code] = ind.valueKind === 'integer' ? random.int(1, 200) : random.int(100, 500000) / 100;
    }
    return {
      orgId: (random.next() < 0.85 ? random.pick(villages) : random.pick(units)).id,
      typeId: type.id,
      title: `接口写入基准第${i + 1}项活动`,
      startDate: new Date(first + random.int(0, days) * 86_400_000).toISOString().slice(0, 10),
      place: '村委会',
      summary: '基准测试写入的活动记录',
      measures,
      tagIds: tags.length > 0 && random.next() < 0.5 ? [random.pick(tags)] : [],
      submit: i % 2 === 0,
    };
  });
}

/** The HTTP load client (plain JS, run as an eval'd worker): `concurrency` keep-alive requests in flight. */
const LOAD_CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, cookie, bodies, concurrency } = workerData;
const latencies = [];
let next = 0;
let error = null;
async function loop() {
  while (next < bodies.length && error === null) {
    const body = bodies[next++];
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const text = await res.text();
    latencies.push(performance.now() - started);
    if (res.status !== 201) error = res.status + ' ' + text;
  }
}
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, loop)).then(
  () => parentPort.postMessage({ seconds: (performance.now() - started) / 1000, latencies, error }),
  (err) => parentPort.postMessage({ seconds: 0, latencies, error: String(err) }),
);
`;

/**
 * `n` POST /api/activities over real HTTP (Fastify listening on an ephemeral port, keep-alive
 * fetch), `concurrency` requests in flight, by a clerk+admin of the region's top unit.
 */
export async function benchApi(
  c: Container,
  regionId: number,
  units: LedgerUnit[],
  span: { first: string; last: string },
  n: number,
  concurrency: number,
): Promise<ApiFigures> {
  const app = await buildApp({ config: { trustedOrigins: [], trustProxy: false, logLevel: 'silent', maxUploadMb: 20 }, container: c, logger: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const username = `bench_clerk_${regionId}`;
    const password = 'bench-pass-2026';
    // The synthetic regions have no accounts: the operator (system actor) creates one, as `shiliu user` would.
    await c.users.create(
      systemActor(),
      { username, displayName: '基准录入员', orgId: regionId, roles: ['clerk', 'admin'], password },
      { mustChangePassword: false },
    );
    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (login.status !== 200) throw new Error(`登录失败：${login.status} ${await login.text()}`);
    const cookie = (login.headers.getSetCookie().find((h) => h.startsWith('shiliu_session=')) ?? '').split(';')[0]!;
    const todo = bodies(units, await c.stores.activityImport.loadCatalogue(), span, n, 4242);
    // The client runs in a worker thread: on the server's own event loop, undici's parsing and
    // the request bodies would take turns with the server and halve what it is measured to do.
    const worker = new Worker(LOAD_CLIENT, { eval: true, workerData: { url: `${base}/api/activities`, cookie, bodies: todo, concurrency } });
    const [result] = (await once(worker, 'message')) as [{ seconds: number; latencies: number[]; error: string | null }];
    await worker.terminate();
    if (result.error) throw new Error(`POST /api/activities → ${result.error}`);
    const latencies = result.latencies.sort((a, b) => a - b);
    return {
      entries: n,
      concurrency,
      perSecond: n / result.seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies[latencies.length - 1] ?? 0,
    };
  } finally {
    await app.close();
  }
}

/** `shiliu stats verify`: the store against a fresh computation from the ledger, row for row. */
export async function verifyRollup(c: Container): Promise<VerifyFigures> {
  const started = performance.now();
  const differences = await c.rollupMaintenance.verify();
  return { differences: differences.map((d) => `${d.table}: 多出 ${d.extra} 行，缺少或不符 ${d.missing} 行`), seconds: (performance.now() - started) / 1000 };
}
