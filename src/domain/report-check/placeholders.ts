/**
 * `placeholder`: template blanks nobody filled in — `XX 区`, `X 人`, `20xx年`, `5月x日`, `××县`,
 * `某某`, `***`, `___`, `□□`, `〇〇`, empty brackets, full-width spaces inside a sentence. A Latin letter next to the X (Excel, x86,
 * Xinjiang) or a measure-less single X (X光) is ordinary writing, not a blank.
 */
import { placeholderMessages } from './messages.js';
import { charAfter, charBefore, context, isCjk, isDigit, isHSpace, isLatin, makeFinding } from './text.js';
import type { Finding } from './types.js';

/** Words a lone X stands in front of when it replaces a number or a place name. */
const AFTER_LONE_X = [
  '平方公里',
  '平方米',
  '万元',
  '亿元',
  '人次',
  '场次',
  '公里',
  '小时',
  '街道',
  '社区',
  '中学',
  '小学',
  '学校',
  '幼儿园',
  '个',
  '名',
  '人',
  '次',
  '场',
  '户',
  '份',
  '元',
  '万',
  '亿',
  '项',
  '所',
  '家',
  '支',
  '例',
  '起',
  '余',
  '多',
  '亩',
  '位',
  '批',
  '件',
  '套',
  '座',
  '条',
  '处',
  '期',
  '届',
  '天',
  '倍',
  '篇',
  '册',
  '辆',
  '间',
  '栋',
  '类',
  '%',
  '％',
  '县',
  '区',
  '市',
  '镇',
  '乡',
  '村',
  '省',
  '州',
  '岁',
];

const COMPONENT = /(\d{0,4}[XxＸｘ]{0,4})[ \u3000]?[年月日号]/g;
const X_TOKEN = /(?<![A-Za-z0-9.\uff21-\uff3a\uff41-\uff5a_])(\d*)([XxＸｘ]+)(?![A-Za-z0-9\uff21-\uff3a\uff41-\uff5a_])/g;
const HAS_X = /[XxＸｘ]/;
const CHINESE_NUMERAL_CHARS = '零〇○一二三四五六七八九十百千万两';

/** A date whose year, month or day may be an X: `20xx年`, `5月x日`, `XX 年 X 月`. */
function dateRegex(): RegExp {
  const c = '(?:\\d{1,4}|\\d{0,2}[XxＸｘ]{1,4})';
  const s = '[ \\u3000]?';
  const day = `${s}${c}${s}[日号]`;
  const month = `${s}${c}${s}月(?:${day})?`;
  // A lone `XX号` is a document number, not a date; it is left to the token rule.
  return new RegExp(`(?<![A-Za-z0-9.])(?:${c}${s}年(?:${month})?|${c}${s}月(?:${day})?|${c}${s}日)`, 'g');
}

/** The span up to the end of the last date component that still holds an X (`20xx年10月` → `20xx年`). */
function datePlaceholderEnd(match: string): number {
  let end = 0;
  COMPONENT.lastIndex = 0;
  for (let m = COMPONENT.exec(match); m; m = COMPONENT.exec(match)) {
    if (HAS_X.test(m[1] ?? '')) end = m.index + m[0].length;
  }
  return end;
}

function followingWord(text: string, index: number): { word: string; end: number } | undefined {
  let i = index;
  while (i < text.length && isHSpace(text[i])) i += 1;
  const rest = text.slice(i, i + 4);
  const word = AFTER_LONE_X.find((w) => rest.startsWith(w));
  return word ? { word, end: i + word.length } : undefined;
}

/** The placeholder with what follows it (`X 人`, `xx中学`), to say where it sits. */
function where(text: string, start: number, end: number): string {
  const measure = followingWord(text, end);
  if (measure) return text.slice(start, measure.end);
  let i = end;
  while (i < text.length && isHSpace(text[i])) i += 1;
  let j = i;
  while (j < text.length && j < i + 2 && isCjk(text[j])) j += 1;
  return text.slice(start, j).trim();
}

function findDatePlaceholders(text: string, out: Finding[]): void {
  const re = dateRegex();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!HAS_X.test(m[0])) continue;
    const end = m.index + datePlaceholderEnd(m[0]);
    const date = text.slice(m.index, end);
    out.push(makeFinding(text, 'placeholder', 'error', placeholderMessages.date(date), m.index, end));
  }
}

function findXTokens(text: string, taken: Finding[], out: Finding[]): void {
  X_TOKEN.lastIndex = 0;
  for (let m = X_TOKEN.exec(text); m; m = X_TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((f) => f.start < end && start < f.end)) continue;
    const xs = m[2] ?? '';
    const before = charBefore(text, start);
    const after = charAfter(text, end);
    if (isLatin(before) || isLatin(after)) continue;
    if (xs.length === 1) {
      // A lone x is a blank only where a number or a name must stand: `X 人`, `辖 X 个`, `第X届`.
      if ((m[1] ?? '') !== '' || isDigit(before) || isDigit(after)) continue;
      if (!followingWord(text, end) && before !== '第') continue;
    }
    out.push(makeFinding(text, 'placeholder', 'error', placeholderMessages.token(m[0], where(text, start, end)), start, end));
  }
}

function push(text: string, out: Finding[], start: number, end: number, message: string): void {
  out.push(makeFinding(text, 'placeholder', 'error', message, start, end));
}

function findBlanks(text: string, out: Finding[]): void {
  for (const m of text.matchAll(/×+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    // `2×3` is multiplication; `××县` and `×镇` are blanks.
    if (m[0].length === 1 && (isDigit(charBefore(text, start)) || !isCjk(text[end]))) continue;
    push(text, out, start, end, placeholderMessages.token(m[0], where(text, start, end)));
  }
  for (const m of text.matchAll(/某{2,}/g)) {
    push(text, out, m.index, m.index + m[0].length, placeholderMessages.token(m[0], where(text, m.index, m.index + m[0].length)));
  }
  for (const m of text.matchAll(/(?<![*＊])[*＊]{3}(?![*＊])|_{3,}|＿{2,}|□{2,}/g)) {
    const end = m.index + m[0].length;
    push(text, out, m.index, end, placeholderMessages.blank(m[0], where(text, m.index, end)));
  }
  for (const m of text.matchAll(/[〇○]{2,}/g)) {
    const end = m.index + m[0].length;
    // 二〇〇八年 writes a year in Chinese numerals.
    if (CHINESE_NUMERAL_CHARS.includes(text[m.index - 1] ?? ' ') || CHINESE_NUMERAL_CHARS.includes(text[end] ?? ' ')) continue;
    push(text, out, m.index, end, placeholderMessages.blank(m[0], where(text, m.index, end)));
  }
  for (const m of text.matchAll(/【[ \u3000]*】|\[[ \u3000]*\]|〔[ \u3000]*〕|（[ \u3000]*）|\([ \u3000]*\)|“[ \u3000]*”|「[ \u3000]*」/g)) {
    const prev = text[m.index - 1];
    // `print()` in a code sample is not a blank.
    if (m[0].startsWith('(') && (isLatin(prev) || isDigit(prev) || prev === '_')) continue;
    push(text, out, m.index, m.index + m[0].length, placeholderMessages.emptyBrackets(m[0]));
  }
}

const SPACE_RUN = /(?: *\u3000){2,} */g;
const CLAUSE_END = /[，。；！？,;!?]/;

/**
 * Full-width spaces inside a sentence (`授予\u3000\u3000同志称号。`): a name or title cut from a template.
 * Not indentation (paragraph start), not a gap before a right-aligned date (paragraph end), and not
 * between fields (`联系人：张三\u3000\u3000电话：…`) or names of a list, which carry no sentence punctuation after.
 */
function findSpaceBlanks(text: string, out: Finding[]): void {
  for (const m of text.matchAll(SPACE_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isCjk(text[start - 1]) && !/^[“”‘’《》（）]$/.test(text[start - 1] ?? '')) continue;
    if (!isCjk(text[end]) && !/^[“”‘’《》（）]$/.test(text[end] ?? '')) continue;
    const lineEnd = text.slice(end).search(/[\r\n]/);
    const rest = text.slice(end, lineEnd < 0 ? text.length : end + lineEnd);
    const clauseEnd = rest.search(CLAUSE_END);
    if (clauseEnd < 0 || /[：:]/.test(rest.slice(0, clauseEnd))) continue;
    push(text, out, start, end, placeholderMessages.spaceBlank(context(text, start, end, 4, 4)));
  }
}

/** Leftover template placeholders, as `error`s. */
export function findPlaceholders(text: string): Finding[] {
  const dates: Finding[] = [];
  findDatePlaceholders(text, dates);
  const tokens: Finding[] = [];
  findXTokens(text, dates, tokens);
  const blanks: Finding[] = [];
  findBlanks(text, blanks);
  findSpaceBlanks(text, blanks);
  return [...dates, ...tokens, ...blanks];
}
