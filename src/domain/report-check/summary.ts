import { RULES } from './messages.js';
import type { Finding, RuleId, Severity } from './types.js';

export interface FindingSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<RuleId, number>;
  /** The worst severity found, undefined for a clean report. */
  worst: Severity | undefined;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Counts per severity and per rule, for a report's health badge and the checker's side panel. */
export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = Object.fromEntries(Object.keys(RULES).map((r) => [r, 0])) as Record<RuleId, number>;
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byRule[f.rule] += 1;
  }
  return { total: findings.length, bySeverity, byRule, worst: ORDER.find((s) => bySeverity[s] > 0) };
}
