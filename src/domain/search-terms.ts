import { SEARCH_TERM_MIN } from '../contracts/ledger.contract.js';

/** A reading of a search term as a unit's name written against a word: 东风村宣讲 → 东风村 + 宣讲. */
export interface UnitAffix {
  unitName: string;
  rest: string;
}

/**
 * Every way to cut a term into a leading or trailing part that could be a unit's name and a rest
 * to find in the entry's text, both at least SEARCH_TERM_MIN characters. People type 东风村宣讲
 * without a space; which of these parts really name a unit (in the caller's scope) the caller
 * looks up. Characters, not UTF-16 units, so a rare character is never cut in half.
 */
export function unitAffixCandidates(term: string): UnitAffix[] {
  const chars = [...term];
  const cuts: UnitAffix[] = [];
  for (let at = SEARCH_TERM_MIN; at <= chars.length - SEARCH_TERM_MIN; at++) {
    const head = chars.slice(0, at).join('');
    const tail = chars.slice(at).join('');
    cuts.push({ unitName: head, rest: tail }, { unitName: tail, rest: head });
  }
  return cuts;
}
