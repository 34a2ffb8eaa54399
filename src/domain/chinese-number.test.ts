import { describe, expect, it } from 'vitest';
import { enumerationPrefix, formatFigure, headingNumber, type ApproxMarker, type NumberStyle } from './chinese-number.js';
import { randomSource } from './random.js';

// The values every style is checked at, with what the genre writes (no unit).
// Columns: exact · approx (余) · approx_duo (多) · wan · money (元, kind money_yuan) · percent (as a ratio) · chinese.
const TABLE: readonly (readonly [number, string, string, string, string, string, string, string])[] = [
  [0, '0', '0', '0', '0', '0元', '0%', '零'],
  [1, '1', '1', '1', '1', '1元', '100%', '一'],
  [9, '9', '9', '9', '9', '9元', '900%', '九'],
  [10, '10', '10', '10', '10', '10元', '1000%', '十'],
  [11, '11', '10余', '10多', '11', '11元', '1100%', '十一'],
  [99, '99', '90余', '90多', '99', '99元', '9900%', '九十九'],
  [100, '100', '100', '100', '100', '100元', '10000%', '一百'],
  [101, '101', '100余', '100多', '101', '101元', '10100%', '一百零一'],
  [999, '999', '900余', '900多', '999', '999元', '99900%', '九百九十九'],
  [1_000, '1000', '1000', '1000', '1000', '1000元', '100000%', '一千'],
  [9_999, '9999', '9900余', '9900多', '9999', '9999元', '999900%', '九千九百九十九'],
  [10_000, '10000', '1万', '1万', '1万', '1万元', '1000000%', '一万'],
  [10_001, '10001', '1万余', '1万多', '1万', '1万元', '1000100%', '一万零一'],
  [12_345, '12345', '1.2万余', '1.2万多', '1.23万', '1.23万元', '1234500%', '一万二千三百四十五'],
  [99_999, '99999', '9.9万余', '9.9万多', '10万', '10万元', '9999900%', '九万九千九百九十九'],
  [100_000, '100000', '10万', '10万', '10万', '10万元', '10000000%', '十万'],
  [12_345_678, '12345678', '1234万余', '1234万多', '1234.57万', '1234.57万元', '1234567800%', '一千二百三十四万五千六百七十八'],
  [99_999_999, '99999999', '9999万余', '9999万多', '1亿', '1亿元', '9999999900%', '九千九百九十九万九千九百九十九'],
  [100_000_000, '100000000', '1亿', '1亿', '1亿', '1亿元', '10000000000%', '一亿'],
  [124_000_000, '124000000', '1.24亿', '1.24亿', '1.24亿', '1.24亿元', '12400000000%', '一亿二千四百万'],
  [1_050_000_000, '1050000000', '10.5亿', '10.5亿', '10.5亿', '10.5亿元', '105000000000%', '十亿五千万'],
];

describe('formatFigure at the reference values', () => {
  it.each(TABLE)('writes %d in every style as the genre does', (value, exact, approx, duo, wan, money, percent, chinese) => {
    expect(formatFigure(value, 'exact')).toBe(exact);
    expect(formatFigure(value, 'approx')).toBe(approx);
    expect(formatFigure(value, 'approx_duo')).toBe(duo);
    expect(formatFigure(value, 'wan')).toBe(wan);
    expect(formatFigure(value, 'money', { kind: 'money_yuan' })).toBe(money);
    expect(formatFigure(value, 'percent')).toBe(percent);
    expect(formatFigure(value, 'chinese')).toBe(chinese);
  });

  it('appends the unit after the number and after any 余/多', () => {
    expect(formatFigure(5245, 'exact', { unit: '名' })).toBe('5245名');
    expect(formatFigure(12_345_678, 'exact', { unit: '人次' })).toBe('12345678人次');
    expect(formatFigure(0, 'approx', { unit: '场次' })).toBe('0场次');
    expect(formatFigure(0, 'approx_duo', { unit: '场次' })).toBe('0场次');
    expect(formatFigure(312, 'approx', { unit: '场次' })).toBe('300余场次');
    expect(formatFigure(14_230, 'approx_duo', { unit: '份' })).toBe('1.4万多份');
  });
});

describe('exact style', () => {
  it('never groups digits and keeps at most two decimals unless told', () => {
    expect(formatFigure(1234.5, 'exact')).toBe('1234.5');
    expect(formatFigure(42.956, 'exact')).toBe('42.96');
    expect(formatFigure(1.005, 'exact')).toBe('1.01');
    expect(formatFigure(3.14159, 'exact', { decimals: 4 })).toBe('3.1416');
    expect(formatFigure(2.5, 'exact', { decimals: 0 })).toBe('3');
  });
});

describe('approx style (余)', () => {
  it.each([
    [7, '7场次'],
    [12, '10余场次'],
    [37, '30余场次'],
    [300, '300场次'],
    [312, '300余场次'],
    [356, '300余场次'],
    [7_580, '7500余场次'],
    [14_230, '1.4万余场次'],
    [20_500, '2万余场次'],
    [103_000, '10余万场次'],
    [123_456, '12万余场次'],
    [1_234_567, '123万余场次'],
    [1_005_000, '100余万场次'],
    [12_345_678, '1234万余场次'],
    [12_305_678, '1230余万场次'],
    [124_500_000, '1.24亿余场次'],
    [120_500_000, '1.2亿余场次'],
    [1_000_500_000, '10余亿场次'],
    [1_005_000_000, '10.05亿场次'],
  ])('writes %d as %s', (value, text) => {
    expect(formatFigure(value, 'approx', { unit: '场次' })).toBe(text);
  });

  it('writes fractions below ten exactly and rounds larger ones down', () => {
    expect(formatFigure(7.5, 'approx')).toBe('7.5');
    expect(formatFigure(10.5, 'approx')).toBe('10余');
    expect(formatFigure(99.99, 'approx')).toBe('90余');
  });
});

describe('approx_duo style (多)', () => {
  it('rounds as 余 does and places 多 the same way', () => {
    expect(formatFigure(356, 'approx_duo', { unit: '场次' })).toBe('300多场次');
    expect(formatFigure(14_230, 'approx_duo', { unit: '份' })).toBe('1.4万多份');
    expect(formatFigure(523_400, 'approx_duo', { unit: '人' })).toBe('52万多人');
    expect(formatFigure(503_000, 'approx_duo', { unit: '人' })).toBe('50多万人');
  });
});

describe('wan style', () => {
  it('writes 万 from ten thousand with two decimals at most, 亿 from a hundred million', () => {
    expect(formatFigure(12_345_678, 'wan', { unit: '人次' })).toBe('1234.57万人次');
    expect(formatFigure(14_000, 'wan')).toBe('1.4万');
    expect(formatFigure(120_000, 'wan')).toBe('12万');
    expect(formatFigure(9_999, 'wan')).toBe('9999');
    expect(formatFigure(12_350, 'wan')).toBe('1.24万');
    expect(formatFigure(99_995_000, 'wan')).toBe('9999.5万');
    expect(formatFigure(12_345_678, 'wan', { decimals: 0 })).toBe('1235万');
  });

  it('moves to the next word when rounding reaches it', () => {
    expect(formatFigure(9_999.999, 'wan')).toBe('1万');
    expect(formatFigure(99_999_999, 'wan')).toBe('1亿');
    expect(formatFigure(99_999_999, 'wan', { decimals: 4 })).toBe('9999.9999万');
  });
});

describe('money style', () => {
  it.each([
    [0, '0元'],
    [500_000, '5000元'],
    [123_450, '1234.5元'],
    [123_456, '1234.56元'],
    [1_000_000, '1万元'],
    [12_345_600, '12.35万元'],
    [1_234_567, '1.23万元'],
    [50_000_000, '50万元'],
    [5_000_000_000, '5000万元'],
    [12_400_000_000, '1.24亿元'],
    [105_000_000_000, '10.5亿元'],
    [9_999_999_999, '1亿元'],
  ])('reads %d 分 as %s', (fen, text) => {
    expect(formatFigure(fen, 'money')).toBe(text);
    expect(formatFigure(fen, 'money', { kind: 'money_fen' })).toBe(text);
  });

  it('reads 元 when told, with the same words', () => {
    expect(formatFigure(1_050_000_000, 'money', { kind: 'money_yuan' })).toBe('10.5亿元');
    expect(formatFigure(1234.56, 'money', { kind: 'money_yuan' })).toBe('1234.56元');
    expect(formatFigure(0.29, 'money', { kind: 'money_yuan' })).toBe('0.29元');
    expect(formatFigure(123_456, 'money', { kind: 'money_yuan', decimals: 1 })).toBe('12.3万元');
  });

  it('rounds down with 余/多 placed before the word after a round number, else after it', () => {
    expect(formatFigure(20_300_000, 'money', { approx: '余' })).toBe('20余万元');
    expect(formatFigure(50_300_000, 'money', { approx: '多' })).toBe('50多万元');
    expect(formatFigure(52_340_000, 'money', { approx: '余' })).toBe('52万余元');
    expect(formatFigure(12_050_000_000, 'money', { approx: '余' })).toBe('1.2亿余元');
    expect(formatFigure(12_400_000_000, 'money', { approx: '余' })).toBe('1.24亿元');
    expect(formatFigure(1_423_000, 'money', { approx: '多' })).toBe('1.4万多元');
    expect(formatFigure(523_400, 'money', { approx: '余' })).toBe('5200余元');
    expect(formatFigure(735, 'money', { approx: '余' })).toBe('7.35元');
    expect(formatFigure(0, 'money', { approx: '余' })).toBe('0元');
  });

  it('writes money in the other styles in 元', () => {
    expect(formatFigure(50_000_000, 'exact', { kind: 'money_fen' })).toBe('500000元');
    expect(formatFigure(1234.5, 'exact', { kind: 'money_yuan' })).toBe('1234.5元');
    expect(formatFigure(20_300_000, 'approx', { kind: 'money_fen' })).toBe('20余万元');
    expect(formatFigure(50_300_000, 'approx_duo', { kind: 'money_fen' })).toBe('50多万元');
    expect(formatFigure(12_345_600, 'wan', { kind: 'money_fen' })).toBe('12.35万元');
    expect(formatFigure(123_456, 'money', { unit: '元' })).toBe('1234.56元');
  });

  it('refuses fractions of a 分, a third decimal, a unit other than 元 and a count kind', () => {
    expect(() => formatFigure(12.5, 'money')).toThrow(RangeError);
    expect(() => formatFigure(100, 'money', { decimals: 3 })).toThrow(RangeError);
    expect(() => formatFigure(100, 'money', { unit: '万元' })).toThrow(RangeError);
    expect(() => formatFigure(100, 'money', { kind: 'count' })).toThrow(RangeError);
    expect(() => formatFigure(100, 'money', { kind: 'ratio' })).toThrow(RangeError);
    expect(() => formatFigure(100, 'chinese', { kind: 'money_fen' })).toThrow(RangeError);
  });
});

describe('percent style', () => {
  it.each([
    [0.4296, '42.96%'],
    [0.623, '62.3%'],
    [0.5, '50%'],
    [1, '100%'],
    [1.5, '150%'],
    [0.12345, '12.35%'],
    [0.00004, '0%'],
    [0.00005, '0.01%'],
    [0.29, '29%'],
    [0.9999, '99.99%'],
    [0.99999, '100%'],
  ])('writes the ratio %d as %s', (ratio, text) => {
    expect(formatFigure(ratio, 'percent')).toBe(text);
    expect(formatFigure(ratio, 'percent', { kind: 'ratio' })).toBe(text);
  });

  it('takes other decimals when told, still without trailing zeros', () => {
    expect(formatFigure(0.4296, 'percent', { decimals: 1 })).toBe('43%');
    expect(formatFigure(0.4256, 'percent', { decimals: 1 })).toBe('42.6%');
    expect(formatFigure(0.4296, 'percent', { decimals: 0 })).toBe('43%');
    expect(formatFigure(0.123456, 'percent', { decimals: 3 })).toBe('12.346%');
  });

  it('refuses a count kind and a unit other than %', () => {
    expect(() => formatFigure(42, 'percent', { kind: 'count' })).toThrow(RangeError);
    expect(() => formatFigure(0.4, 'percent', { unit: '人' })).toThrow(RangeError);
    expect(formatFigure(0.4, 'percent', { unit: '%' })).toBe('40%');
    expect(() => formatFigure(0.4, 'exact', { kind: 'ratio' })).toThrow(RangeError);
  });
});

describe('chinese style', () => {
  it.each([
    [0, '零'],
    [2, '二'],
    [20, '二十'],
    [21, '二十一'],
    [110, '一百一十'],
    [1_001, '一千零一'],
    [1_010, '一千零一十'],
    [1_100, '一千一百'],
    [10_010, '一万零一十'],
    [10_100, '一万零一百'],
    [11_000, '一万一千'],
    [100_001, '十万零一'],
    [110_000, '十一万'],
    [1_000_000, '一百万'],
    [1_100_000, '一百一十万'],
    [10_001_000, '一千万一千'],
    [10_000_100, '一千万零一百'],
    [100_000_001, '一亿零一'],
    [100_010_000, '一亿零一万'],
    [Number.MAX_SAFE_INTEGER, '九千零七万亿一千九百九十二亿五千四百七十四万零九百九十一'],
  ])('writes %d as %s', (value, text) => {
    expect(formatFigure(value, 'chinese')).toBe(text);
  });

  it.each([
    [2, '两'],
    [12, '十二'],
    [20, '二十'],
    [22, '二十二'],
    [102, '一百零二'],
    [200, '两百'],
    [222, '两百二十二'],
    [2_000, '两千'],
    [2_222, '两千二百二十二'],
    [10_002, '一万零二'],
    [12_000, '一万两千'],
    [20_000, '两万'],
    [120_000, '十二万'],
    [220_000, '二十二万'],
    [200_000_000, '两亿'],
  ])('with liang, writes %d as %s', (value, text) => {
    expect(formatFigure(value, 'chinese', { liang: true })).toBe(text);
  });

  it('appends the unit', () => {
    expect(formatFigure(2, 'chinese', { liang: true, unit: '年' })).toBe('两年');
    expect(formatFigure(3, 'chinese', { unit: '个' })).toBe('三个');
  });

  it('reads back every number below 100,000, in canonical form', () => {
    for (let n = 0; n < 100_000; n++) {
      const text = formatFigure(n, 'chinese');
      if (parseChinese(text) !== n) expect.fail(`${n} written as ${text} reads back as ${parseChinese(text)}`);
      if (n > 0 && /零零|零$|^零|^一十|两/.test(text)) expect.fail(`${n} written as ${text} is not canonical`);
    }
  });

  it('refuses fractions', () => {
    expect(() => formatFigure(1.5, 'chinese')).toThrow(RangeError);
  });
});

describe('enumerationPrefix and headingNumber', () => {
  it('numbers list points 一是, 二是 … with 二 not 两', () => {
    expect([1, 2, 3, 10, 11, 20].map(enumerationPrefix)).toEqual(['一是', '二是', '三是', '十是', '十一是', '二十是']);
  });

  it('numbers headings by 公文 level with full-width brackets', () => {
    expect([1, 2, 3, 4].map((level) => headingNumber(level as 1 | 2 | 3 | 4, 1))).toEqual(['一、', '（一）', '1.', '（1）']);
    expect(headingNumber(1, 12)).toBe('十二、');
    expect(headingNumber(2, 10)).toBe('（十）');
    expect(headingNumber(3, 12)).toBe('12.');
    expect(headingNumber(4, 3)).toBe('（3）');
  });

  it('refuses numbers below 1, fractions and unknown levels', () => {
    expect(() => enumerationPrefix(0)).toThrow(RangeError);
    expect(() => headingNumber(1, 1.5)).toThrow(RangeError);
    expect(() => headingNumber(5 as never, 1)).toThrow(RangeError);
  });
});

describe('values no style accepts', () => {
  const styles: NumberStyle[] = ['exact', 'approx', 'approx_duo', 'wan', 'money', 'percent', 'chinese'];
  it.each(styles)('%s refuses negatives and non-finite values', (style) => {
    for (const value of [-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => formatFigure(value, style)).toThrow(RangeError);
    }
  });

  it('refuses decimals outside 0–6', () => {
    expect(() => formatFigure(1, 'exact', { decimals: -1 })).toThrow(RangeError);
    expect(() => formatFigure(1, 'exact', { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatFigure(1, 'exact', { decimals: 7 })).toThrow(RangeError);
  });
});

// Rounding-down precision, restated independently of the module, in hundredths: the step the
// written figure is a multiple of, for a true value of that size.
function stepHundredths(trueHundredths: bigint): bigint {
  const v = trueHundredths / 100n;
  if (v < 10n) return 1n;
  if (v < 100n) return 1_000n;
  if (v < 10_000n) return 10_000n;
  if (v < 100_000n) return 100_000n;
  if (v < 100_000_000n) return 1_000_000n;
  return 100_000_000n;
}

/** Reads an approx figure back: its value in hundredths, its marker, and where the marker stood. */
function parseApprox(text: string, unit: string) {
  const match = /^(\d+)(?:\.(\d+))?(余|多)?(万|亿)?(余|多)?$/.exec(text.slice(0, text.length - unit.length));
  if (!match || !text.endsWith(unit)) throw new Error(`unreadable figure: ${text}`);
  const [, whole = '', fraction = '', before, word, after] = match;
  const wordExponent = word === '亿' ? 8 : word === '万' ? 4 : 0;
  const value = BigInt(whole + fraction) * 10n ** BigInt(wordExponent + 2 - fraction.length);
  return { value, marker: before ?? after, beforeWord: before !== undefined && word !== undefined, number: fraction ? `${whole}.${fraction}` : whole, word };
}

function checkApprox(trueHundredths: bigint, text: string, unit: string, marker: ApproxMarker): void {
  const read = parseApprox(text, unit);
  const step = stepHundredths(trueHundredths);
  const problems = [
    read.value > trueHundredths && 'above the true value',
    trueHundredths - read.value >= step && 'coarser than its step',
    read.value % step !== 0n && 'not a multiple of its step',
    (read.marker !== undefined) !== read.value < trueHundredths && 'marker shown iff rounded',
    read.marker !== undefined && read.marker !== marker && 'wrong marker',
    read.marker === undefined && read.beforeWord && 'stray marker',
    read.marker !== undefined && read.beforeWord !== (read.word !== undefined && /^\d*0$/.test(read.number)) && 'marker misplaced',
    /^0\d/.test(read.number) && 'leading zero',
  ].filter(Boolean);
  if (problems.length > 0) expect.fail(`${trueHundredths} hundredths written ${text}: ${problems.join(', ')}`);
}

describe('approx rounding property', () => {
  it('rounds every whole number up to 200,000 down within its step, marking exactly the inexact ones', () => {
    for (let n = 0; n <= 200_000; n++) {
      checkApprox(BigInt(n) * 100n, formatFigure(n, 'approx', { unit: '户' }), '户', '余');
    }
  });

  it('holds for 2,000 seeded values of every size, in both markers and for money in 分', () => {
    const random = randomSource(20_251_231);
    const draw = (): bigint => {
      switch (random.int(0, 3)) {
        case 0:
          return BigInt(Math.floor(10 ** (random.next() * 11))) * 100n;
        case 1:
          return BigInt(random.int(1, 99)) * 10n ** BigInt(random.int(0, 10)) * 100n;
        case 2:
          return (BigInt(random.pick([10, 100, 10_000, 100_000, 100_000_000])) * BigInt(random.int(1, 20)) + BigInt(random.int(-2, 2))) * 100n;
        default:
          return BigInt(random.int(0, 2_000_000_000));
      }
    };
    for (let i = 0; i < 2_000; i++) {
      const hundredths = draw();
      const value = Number(hundredths) / 100;
      checkApprox(hundredths, formatFigure(value, 'approx', { unit: '场次' }), '场次', '余');
      checkApprox(hundredths, formatFigure(value, 'approx_duo', { unit: '人次' }), '人次', '多');
      checkApprox(hundredths, formatFigure(Number(hundredths), 'money', { approx: '余' }), '元', '余');
      checkApprox(hundredths, formatFigure(value, 'approx_duo', { kind: 'money_yuan' }), '元', '多');
    }
  });
});

const NUMERAL: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1_000 };

/** Test-only reader of Chinese numerals below 一万亿. */
function parseChinese(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of text) {
    const numeral = NUMERAL[char];
    const place = PLACE[char];
    if (numeral !== undefined) digit = numeral;
    else if (place !== undefined) {
      section += (digit || 1) * place;
      digit = 0;
    } else if (char === '万') {
      total += (section + digit) * 10_000;
      section = digit = 0;
    } else if (char === '亿') {
      total = (total + section + digit) * 100_000_000;
      section = digit = 0;
    } else throw new Error(`not a numeral: ${char}`);
  }
  return total + section + digit;
}
