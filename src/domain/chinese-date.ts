/**
 * ISO dates as Chinese text is written (GB/T 9704 and everyday usage alike): Arabic numerals, the
 * year in full, no leading zeros. One home for the server's reports and templates and the web.
 */

function parts(iso: string): [number, number, number] {
  const [y = NaN, m = NaN, d = NaN] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

/** 2025-12-31 → 2025年12月31日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
}

/** 2025-03-05 → 3月5日, for a date whose year the sentence already gives. */
export function chineseMonthDay(iso: string): string {
  const [, m, d] = parts(iso);
  return `${m}月${d}日`;
}
