/** Small number parsing for report text: Arabic figures and simple Chinese numerals (up to 万). */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `十九` → 19, `一百零五` → 105, `三万二千` → 32000; undefined when the text is not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const u = UNITS[ch];
    if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = undefined;
      continue;
    }
    if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Arabic (`1.24`, `１２`) or Chinese numeral. */
export function parseNumber(s: string): number | undefined {
  const ascii = s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(s);
}

const NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 21 → 二十一: the form heading numbers take (up to 99). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return NAMES[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NAMES[tens]}十${ones === 0 ? '' : NAMES[ones]}`;
}
