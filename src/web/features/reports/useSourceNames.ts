import { useEffect, useMemo, useState } from 'react';
import type { Figure } from '../../../contracts/report.contract.js';
import { getOrg } from '../../api/orgs.api.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { useOrgKinds } from '../../api/useOrgKinds.js';
import { METRIC_LABELS } from './report-labels.js';
import type { SourceNames } from './report-view.js';

/**
 * The names a figure's tooltip needs: units (the report's own is known; others are fetched once),
 * indicators, types and tags from the catalogue (switched-off ones included: old reports cite them).
 */
export function useSourceNames(report: { orgId: number; orgName: string }, figures: readonly Figure[]): SourceNames {
  const { index } = useCatalogue(true);
  const { labelOf } = useOrgKinds();
  const [fetched, setFetched] = useState<ReadonlyMap<number, string>>(new Map());

  const missing = useMemo(() => {
    const ids = new Set(figures.map((f) => f.query.org));
    ids.delete(report.orgId);
    return [...ids].filter((id) => !fetched.has(id)).sort((a, b) => a - b);
  }, [figures, report.orgId, fetched]);
  const missingKey = missing.join(',');

  useEffect(() => {
    if (missingKey === '') return;
    const controller = new AbortController();
    const ids = missingKey.split(',').map(Number);
    void Promise.all(
      ids.map((id) =>
        getOrg(id, controller.signal).then(
          (org) => [id, org.name] as const,
          () => [id, `单位 #${id}`] as const,
        ),
      ),
    ).then((pairs) => {
      if (!controller.signal.aborted) setFetched((prev) => new Map([...prev, ...pairs]));
    });
    return () => controller.abort();
  }, [missingKey]);

  return useMemo(
    () => ({
      orgName: (id: number) => (id === report.orgId ? report.orgName : fetched.get(id)),
      metricLabel: (code: string) => {
        const indicator = index?.indicatorByCode.get(code);
        return METRIC_LABELS[code] ?? (indicator ? `${indicator.name}（${indicator.valueKind === 'money' ? '元' : indicator.unit}）` : undefined);
      },
      typeName: (id: number) => index?.typeById.get(id)?.name,
      tagName: (id: number) => index?.tagById.get(id)?.name,
      kindName: labelOf,
    }),
    [report.orgId, report.orgName, fetched, index, labelOf],
  );
}
