import { searchTerms } from '../../../contracts/ledger.contract.js';
import { unitAffixCandidates } from '../../../domain/search-terms.js';
import type { OrgStore } from '../orgs/org.types.js';
import type { SearchTerm } from './activity.types.js';

/**
 * What a search means in a subtree: each term (all must match) found in an entry's text or its
 * unit's name, or, written without a space (东风村宣讲), as a unit of the subtree named by the term's
 * start or end whose entries hold the rest. Only units of the subtree are looked up, so a name
 * elsewhere neither widens nor reveals anything.
 */
export async function resolveSearch(orgs: Pick<OrgStore, 'listIdsNameContaining' | 'listNamed'>, path: string, q: string): Promise<SearchTerm[]> {
  const terms: SearchTerm[] = [];
  // One term after another: on SQLite the queries share one connection anyway.
  for (const text of searchTerms(q)) {
    const candidates = unitAffixCandidates(text);
    const unitIds = await orgs.listIdsNameContaining(path, text);
    const named = await orgs.listNamed(path, [...new Set(candidates.map((c) => c.unitName))]);
    const idsByName = new Map<string, number[]>();
    for (const u of named) idsByName.set(u.name, [...(idsByName.get(u.name) ?? []), u.id]);
    const splits = candidates.flatMap((c) => {
      const ids = idsByName.get(c.unitName);
      return ids ? [{ unitIds: ids, rest: c.rest }] : [];
    });
    terms.push({ text, unitIds, splits });
  }
  return terms;
}
