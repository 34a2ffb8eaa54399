/**
 * How a summary report (总结汇报材料) writes a figure: exact (5245名), rounded down with 余/多
 * (300余场次, 50多万元), money in 元/万元/亿元 (1.24亿元), percentages (42.96%), and Chinese
 * numerals for counts and headings (一是, （二）). Only the text is rounded; the data stays exact.
 *
 * Arithmetic is on exact decimals (BigInt digits × 10^exponent) read from the number's shortest
 * text, so rounding never meets binary-fraction error (0.29 × 100 is 28.999… in floating point).
 */

/** How a figure is written; the writer picks one per figure. */
export type NumberStyle = 'exact' | 'approx' | 'approx_duo' | 'wan' | 'money' | 'percent' | 'chinese';

/** What a figure measures: a count, money in 分 or in 元, or a ratio (0.4296 for 42.96%). */
export type FigureKind = 'count' | 'money_fen' | 'money_yuan' | 'ratio';

/** The word that marks a figure rounded down: 余 (300余场次) or 多 (300多场次). */
export type ApproxMarker = '余' | '多';

/** Options of `formatFigure`; each says where it applies. */
export interface FigureOptions {
  /** Measure word after the number (场次, 户, 份, 名, 人次); money always writes 元 and percent %. */
  unit?: string;
  /** Defaults: money_fen for the money style, ratio for percent, count for the rest. */
  kind?: FigureKind;
  /** Most decimals for exact, wan, money (≤ 2) and percent; default 2, trailing zeros dropped. */
  decimals?: number;
  /** Money only: round down as the approx styles do and mark it (20余万元, 1.2亿余元, 50多万元). */
  approx?: ApproxMarker;
  /** Chinese numerals only: 两 for a leading 2 as counts say it (两年, 两千, 一万两千), never 十两. */
  liang?: boolean;
}

/** An exact non-negative decimal: digits × 10^exponent. */
interface Decimal {
  digits: bigint;
  exponent: number;
}

const MAX_DECIMALS = 6;
const MONEY_MAX_DECIMALS = 2;
const DEFAULT_DECIMALS = 2;
const YI = 8;
const WAN = 4;
const TIER_WORD: Readonly<Record<number, string>> = { 0: '', [WAN]: '万', [YI]: '亿' };

/**
 * Precision of a rounded-down (余/多) figure, by the size of the true value; steps are powers of
 * ten, written in the tier (元/万/亿) the genre uses for that size:
 *   below 10             exact, no marker              7 → 7场次
 *   10 – 99              down to tens                  37 → 30余场次
 *   100 – 9,999          down to hundreds              312 → 300余场次, 7580 → 7500余户, 9999 → 9900余
 *   10,000 – 99,999      down to 0.1万 (1,000)         14,230 → 1.4万余份
 *   100,000 – 99,999,999 down to whole 万 (10,000)     123,456 → 12万余, 12,345,678 → 1234万余
 *   100,000,000 and up   down to 0.01亿 (1,000,000)    124,500,000 → 1.24亿余, 124,000,000 → 1.24亿
 * Every band starts at a multiple of its own step, so rounding down never leaves the band; a value
 * already on its step is written without a marker (300场次, 1万).
 */
const APPROX_BANDS: readonly { from: number; step: number; tier: number }[] = [
  { from: 8, step: 6, tier: YI },
  { from: 5, step: 4, tier: WAN },
  { from: 4, step: 3, tier: WAN },
  { from: 2, step: 2, tier: 0 },
  { from: 1, step: 1, tier: 0 },
];

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const PLACE_CHARS = ['', '十', '百', '千'] as const;
// Four-digit sections; 万亿 covers every safe integer (< 9.01 × 10^15).
const SECTION_WORDS = ['', '万', '亿', '万亿'] as const;

/** A figure as a report sentence writes it, unit appended: 5245名, 300余场次, 1.24亿元, 42.96%, 两年. */
export function formatFigure(value: number, style: NumberStyle, options: FigureOptions = {}): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`A report figure must be finite and not negative, got ${value}`);
  const kind = options.kind ?? (style === 'money' ? 'money_fen' : style === 'percent' ? 'ratio' : 'count');
  const decimals = checkDecimals(options.decimals);
  if (style === 'chinese') {
    requireKind(style, kind, 'count');
    return chineseNumeral(value, options.liang ?? false) + (options.unit ?? '');
  }
  if (style === 'percent') {
    requireKind(style, kind, 'ratio');
    requireUnit(options.unit, '%');
    const ratio = toDecimal(value);
    return `${roundedText({ digits: ratio.digits, exponent: ratio.exponent + 2 }, decimals)}%`;
  }
  if (kind === 'ratio') throw new RangeError(`A ratio is written with the percent style, not ${style}`);
  if (kind === 'money_fen' || kind === 'money_yuan') return formatMoney(toYuan(value, kind), style, options, decimals);
  const unit = options.unit ?? '';
  switch (style) {
    case 'exact':
      return roundedText(toDecimal(value), decimals) + unit;
    case 'approx':
      return approxText(toDecimal(value), '余', unit);
    case 'approx_duo':
      return approxText(toDecimal(value), '多', unit);
    case 'wan':
      return tieredText(toDecimal(value), decimals) + unit;
    case 'money':
      throw new RangeError(`The money style needs kind money_fen or money_yuan, not ${kind}`);
  }
}

/** The lead-in of the n-th point in a list sentence: 一是, 二是, … 十一是 (n from 1). */
export function enumerationPrefix(i: number): string {
  checkOrdinal(i);
  return `${chineseNumeral(i, false)}是`;
}

/** A 公文 heading number by level: 一、 → （一） → 1. → （1）, with full-width brackets and nothing after them. */
export function headingNumber(level: 1 | 2 | 3 | 4, i: number): string {
  checkOrdinal(i);
  switch (level) {
    case 1:
      return `${chineseNumeral(i, false)}、`;
    case 2:
      return `（${chineseNumeral(i, false)}）`;
    case 3:
      return `${i}.`;
    case 4:
      return `（${i}）`;
    default:
      throw new RangeError(`Heading levels are 1 to 4, got ${String(level)}`);
  }
}

function formatMoney(yuan: Decimal, style: NumberStyle, options: FigureOptions, decimals: number): string {
  requireUnit(options.unit, '元');
  // 分 is the finest amount the ledger keeps; a third decimal of 元 would invent precision.
  if (decimals > MONEY_MAX_DECIMALS) throw new RangeError(`Money has at most ${MONEY_MAX_DECIMALS} decimals, got ${decimals}`);
  switch (style) {
    case 'exact':
      return `${roundedText(yuan, decimals)}元`;
    case 'approx':
      return approxText(yuan, '余', '元');
    case 'approx_duo':
      return approxText(yuan, '多', '元');
    case 'wan':
    case 'money':
      return options.approx ? approxText(yuan, options.approx, '元') : `${tieredText(yuan, decimals)}元`;
    default:
      throw new RangeError(`Money cannot be written in the ${style} style`);
  }
}

function toYuan(value: number, kind: 'money_fen' | 'money_yuan'): Decimal {
  const decimal = toDecimal(value);
  if (kind === 'money_yuan') return decimal;
  // Money is stored as whole 分; a fraction of one means the caller passed 元 or an average.
  if (!Number.isInteger(value)) throw new RangeError(`Money in 分 must be a whole number, got ${value}`);
  return { digits: decimal.digits, exponent: decimal.exponent - 2 };
}

/** Rounded down per APPROX_BANDS, with the marker where the genre puts it. */
function approxText(value: Decimal, marker: ApproxMarker, unit: string): string {
  const band = APPROX_BANDS.find((b) => reaches(value, b.from));
  if (!band) return roundedText(value, DEFAULT_DECIMALS) + unit;
  const { steps, exact } = quantize(value, band.step, 'down');
  const number = stepsText(steps, band.tier - band.step);
  const word = TIER_WORD[band.tier] ?? '';
  if (exact) return number + word + unit;
  // After a whole number ending in 0 the marker reads "N-odd 万" and goes before the word (20余万元,
  // 50多万元, 10余亿); otherwise it follows the word (12万余, 1.4万多份, 1.2亿余元).
  if (word && number.endsWith('0')) return number + marker + word + unit;
  return number + word + marker + unit;
}

/**
 * Rounded half up to `decimals` in the largest tier the value reaches (元, 万 from 10,000, 亿
 * from 100,000,000); a rounding that reaches the next tier moves to it (99,999,999 → 1亿).
 */
function tieredText(value: Decimal, decimals: number): string {
  let tier = reaches(value, YI) ? YI : reaches(value, WAN) ? WAN : 0;
  let { steps } = quantize(value, tier - decimals, 'half_up');
  if (tier < YI && steps >= 10n ** BigInt(WAN + decimals)) {
    tier += WAN;
    ({ steps } = quantize(value, tier - decimals, 'half_up'));
  }
  return stepsText(steps, decimals) + (TIER_WORD[tier] ?? '');
}

function roundedText(value: Decimal, decimals: number): string {
  return stepsText(quantize(value, -decimals, 'half_up').steps, decimals);
}

/** The number's shortest text (what JSON and the ledger meant) read as an exact decimal. */
function toDecimal(value: number): Decimal {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Not a non-negative number: ${value}`);
  const fraction = match[2] ?? '';
  return { digits: BigInt((match[1] ?? '') + fraction), exponent: Number(match[3] ?? 0) - fraction.length };
}

/** value ÷ 10^exponent as a whole number of steps, rounded down or half up; `exact` if nothing was dropped. */
function quantize(value: Decimal, exponent: number, mode: 'down' | 'half_up'): { steps: bigint; exact: boolean } {
  const shift = value.exponent - exponent;
  if (shift >= 0) return { steps: value.digits * 10n ** BigInt(shift), exact: true };
  const divisor = 10n ** BigInt(-shift);
  const rest = value.digits % divisor;
  const steps = value.digits / divisor;
  return { steps: mode === 'half_up' && rest * 2n >= divisor ? steps + 1n : steps, exact: rest === 0n };
}

function reaches(value: Decimal, exponent: number): boolean {
  return quantize(value, exponent, 'down').steps >= 1n;
}

/** steps × 10^-decimals without trailing zeros or separators: (12345n, 2) → 123.45, (140n, 2) → 1.4, (3n, -2) → 300. */
function stepsText(steps: bigint, decimals: number): string {
  if (decimals <= 0) return (steps * 10n ** BigInt(-decimals)).toString();
  const text = steps.toString().padStart(decimals + 1, '0');
  const fraction = text.slice(-decimals).replace(/0+$/, '');
  return fraction ? `${text.slice(0, -decimals)}.${fraction}` : text.slice(0, -decimals);
}

/** Whole numbers as the genre reads them: 十, 十一, 一百零一, 一百一十, 一万零一十, 十万, 一亿零一万. */
function chineseNumeral(n: number, liang: boolean): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Chinese numerals are for whole numbers, got ${n}`);
  if (n === 0) return DIGIT_CHARS[0];
  const sections: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) sections.push(rest % 10_000);
  let text = '';
  let gap = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i] ?? 0;
    if (section === 0) {
      gap = text !== '';
      continue;
    }
    const word = SECTION_WORDS[i] ?? '';
    // A skipped section or a short one (一万零一十) is read as a single 零 before it.
    if (text !== '' && (gap || section < 1000)) text += DIGIT_CHARS[0];
    text += sectionNumeral(section, { lead: text === '', whole: sections.length === 1, word, liang }) + word;
    gap = false;
  }
  return text;
}

interface SectionContext {
  /** The number's first section, where 10–19 read 十… rather than 一十…. */
  lead: boolean;
  /** The section is the whole number (below 10,000). */
  whole: boolean;
  word: string;
  liang: boolean;
}

/** One four-digit section (1–9999), inner zeros read as one 零 and trailing zeros silent. */
function sectionNumeral(section: number, context: SectionContext): string {
  let text = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(section / 10 ** place) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    if (zero) text += DIGIT_CHARS[0];
    zero = false;
    const first = text === '';
    if (digit === 1 && place === 1 && first && context.lead) text += PLACE_CHARS[1];
    else text += digitChar(digit, first && liangApplies(place, context)) + (PLACE_CHARS[place] ?? '');
  }
  return text;
}

// 两 leads a section before 百/千 (两百, 一万两千), stands alone before 万/亿 (两万) or is the whole
// number (两年); the tens and a trailing ones digit keep 二 (二十, 十二, 一百零二).
function liangApplies(place: number, context: SectionContext): boolean {
  if (!context.liang || place === 1) return false;
  return place >= 2 || context.word !== '' || context.whole;
}

function digitChar(digit: number, liang: boolean): string {
  return digit === 2 && liang ? '两' : (DIGIT_CHARS[digit] ?? '');
}

function checkDecimals(decimals: number | undefined): number {
  if (decimals === undefined) return DEFAULT_DECIMALS;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be a whole number from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
  return decimals;
}

function checkOrdinal(i: number): void {
  if (!Number.isSafeInteger(i) || i < 1) throw new RangeError(`Numbering starts at 1, got ${i}`);
}

function requireKind(style: NumberStyle, kind: FigureKind, expected: FigureKind): void {
  if (kind !== expected) throw new RangeError(`The ${style} style writes a ${expected}, not ${kind}`);
}

// Money and percent write their own unit; any other one would be a caller's mistake (a 万元 column read as 元).
function requireUnit(unit: string | undefined, own: string): void {
  if (unit !== undefined && unit !== own) throw new RangeError(`This figure writes ${own}, not ${unit}`);
}
