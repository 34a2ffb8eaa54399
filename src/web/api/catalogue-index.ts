import type { ActivityType, Catalogue, Indicator, Tag, TagKind } from '../../contracts/catalogue.contract.js';

export interface TypeCategory {
  category: ActivityType;
  types: ActivityType[];
}

/** The catalogue with the lookups every ledger page needs, built once per fetch. */
export interface CatalogueIndex {
  catalogue: Catalogue;
  indicatorByCode: ReadonlyMap<string, Indicator>;
  indicatorById: ReadonlyMap<number, Indicator>;
  typeById: ReadonlyMap<number, ActivityType>;
  /** Categories in catalogue order, each with its types in order. */
  categories: TypeCategory[];
  tagById: ReadonlyMap<number, Tag>;
  tagsByKind: Record<TagKind, Tag[]>;
}

const bySortOrder = <T extends { sortOrder: number; id: number }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id - b.id;

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const types = [...catalogue.types].sort(bySortOrder);
  const categories = types.filter((t) => t.parentId === null).map((category) => ({ category, types: types.filter((t) => t.parentId === category.id) }));
  const tags = [...catalogue.tags].sort(bySortOrder);
  return {
    catalogue,
    indicatorByCode: new Map(catalogue.indicators.map((i) => [i.code, i])),
    indicatorById: new Map(catalogue.indicators.map((i) => [i.id, i])),
    typeById: new Map(types.map((t) => [t.id, t])),
    categories,
    tagById: new Map(tags.map((t) => [t.id, t])),
    tagsByKind: {
      carrier: tags.filter((t) => t.kind === 'carrier'),
      theme: tags.filter((t) => t.kind === 'theme'),
      volume: tags.filter((t) => t.kind === 'volume'),
    },
  };
}
