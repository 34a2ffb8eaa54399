/**
 * Booleans are stored as 0/1 integers on both databases, so rows read the same everywhere
 * (docs/ARCHITECTURE.md); repositories convert at their edge with these two. Through Number:
 * PostgreSQL hands back computed values as strings and EXISTS as a real boolean.
 */
export function fromDbBool(v: number | string | boolean | bigint): boolean {
  return Number(v) === 1;
}

export function toDbBool(b: boolean): 0 | 1 {
  return b ? 1 : 0;
}
