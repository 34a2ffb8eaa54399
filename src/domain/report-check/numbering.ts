/**
 * `numbering`: heading numbers per level (一、 → （一） → 1. → （1）), each level restarting under
 * its parent. Decisions:
 * - gaps, repeats and numbers out of order are errors; a 一、 after a finished sequence starts a
 *   new document (several reports pasted into one file), reported as info;
 * - a level-1 number that turns up while an earlier one is still missing (`五、` after `（四）` in
 *   section 二, before `三、`) is misplaced, most likely a level-2 heading written wrongly;
 * - wrong punctuation (`1、`, `一.`, `（一）、`) is a warning;
 * - a skipped level (`1.` directly under `一、`) is a warning once per document: the genre and
 *   公文 practice allow skipping levels in short texts (越级可用, 倒置不可), but the writer should know;
 * - half-width brackets `(一)` are info.
 */
import { canonicalMarker, parseHeading, type Heading, type HeadingLevel } from './headings.js';
import { numberingMessages as msg } from './messages.js';
import { toChineseNumeral } from './numerals.js';
import { makeFinding, type Line } from './text.js';
import type { Finding } from './types.js';

const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

function punctuationFindings(text: string, h: Heading): Finding[] {
  const out: Finding[] = [];
  const correct = canonicalMarker(h.level, h.number);
  const wrong =
    (h.level === 1 && h.punct !== '、' && msg.whyChinese) ||
    ((h.level === 2 || h.level === 4) && h.punct !== '' && msg.whyBracket) ||
    (h.level === 3 && !['.', '．'].includes(h.punct) && msg.whyArabic);
  if (wrong) out.push(makeFinding(text, 'numbering', 'warning', msg.punctuation(h.marker.trim(), correct, wrong), h.start, h.end));
  if (h.halfWidth) out.push(makeFinding(text, 'numbering', 'info', msg.halfWidth(h.marker.trim(), correct), h.start, h.end));
  return out;
}

/** Walks the headings of one file, keeping the counters of the current document. */
class SequenceChecker {
  private counters = [0, 0, 0, 0, 0];
  private present = [false, false, false, false, false];
  private accepted: Array<Heading | undefined> = [];
  private skipReported = false;
  readonly findings: Finding[] = [];

  constructor(
    private readonly text: string,
    private readonly headings: readonly Heading[],
  ) {}

  run(): Finding[] {
    this.headings.forEach((h, i) => this.visit(h, i));
    return this.findings;
  }

  private report(severity: Finding['severity'], h: Heading, message: string): void {
    this.findings.push(makeFinding(this.text, 'numbering', severity, message, h.start, h.end));
  }

  private visit(h: Heading, i: number): void {
    const k = h.level;
    const last = this.counters[k] ?? 0;
    if (k === 1 && h.number === 1 && last >= 1) {
      const next = this.headings.slice(i + 1).find((x) => x.level === 1);
      if (next && next.number === last + 1) {
        this.report('error', h, msg.repeat(h.marker.trim()));
        return;
      }
      this.report('info', h, msg.restart(h.marker.trim()));
      this.counters = [0, 0, 0, 0, 0];
      this.present = [false, false, false, false, false];
      this.accepted = [];
      this.skipReported = false;
    }
    const expected = (this.counters[k] ?? 0) + 1;
    if (h.number === expected) return this.accept(h);
    if (h.number < expected) {
      const previous = this.accepted[k];
      const message = h.number === expected - 1 || !previous ? msg.repeat(h.marker.trim()) : msg.backwards(h.marker.trim(), previous.marker.trim());
      this.report('error', h, message);
      return this.accept(h);
    }
    if (!this.comesLater(i, k, expected)) {
      this.report('error', h, msg.gap(h.marker.trim(), canonicalMarker(k, expected)));
      return this.accept(h);
    }
    if (k === 1) return this.misplacedLevelOne(h, expected);
    this.report('error', h, msg.outOfOrder(h.marker.trim(), canonicalMarker(k, expected)));
  }

  /** Whether the expected number still appears under the same parent (or, for level 1, in this document). */
  private comesLater(i: number, level: HeadingLevel, expected: number): boolean {
    for (const x of this.headings.slice(i + 1)) {
      if (level === 1 && x.level === 1 && x.number === 1) return false;
      if (level > 1 && x.level < level) return false;
      if (x.level === level && x.number === expected) return true;
    }
    return false;
  }

  private misplacedLevelOne(h: Heading, expected: number): void {
    const sub = this.accepted[2];
    const subCount = this.counters[2] ?? 0;
    if (sub && this.present[2] && h.number === subCount + 1) {
      const section = toChineseNumeral(this.counters[1] ?? 0);
      this.report('error', h, msg.levelOneInside(h.marker.trim(), section, sub.marker.trim(), canonicalMarker(1, expected), canonicalMarker(2, h.number)));
      // Read on as the level-2 heading it most likely is, so its children are numbered from 1.
      this.setLevel({ ...h, level: 2 }, 2, h.number);
      return;
    }
    this.report('error', h, msg.levelOneMisplaced(h.marker.trim(), canonicalMarker(1, expected)));
  }

  private accept(h: Heading): void {
    const k = h.level;
    const ancestor = LEVELS.filter((a) => a < k && this.present[a]).pop();
    if (ancestor !== undefined && ancestor < k - 1 && !this.skipReported) {
      const parent = this.accepted[ancestor];
      const missing = canonicalMarker((k - 1) as HeadingLevel, 1);
      if (parent) this.report('warning', h, msg.skippedLevel(h.marker.trim(), parent.marker.trim(), missing));
      this.skipReported = true;
    }
    this.setLevel(h, k, Math.max(this.counters[k] ?? 0, h.number));
  }

  private setLevel(h: Heading, k: HeadingLevel, count: number): void {
    this.counters[k] = count;
    this.present[k] = true;
    this.accepted[k] = h;
    for (const j of LEVELS.filter((j) => j > k)) {
      this.counters[j] = 0;
      this.present[j] = false;
      this.accepted[j] = undefined;
    }
  }
}

/** Heading numbering problems of the whole text (which may hold several pasted reports). */
export function findNumberingProblems(text: string, lines: readonly Line[]): Finding[] {
  const headings = lines.map(parseHeading).filter((h): h is Heading => h !== undefined);
  const out = headings.flatMap((h) => punctuationFindings(text, h));
  return [...out, ...new SequenceChecker(text, headings).run()];
}
