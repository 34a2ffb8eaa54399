import type { OrgUnit, OrgUnitDetail } from '../../../contracts/org.contract.js';

/** What an action did to the tree, so the page refreshes exactly the branches it touched. */
export type OrgChange =
  | { kind: 'created'; org: OrgUnit }
  | { kind: 'updated'; org: OrgUnit }
  | { kind: 'moved'; org: OrgUnit; fromParentId: number | null }
  | { kind: 'deactivated'; org: OrgUnitDetail }
  | { kind: 'activated'; org: OrgUnitDetail }
  | { kind: 'deleted'; org: OrgUnitDetail };
