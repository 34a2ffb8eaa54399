import { useCallback } from 'react';
import { getCatalogue } from './catalogue.api.js';
import { indexCatalogue, type CatalogueIndex } from './catalogue-index.js';
import { useApiQuery } from './useApiQuery.js';

// The catalogue changes only when an admin edits it, so pages share one fetch until then.
const cache = new Map<boolean, Promise<CatalogueIndex>>();

function loadOnce(includeInactive: boolean): Promise<CatalogueIndex> {
  let pending = cache.get(includeInactive);
  if (!pending) {
    pending = getCatalogue(includeInactive).then(indexCatalogue, (error: unknown) => {
      cache.delete(includeInactive);
      throw error;
    });
    cache.set(includeInactive, pending);
  }
  return pending;
}

export interface CatalogueQuery {
  index: CatalogueIndex | undefined;
  error: unknown;
  loading: boolean;
  /** Drops the shared copy and fetches again, after an admin edit. */
  reload: () => void;
}

/** Indicators, types, tags and campaign periods; `includeInactive` (admins) adds what was switched off. */
export function useCatalogue(includeInactive = false): CatalogueQuery {
  const load = useCallback(() => loadOnce(includeInactive), [includeInactive]);
  const query = useApiQuery(load);
  const { reload: refetch } = query;
  const reload = useCallback(() => {
    cache.clear();
    refetch();
  }, [refetch]);
  return { index: query.data, error: query.error, loading: query.loading, reload };
}
