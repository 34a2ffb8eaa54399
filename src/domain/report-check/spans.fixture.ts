import type { Finding, RuleId } from './types.js';

/** The span of the `nth` occurrence of `needle` in `text`, as a finding reports it. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

/** Findings of one rule reduced to their spans, for exact comparisons. */
export function spansOf(findings: readonly Finding[], rule: RuleId): Array<{ start: number; end: number; text: string }> {
  return findings.filter((f) => f.rule === rule).map(({ start, end, text }) => ({ start, end, text }));
}

/** Findings the UI would show as problems: errors and warnings. */
export function problems(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}
