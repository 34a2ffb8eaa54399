import { Card, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Target } from '../../../contracts/target.contract.js';
import { getTargetProgress } from '../../api/stats.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { useIsAdmin, useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { ProgressSection } from './ProgressSection.js';
import { RankingSection } from './RankingSection.js';
import { TargetSettingsSection } from './TargetSettingsSection.js';
import { amountKindOf, readTargetsView, writeTargetsView, yearChoices, type TargetsView } from './targets-view.js';

/** 目标任务: how a unit stands against its yearly targets, how its child units rank, and the targets themselves. */
export default function TargetsPage() {
  const me = useMe();
  const isAdmin = useIsAdmin();
  const isMobile = useIsMobile();
  const thisYear = dayjs().year();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const view = useMemo(() => readTargetsView(new URLSearchParams(search), thisYear), [search, thisYear]);
  const update = (patch: Partial<TargetsView>) => setParams(writeTargetsView({ ...view, ...patch }, thisYear), { replace: true });
  const orgId = view.org ?? me.org.id;

  // Label lookups include switched-off indicators: a target may still count one.
  const { index: catalogue } = useCatalogue(true);
  const kindOf = useCallback((target: Target) => amountKindOf(target, catalogue?.indicatorByCode ?? new Map()), [catalogue]);

  const [changes, setChanges] = useState(0);
  const load = useCallback((signal: AbortSignal) => getTargetProgress({ org: orgId, year: view.year }, signal), [orgId, view.year]);
  const progress = useApiQuery(load, changes);

  return (
    <div style={{ maxWidth: 1440 }}>
      <PageHeader title="目标任务" />
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: isMobile ? 12 : '12px 16px' } }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <div style={{ flex: isMobile ? 1 : 'none', minWidth: 0, width: isMobile ? undefined : 260 }}>
            <OrgTreeSelect value={orgId} onChange={(id) => update({ org: id === undefined || id === me.org.id ? undefined : id })} placeholder="单位" />
          </div>
          <Select<number>
            aria-label="年度"
            value={view.year}
            onChange={(year) => update({ year })}
            options={yearChoices(thisYear, view.year).map((y) => ({ value: y, label: `${y}年` }))}
            style={{ width: 108 }}
          />
        </div>
      </Card>
      <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
        <ProgressSection progress={progress.data} loading={progress.loading} error={progress.error} kindOf={kindOf} compact={isMobile} />
        <RankingSection progress={progress.data} loading={progress.loading} compact={isMobile} />
        <TargetSettingsSection
          orgId={orgId}
          year={view.year}
          thisYear={thisYear}
          isAdmin={isAdmin}
          catalogue={catalogue}
          kindOf={kindOf}
          compact={isMobile}
          onChanged={() => setChanges((n) => n + 1)}
        />
      </Space>
    </div>
  );
}
