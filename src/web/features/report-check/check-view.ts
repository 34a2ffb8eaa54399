import type { CheckResult, FindingView } from '../../../contracts/report.contract.js';
import { groupByParagraph } from '../../../domain/report-check/grouping.js';

export type Severity = FindingView['severity'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The worse of two severities (error over warning over info). */
export const worse = (a: Severity, b: Severity): Severity => (RANK[a] <= RANK[b] ? a : b);

/** A piece of the checked text; `findings` are indexes of the findings covering all of it. */
export interface TextSegment {
  start: number;
  end: number;
  findings: number[];
  /** The worst severity among `findings`, undefined for unmarked text. */
  severity: Severity | undefined;
}

/** A finding's span, at least one character wide so it can be marked and scrolled to. */
function spanOf(f: FindingView, length: number): [number, number] {
  const start = Math.min(Math.max(f.start, 0), length);
  const end = Math.min(Math.max(f.end, start), length);
  return end > start ? [start, end] : [Math.max(0, Math.min(start, length - 1)), Math.min(start + 1, length)];
}

/**
 * Splits the text at every finding's start and end, so overlapping findings (a figure that is both
 * a conflict and a wrong breakdown) each mark exactly their span.
 */
export function markSegments(text: string, findings: readonly FindingView[]): TextSegment[] {
  const spans = findings.map((f) => spanOf(f, text.length));
  const cuts = [...new Set([0, text.length, ...spans.flat()])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = spans.flatMap(([s, e], index) => (s <= start && end <= e ? [index] : []));
    const severity = covering.reduce<Severity | undefined>(
      (worst, index) => (worst ? worse(worst, findings[index]!.severity) : findings[index]!.severity),
      undefined,
    );
    segments.push({ start, end, findings: covering, severity });
  }
  return segments;
}

/** 1-based line numbers of offsets, by binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export interface FindingItem {
  /** Index into the result's findings. */
  index: number;
  finding: FindingView;
  line: number;
}

/** One card of the list: findings of one kind in one paragraph (a figure_mismatch always alone). */
export interface FindingCard {
  /** In text order; the card shows the first one's message. */
  members: FindingItem[];
  /** The distinct texts of the members, in order of appearance (「,」「;」「(社区)」). */
  texts: string[];
}

export interface FindingGroup {
  rule: string;
  title: string;
  worst: Severity;
  /** Every finding of the rule (what the group's count counts). */
  items: FindingItem[];
  /** The items as the list shows them, one card per paragraph and severity. */
  cards: FindingCard[];
}

/** The index of the member to pick when a card is clicked: the next after the active one, so clicks step through its occurrences. */
export function nextPick(card: FindingCard, active: number | undefined): number {
  const at = card.members.findIndex((m) => m.index === active);
  return (card.members[(at + 1) % card.members.length] ?? card.members[0]!).index;
}

/**
 * Findings grouped by rule, worst groups first (then in the rules' own order), each group in text
 * order, its findings of one severity in one paragraph gathered into one card.
 */
export function groupFindings(result: CheckResult): FindingGroup[] {
  const lineOf = lineFinder(result.text);
  const order = Object.keys(result.rules);
  const groups = new Map<string, FindingGroup>();
  const items = result.findings.map((finding, index) => ({ index, finding, line: lineOf(finding.start) }));
  for (const item of items) {
    const { finding } = item;
    const group = groups.get(finding.rule) ?? {
      rule: finding.rule,
      title: result.rules[finding.rule] ?? finding.rule,
      worst: finding.severity,
      items: [],
      cards: [],
    };
    group.worst = worse(group.worst, finding.severity);
    group.items.push(item);
    groups.set(finding.rule, group);
  }
  for (const members of groupByParagraph(result.text, result.findings)) {
    const cardItems = members.map((i) => items[i]!);
    const texts = [...new Set(cardItems.map((m) => m.finding.text))];
    groups.get(cardItems[0]!.finding.rule)?.cards.push({ members: cardItems, texts });
  }
  const position = (rule: string) => (order.includes(rule) ? order.indexOf(rule) : order.length);
  return [...groups.values()].sort((a, b) => RANK[a.worst] - RANK[b.worst] || position(a.rule) - position(b.rule));
}
