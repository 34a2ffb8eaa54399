/**
 * A title as the name of a file users download and save, on Windows as much as anywhere: the
 * characters Windows refuses in a file name become full-width look-alikes (a / in 宣讲/报告会 stays
 * readable as ／) or go, and control characters go. Empty after that: the fallback.
 */
export function safeFileName(title: string, fallback: string): string {
  const safe = title
    .replace(/[\\/]/g, '／')
    .replace(/[:*?"<>|]/g, '')
    .replace(/[\u0000-\u001f]/g, '') // eslint-disable-line no-control-regex
    .trim();
  return safe || fallback;
}
