/**
 * Which kinds of unit fit below a parent, so the form for a new unit under a township offers 村 and
 * 社区 and the institutions (学校, 企业…), not 县 or 乡镇. Areas nest by rank; institutions sit
 * under any area or under another institution (a 教育局's schools), never an area under them.
 */
export interface KindInfo {
  code: string;
  isArea: boolean;
}

// Ranks of the administrative areas the default catalogue knows; a smaller rank is higher up.
const AREA_RANK: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3, street: 3, village: 4, community: 4 };

/** True when a unit of kind `child` may sit directly below a unit of kind `parent`. */
export function kindFitsBelow(parent: KindInfo, child: KindInfo): boolean {
  if (!child.isArea) return true;
  if (!parent.isArea) return false;
  const parentRank = AREA_RANK[parent.code];
  const childRank = AREA_RANK[child.code];
  // An area kind an installation added itself has no known rank: allow it under any area.
  if (parentRank === undefined || childRank === undefined) return true;
  return childRank > parentRank;
}

/** The kinds offered for a new unit below `parent`, in the order given. */
export function kindsFittingBelow<K extends KindInfo>(parent: KindInfo | undefined, kinds: readonly K[]): K[] {
  if (!parent) return [...kinds];
  return kinds.filter((k) => kindFitsBelow(parent, k));
}
