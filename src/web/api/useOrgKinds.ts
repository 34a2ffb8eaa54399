import { useCallback } from 'react';
import type { OrgKind } from '../../contracts/org.contract.js';
import { listOrgKinds } from './orgs.api.js';
import { useApiQuery } from './useApiQuery.js';

// The kinds of units change only when an admin edits the catalogue, so one fetch per page load is plenty.
let cached: Promise<OrgKind[]> | undefined;

function loadKindsOnce(): Promise<OrgKind[]> {
  cached ??= listOrgKinds().then(
    (kinds) => [...kinds].sort((a, b) => a.sortOrder - b.sortOrder),
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}

export interface OrgKinds {
  kinds: readonly OrgKind[];
  /** The Chinese name of a kind code (乡镇, 村…); the code itself if the catalogue does not know it. */
  labelOf: (code: string) => string;
}

export function useOrgKinds(): OrgKinds {
  const { data } = useApiQuery(loadKindsOnce);
  const kinds = data ?? [];
  const labelOf = useCallback((code: string) => data?.find((k) => k.code === code)?.name ?? code, [data]);
  return { kinds, labelOf };
}
