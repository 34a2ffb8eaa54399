import { Alert, Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { describeError } from '../../api/api-error.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ActivityTypesTab } from './ActivityTypesTab.js';
import { CampaignsTab } from './CampaignsTab.js';
import { IndicatorsTab } from './IndicatorsTab.js';
import { TagsTab } from './TagsTab.js';

const TABS = ['indicators', 'types', 'tags', 'campaigns'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (s: string | null): s is TabKey => s !== null && (TABS as readonly string[]).includes(s);

/** 配置 (admins): the catalogue every ledger page reads — indicators, activity types, tags, periods. */
export default function SettingsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const active: TabKey = isTab(tab) ? tab : 'indicators';
  // Admins see switched-off entries too, so they can switch them back on.
  const catalogue = useCatalogue(true);
  const { index, loading, reload } = catalogue;

  return (
    <div>
      <PageHeader title="配置" />
      {catalogue.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={describeError(catalogue.error)} />}
      <Card styles={{ body: { paddingTop: 8 } }}>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams(key === 'indicators' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'indicators',
              label: '统计指标',
              children: <IndicatorsTab indicators={index?.catalogue.indicators ?? []} loading={loading} onChanged={reload} />,
            },
            { key: 'types', label: '活动类型', children: <ActivityTypesTab index={index} loading={loading} onChanged={reload} /> },
            { key: 'tags', label: '标签', children: <TagsTab index={index} loading={loading} onChanged={reload} /> },
            {
              key: 'campaigns',
              label: '活动时段',
              children: <CampaignsTab campaigns={index?.catalogue.campaigns ?? []} loading={loading} onChanged={reload} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
