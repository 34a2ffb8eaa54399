/**
 * Report checker (材料体检): pure rules over the plain text of a summary report (extracted from a
 * .docx or pasted), for any report, Shiliu-made or not. Each rule group lives in its own file.
 */
import { InvalidError } from '../errors.js';
import { findBreakdownMismatches } from './breakdowns.js';
import { findConflicts } from './consistency.js';
import { findDatesOutOfPeriod } from './dates.js';
import { findDebris } from './debris.js';
import { findFigureMismatches, findRewrittenFigures } from './figures.js';
import { findInlineSequenceProblems } from './inline-sequence.js';
import { findMasked } from './masked.js';
import { periodErrors } from './messages.js';
import { findMissingNumbers } from './missing-number.js';
import { findNumberingProblems } from './numbering.js';
import { findPlaceholders } from './placeholders.js';
import { findHalfWidthPunctuation } from './punctuation.js';
import { overlaps, splitLines } from './text.js';
import type { CheckOptions, Finding, ReportPeriod, Severity } from './types.js';

export { RULES, SEVERITY_LABELS } from './messages.js';
export { summarizeFindings, type FindingSummary } from './summary.js';
export { groupByParagraph, type GroupableFinding } from './grouping.js';
export { locateFigureMarks, type MarkLocation } from './figures.js';
export type { CheckOptions, FigureBinding, FigureMark, Finding, ReportPeriod, RuleId, Severity } from './types.js';

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function assertPeriod(period: ReportPeriod): void {
  if (!ISO_DAY.test(period.from) || !ISO_DAY.test(period.to) || period.from > period.to) {
    throw new InvalidError('REPORT_PERIOD_INVALID', periodErrors.invalid);
  }
}

const within = (outer: Finding, inner: Finding): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Drops a finding when an earlier one of the same rule already covers any of its text. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    if (!kept.some((k) => k.rule === f.rule && k.severity === f.severity && overlaps(k, f))) kept.push(f);
  }
  return kept;
}

/**
 * Checks a report's text and returns every finding sorted by position. With `period`, dates are
 * checked against it (throws InvalidError for a malformed period); with `figures`, Shiliu's bound
 * figures are compared with the ledger values they should read; with `marks`, the figures of a
 * .docx Shiliu wrote are found by their context and compared with what was written.
 */
export function checkReport(text: string, options: CheckOptions = {}): Finding[] {
  if (options.period) assertPeriod(options.period);
  const lines = splitLines(text);
  const debris = findDebris(text, lines);
  // `www.xxx.com` is a URL, not a placeholder: debris wins where they overlap.
  const placeholders = dedupe([...findPlaceholders(text), ...findMissingNumbers(text)]).filter((p) => !debris.some((d) => within(d, p)));
  const findings = [
    ...placeholders,
    ...findMasked(text),
    ...findNumberingProblems(text, lines),
    ...findInlineSequenceProblems(text, lines),
    ...findBreakdownMismatches(text),
    ...findConflicts(text),
    // Debris is deleted whole, so its commas need no fixing of their own.
    ...findHalfWidthPunctuation(text, lines).filter((p) => !debris.some((d) => overlaps(d, p))),
    ...debris,
    ...(options.period ? findDatesOutOfPeriod(text, lines, options.period) : []),
    ...(options.figures ? findFigureMismatches(text, options.figures) : []),
    ...(options.marks ? findRewrittenFigures(text, options.marks) : []),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
}
