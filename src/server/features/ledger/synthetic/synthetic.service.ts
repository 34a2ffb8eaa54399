import type { AuditStore } from '../../audit/audit.types.js';
import type { OrgStore } from '../../orgs/org.types.js';
import type { Transactor } from '../../transactor.js';
import type { ActivityImportStore } from '../import/activity-import.types.js';
import { syntheticLedger, type LedgerUnit } from './synthetic-ledger.js';
import { DEFAULT_SYNTHETIC_ENTRIES, SYNTHETIC_REGION_NAMES, syntheticRegion, type SyntheticScale } from './synthetic-region.js';
import { SYNTHETIC_AUDIT_ACTION, type SyntheticRegionStore, type SyntheticRunSummary } from './synthetic.types.js';

export interface SyntheticStores {
  orgs: Pick<OrgStore, 'findSiblingByName' | 'countDescendants'>;
  audit: AuditStore;
  activityImport: Pick<ActivityImportStore, 'loadCatalogue' | 'insertEntries'>;
  synthetic: SyntheticRegionStore;
}

/** Entries per transaction: big enough to amortise the commit, small enough for flat memory. */
export const SYNTHETIC_BATCH = 50_000;
export const DEFAULT_SYNTHETIC_SEED = 1;

export interface SyntheticOptions {
  scale: SyntheticScale;
  /** Default: DEFAULT_SYNTHETIC_ENTRIES of the scale. */
  entries?: number;
  seed?: number;
  /** The last day of the two years the entries cover (default: now). */
  today?: Date;
  batchSize?: number;
  onProgress?: (progress: SyntheticProgress) => void;
}

export interface SyntheticProgress {
  phase: 'units' | 'entries';
  done: number;
  total: number;
  /** Since the phase started. */
  seconds: number;
}

export type SyntheticResult =
  | { created: true; region: string; regionId: number; summary: SyntheticRunSummary; unitSeconds: number }
  | { created: false; region: string; regionId: number; units: number; summary: SyntheticRunSummary | undefined };

const since = (start: number) => (performance.now() - start) / 1000;

/**
 * Synthetic benchmark regions (合成县 / 合成州 / 合成省): a generated tree and a generated ledger,
 * written in bulk. Idempotent per scale: when the region's top unit exists nothing is added.
 */
export class SyntheticRegionService {
  constructor(
    private readonly stores: SyntheticStores,
    private readonly transact: Transactor<SyntheticStores>,
  ) {}

  async generate(options: SyntheticOptions): Promise<SyntheticResult> {
    const region = SYNTHETIC_REGION_NAMES[options.scale];
    const existing = await this.stores.orgs.findSiblingByName(null, region);
    if (existing) return this.describeExisting(region, existing.id, existing.path);

    const seed = options.seed ?? DEFAULT_SYNTHETIC_SEED;
    const total = options.entries ?? DEFAULT_SYNTHETIC_ENTRIES[options.scale];
    const units = syntheticRegion(options.scale);
    const unitsStarted = performance.now();
    // The tree goes in whole (one transaction), re-checking inside it that nobody made it meanwhile.
    const ids = await this.transact(async (s) => {
      if (await s.orgs.findSiblingByName(null, region)) return undefined;
      return s.synthetic.insertTree(units, new Date().toISOString());
    });
    if (!ids) return this.generate(options);
    const unitSeconds = since(unitsStarted);
    options.onProgress?.({ phase: 'units', done: units.length, total: units.length, seconds: unitSeconds });

    const regionId = ids[0]!;
    const ledgerUnits = units.map((u, i) => ({ id: ids[i]!, name: u.name, kind: u.kind, tier: u.tier }));
    const started = performance.now();
    const entries = await this.writeLedger(ledgerUnits, { ...options, seed, total });
    const summary: SyntheticRunSummary = { scale: options.scale, seed, units: units.length, entries, seconds: Math.round(since(started) * 10) / 10 };
    await this.stores.audit.record({
      userId: null,
      action: SYNTHETIC_AUDIT_ACTION,
      entity: 'org_unit',
      entityId: regionId,
      orgUnitId: regionId,
      after: summary,
    });
    return { created: true, region, regionId, summary, unitSeconds };
  }

  /**
   * One transaction per batch: an interrupted run keeps the batches before it (see the CLI help).
   * No audit row per entry: nobody entered these, and millions of audit rows would only distort
   * the benchmark; the run's summary row records what was generated.
   */
  private async writeLedger(units: LedgerUnit[], options: SyntheticOptions & { seed: number; total: number }): Promise<number> {
    const started = performance.now();
    const catalogue = await this.stores.activityImport.loadCatalogue();
    const ledger = syntheticLedger(
      { units, catalogue, seed: options.seed, total: options.total, today: options.today ?? new Date() },
      options.batchSize ?? SYNTHETIC_BATCH,
    );
    const restoreCache = await this.stores.synthetic.enlargeCache();
    let done = 0;
    try {
      for (const batch of ledger) {
        await this.transact((s) => s.activityImport.insertEntries(batch, null));
        done += batch.length;
        options.onProgress?.({ phase: 'entries', done, total: options.total, seconds: since(started) });
      }
    } finally {
      await restoreCache();
    }
    return done;
  }

  private async describeExisting(region: string, regionId: number, path: string): Promise<SyntheticResult> {
    const [descendants, summary] = await Promise.all([this.stores.orgs.countDescendants(path), this.stores.synthetic.findRunSummary(regionId)]);
    return { created: false, region, regionId, units: descendants + 1, summary };
  }
}
