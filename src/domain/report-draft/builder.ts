import type { Block, ChartSpec, Figure, FigureQuery, FigureStyle, Inline } from '../../contracts/report.contract.js';
import { figureText } from '../report-body/figure-text.js';

/** A figure before it is placed: its question, exact value and how to write it. */
export interface FigureSpec {
  /** What it counts, in Chinese (宣讲/报告会场次). */
  label: string;
  query: FigureQuery;
  value: number;
  /** Measure word (场次, 户); money figures write 元/万元 themselves. */
  unit: string;
  money: boolean;
  /** Forced style (unit counts are always exact); otherwise chosen from the value. */
  style?: FigureStyle;
}

/** Words and figures a phrase template may name: `{who}` is a word, `{sessions}` a figure. */
export interface Slots {
  words?: Record<string, string>;
  figures?: Record<string, FigureSpec | undefined>;
}

// Counts of people read best in 万 once they are large (10.63万人次); other counts round down with 余.
const PEOPLE_UNITS = new Set(['人次', '人', '名', '户次']);
/** 余 may drop at most this share of the value: 437 → 400余 reads true, 160 → 100余 does not. */
const MAX_APPROX_LOSS = 0.1;

/** The value as the approx style writes it, rounded down (see APPROX_BANDS in chinese-number.ts). */
function approxFloor(value: number): number {
  const step = value >= 1e8 ? 1e6 : value >= 1e5 ? 1e4 : value >= 1e4 ? 1e3 : value >= 100 ? 100 : value >= 10 ? 10 : 1;
  return Math.floor(value / step) * step;
}

/**
 * How a figure is written when the phrase does not force a style: small counts exact (7场次,
 * 46场次, 160场次), larger ones rounded down with 余 when that stays close (400余场次, 1.1万余份),
 * large person counts in 万 (4.1万人次), money in 元/万元/亿元.
 */
export function chooseStyle(value: number, unit: string, money: boolean): FigureStyle {
  if (money) return 'money';
  if (value < 100 || !Number.isInteger(value)) return 'exact';
  if (value >= 10_000 && PEOPLE_UNITS.has(unit)) return 'wan';
  return (value - approxFloor(value)) / value <= MAX_APPROX_LOSS ? 'approx' : 'exact';
}

const PLACEHOLDER = /\{(\w+)(?::([^}]+))?\}/g;

/** Appends text to a list of inlines, merging with a text inline before it. */
export function pushText(inlines: Inline[], text: string): void {
  if (!text) return;
  const last = inlines[inlines.length - 1];
  if (last?.kind === 'text') inlines[inlines.length - 1] = { kind: 'text', text: last.text + text };
  else inlines.push({ kind: 'text', text });
}

/** Joins pieces of a sentence (each already a list of inlines) with text between them. */
export function joinInlines(pieces: readonly Inline[][], separator = ''): Inline[] {
  const out: Inline[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) pushText(out, separator);
    for (const inline of piece) {
      if (inline.kind === 'text') pushText(out, inline.text);
      else out.push(inline);
    }
  });
  return out;
}

export function text(s: string): Inline[] {
  return s ? [{ kind: 'text', text: s }] : [];
}

/** The names a template uses, words and figures alike. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Collects a draft's blocks and figures. Figures are registered only when a phrase that quotes
 * them is used, so every figure is referenced; the same question written the same way is one
 * figure, quoted wherever it appears.
 */
export class DraftBuilder {
  readonly blocks: Block[] = [];
  readonly figures: Figure[] = [];
  private readonly byQuestion = new Map<string, string>();

  constructor(private readonly refreshedAt: string) {}

  /** Registers a figure (or finds the same one) and returns its id. */
  figure(spec: FigureSpec, unitOverride?: string): string {
    const unit = spec.money ? '元' : (unitOverride ?? spec.unit);
    const style = spec.style ?? chooseStyle(spec.value, unit, spec.money);
    const key = JSON.stringify([spec.query, style, unit]);
    const existing = this.byQuestion.get(key);
    if (existing) return existing;
    const id = `f${this.figures.length + 1}`;
    this.figures.push({
      id,
      label: spec.label.slice(0, 100),
      query: spec.query,
      style,
      unit,
      value: spec.value,
      text: figureText({ style, unit }, spec.value),
      refreshedAt: this.refreshedAt,
      previousText: null,
    });
    this.byQuestion.set(key, id);
    return id;
  }

  /**
   * A template with its slots filled: `{who}` by a word, `{sessions}` or `{sessions:场}` (another
   * measure word) by a figure. Undefined when a slot is missing or a figure is 0, so a phrase is
   * never written with a blank or a zero in it; nothing is registered in that case.
   */
  fill(template: string, slots: Slots): Inline[] | undefined {
    if (!this.usable(template, slots)) return undefined;
    const out: Inline[] = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      pushText(out, template.slice(at, m.index));
      at = m.index + m[0].length;
      const name = m[1] ?? '';
      const word = slots.words?.[name];
      if (word !== undefined) pushText(out, word);
      else out.push({ kind: 'figure', figureId: this.figure(slots.figures![name]!, m[2]) });
    }
    pushText(out, template.slice(at));
    return out;
  }

  /** Whether every slot of the template is filled and no figure in it is 0. */
  usable(template: string, slots: Slots): boolean {
    return slotsOf(template).every((name) => slots.words?.[name] !== undefined || (slots.figures?.[name]?.value ?? 0) > 0);
  }

  heading(level: 1 | 2 | 3 | 4, section: string, headingText: string): void {
    this.push({ type: 'heading', level, section, inlines: text(headingText) });
  }

  paragraph(section: string, inlines: Inline[], suggestion = false): void {
    if (inlines.length === 0) return;
    this.push({ type: 'paragraph', section, inlines, ...(suggestion && { suggestion: true }) });
  }

  chart(section: string, chart: ChartSpec): void {
    this.push({ type: 'chart', section, inlines: [], chart });
  }

  push(block: Omit<Block, 'id'>): void {
    this.blocks.push({ id: `b${this.blocks.length + 1}`, ...block });
  }
}
