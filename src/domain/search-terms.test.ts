import { describe, expect, it } from 'vitest';
import { searchTerms, searchTermsComplete } from '../contracts/ledger.contract.js';
import { unitAffixCandidates } from './search-terms.js';

describe('searchTerms', () => {
  it('splits on half- and full-width spaces, each term once', () => {
    expect(searchTerms(' 宣讲  东风村　宣讲 ')).toEqual(['宣讲', '东风村']);
    expect(searchTermsComplete(searchTerms('宣讲 东风村'))).toBe(true);
    expect(searchTermsComplete(searchTerms('宣讲 村'))).toBe(false);
    expect(searchTermsComplete(searchTerms('   '))).toBe(false);
  });
});

describe('unitAffixCandidates', () => {
  it('cuts a term into a leading or trailing name and a rest, both of two characters or more', () => {
    expect(unitAffixCandidates('东风村宣讲')).toEqual([
      { unitName: '东风', rest: '村宣讲' },
      { unitName: '村宣讲', rest: '东风' },
      { unitName: '东风村', rest: '宣讲' },
      { unitName: '宣讲', rest: '东风村' },
    ]);
    expect(unitAffixCandidates('东风村')).toEqual([]);
    // A character outside the BMP is one character, never cut in half.
    expect(unitAffixCandidates('𠀀村宣讲').map((c) => c.unitName)).toContain('𠀀村');
  });
});
