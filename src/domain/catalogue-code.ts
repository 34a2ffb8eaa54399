/**
 * Codes for indicators and activity types an office creates. A code is the stable handle imports,
 * templates' type lookups and the CLI's JSON use, but nobody in a county office should have to
 * invent a lower-case English word for one: when the form leaves it out, one is made here.
 */

/** The first of `<base>1`, `<base>2`, … that no existing code uses. */
export function freeCode(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const code = `${base}${n}`;
    if (!taken.has(code)) return code;
  }
}

/** Base of a generated indicator code: `ind1`, `ind2`… */
export const INDICATOR_CODE_BASE = 'ind';

/** Base of a generated type code: a category gets `cat1`…, a type under `edu` gets `edu.t1`…, so the code still shows its category. */
export function typeCodeBase(parentCode: string | undefined): string {
  return parentCode === undefined ? 'cat' : `${parentCode}.t`;
}
