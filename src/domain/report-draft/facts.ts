import type { ReportKind } from '../../contracts/report.contract.js';
import type { StatsStatus } from '../../contracts/stats.contract.js';
import type { ProgressState, TargetPeriod } from '../../contracts/target.contract.js';

/**
 * Everything a draft is written from, already read from the statistics: plain data, so drafting
 * itself is a pure function (same facts, same draft) and can be tested without a database.
 * Every value here is what the statistics answer for the question the draft will bind to it.
 */
export interface DraftFacts {
  org: { id: number; name: string; kind: string };
  kind: ReportKind;
  from: string;
  to: string;
  status: StatsStatus;
  /** The day the report is dated: `to` when it has passed, else today. */
  reportDate: string;
  /** Stamped on every figure as `refreshedAt`. */
  now: string;
  /** Org kind code → Chinese name (村, 学校…) and whether it is an area (乡镇, 村) rather than an institution. */
  orgKinds: Array<{ code: string; name: string; isArea: boolean }>;
  indicators: IndicatorFact[];
  /** Categories in catalogue order, each with its types and this period's totals. */
  categories: CategoryFact[];
  /** Every total of the period: `entries` and each indicator code (display units, 元 for money). */
  totals: Record<string, number>;
  /** Tags with entries in the period (carrier = 八进, theme…), catalogue order. */
  tags: Array<{ id: number; kind: string; name: string; entries: number }>;
  /** Child units with entries of their subtree in the period (本级 left out). */
  children: Array<{ id: number; name: string; kind: string; entries: number }>;
  /** Entries per month of the period, in order. */
  months: Array<{ key: string; entries: number }>;
  /** Active units of the subtree (the unit itself included) and how many recorded anything of their own. */
  coverage: { units: number; reporting: number; gaps: Array<{ name: string; pathName: string; kind: string }> };
  /** Active units of the subtree by kind (the unit itself included when of that kind). */
  unitsByKind: Array<{ kind: string; count: number }>;
  /** Campaign periods (民族团结教育月) overlapping the period, clipped to it, with their entries. */
  campaigns: Array<{ name: string; from: string; to: string; entries: number }>;
  /** Targets of the year of `to`, judged on `asOf` (approved entries). */
  targets: { year: number; asOf: string; items: TargetFact[]; lagging: string[] };
  /** Targets set for the next year, for 下一步工作打算. */
  nextTargets: { year: number; items: PlannedTarget[] };
}

export interface IndicatorFact {
  code: string;
  name: string;
  unit: string;
  money: boolean;
}

export interface TypeFact {
  id: number;
  code: string;
  name: string;
  /** This period's totals: `entries` and every indicator code. */
  totals: Record<string, number>;
  /** Entries of the same period a year earlier. */
  lastYearEntries: number;
}

export interface CategoryFact {
  id: number;
  code: string;
  name: string;
  /** Entries of the category (all its types) in the period. */
  entries: number;
  /** Types with entries in the period, catalogue order. */
  types: TypeFact[];
}

/** A target judged on the unit itself, with what was reached by `asOf`. */
export interface TargetFact {
  metricLabel: string;
  indicatorCode: string | null;
  typeId: number | null;
  typeName: string | null;
  unit: string;
  money: boolean;
  period: TargetPeriod;
  goal: number;
  actual: number;
  state: ProgressState;
  /** Labels of the periods that ended below their goal (2025年第一季度). */
  missedPeriods: string[];
}

/** A target of the next year, for the plans. */
export interface PlannedTarget {
  indicatorCode: string | null;
  indicatorName: string | null;
  typeName: string | null;
  /** The category code of the type (edu, exchange…), or null for a target on all entries. */
  categoryCode: string | null;
  unit: string;
  money: boolean;
  period: TargetPeriod;
  amount: number;
  appliesTo: 'self' | 'descendants';
  childKind: string | null;
  /** Set above for each unit of this one's kind (每所学校每月…): this unit's own goal. */
  fromAbove: boolean;
}
