/**
 * Findings of one kind in one paragraph shown as one card: seventeen half-width commas of a
 * paragraph are one problem to the reader, fixed in one pass. A kind is a rule at a severity.
 * `figure_mismatch` findings stay apart: each is a different figure with its own ledger value.
 * The checker's result itself stays one finding per span (the CLI's --json, the text marks).
 */
import type { RuleId, Severity } from './types.js';

/** What grouping needs of a finding (the checker's Finding and the API's FindingView both fit). */
export interface GroupableFinding {
  rule: RuleId | string;
  severity: Severity;
  start: number;
}

const UNGROUPED: ReadonlySet<string> = new Set<RuleId>(['figure_mismatch']);

/** 0-based paragraph (line) index of each offset, by binary search over the line starts. */
function paragraphFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * Indexes of `findings` gathered per rule, severity and paragraph, each group in the findings'
 * order and the groups ordered by their first member; `figure_mismatch` findings stay alone.
 */
export function groupByParagraph(text: string, findings: readonly GroupableFinding[]): number[][] {
  const paragraphOf = paragraphFinder(text);
  const groups = new Map<string, number[]>();
  findings.forEach((f, index) => {
    const key = UNGROUPED.has(f.rule) ? `#${index}` : `${f.rule}|${f.severity}|${paragraphOf(f.start)}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return [...groups.values()];
}
