import { idsOfPath } from '../../../../domain/org-path.js';
import type { OrgStore } from '../../orgs/org.types.js';

/**
 * Writes units as name paths from the exporter's own unit down (城关镇/东风村), the form the
 * import's 单位 column asks for: a bare name may be ambiguous in a larger subtree, a path is not.
 * Names are read once per unit, however many batches name it.
 */
export class UnitPathNamer {
  private readonly names = new Map<number, string>();

  constructor(
    private readonly orgs: Pick<OrgStore, 'listByIds'>,
    private readonly rootOrgId: number,
  ) {}

  async name(paths: string[]): Promise<string[]> {
    const chains = paths.map((p) => this.chainBelowRoot(idsOfPath(p)));
    const missing = [...new Set(chains.flat())].filter((id) => !this.names.has(id));
    if (missing.length > 0) for (const org of await this.orgs.listByIds(missing)) this.names.set(org.id, org.name);
    return chains.map((ids) => ids.map((id) => this.names.get(id) ?? '').join('/'));
  }

  /** The ids from the exporter's unit down; the whole chain if the unit is not on it (never for an entry in scope). */
  private chainBelowRoot(ids: number[]): number[] {
    const at = ids.indexOf(this.rootOrgId);
    return at < 0 ? ids : ids.slice(at);
  }
}
