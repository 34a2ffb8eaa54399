import type { TargetPeriod, TargetScope } from '../../../contracts/target.contract.js';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';

/** A target row with what its display needs: unit, indicator and type names. */
export interface TargetRecord {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  year: number;
  indicator: { id: number; code: string; name: string; unit: string; valueKind: ValueKind; scale: number; slot: number } | null;
  type: { id: number; name: string; parentId: number | null } | null;
  period: TargetPeriod;
  /** Scaled like the indicator (money in 分); a count for entry targets. */
  amount: number;
  appliesTo: TargetScope;
  childKind: string | null;
  note: string;
  active: boolean;
  version: number;
  updatedAt: string;
}

export interface NewTarget {
  orgId: number;
  year: number;
  indicatorId: number | null;
  typeId: number | null;
  period: TargetPeriod;
  amount: number;
  appliesTo: TargetScope;
  childKind: string | null;
  note: string;
  userId: number | null;
  now: string;
}

export interface TargetPatch {
  amount?: number;
  period?: TargetPeriod;
  note?: string;
  active?: boolean;
}

/** What the target service needs from storage; `TargetRepository` implements it on Kysely. */
export interface TargetStore {
  findById(id: number): Promise<TargetRecord | undefined>;
  /** Targets of a year defined at any of these units. */
  listForUnits(orgIds: number[], year: number | undefined, includeInactive: boolean): Promise<TargetRecord[]>;
  /** Active targets of a year defined at units of the subtree at `path` (the unit included). */
  listInSubtree(path: string, year: number): Promise<TargetRecord[]>;
  insert(t: NewTarget): Promise<number>;
  /** Applies the patch only if the stored version still matches; false otherwise. */
  update(id: number, patch: TargetPatch, expected: { version: number; userId: number | null; now: string }): Promise<boolean>;
  findIndicatorByCode(code: string): Promise<{ id: number; scale: number; valueKind: ValueKind } | undefined>;
  findType(id: number): Promise<{ id: number; parentId: number | null } | undefined>;
  /** Whether entries of the type (or, for a category, of any type under it) can record the indicator. */
  typeRecordsIndicator(typeId: number, indicatorId: number): Promise<boolean>;
  orgKindExists(code: string): Promise<boolean>;
}
