import { FilterOutlined } from '@ant-design/icons';
import { App, Badge, Button, Drawer, Input, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { datePresets } from './date-presets.js';
import { DateRangeFilter } from './DateRangeFilter.js';
import { hasActiveFilters, SEARCH_MIN, searchIncomplete, type LedgerFilters } from './ledger-filters.js';
import { StatusSelect } from './StatusSelect.js';
import { TagSelect } from './TagSelect.js';
import { TypeTreeSelect } from './TypeTreeSelect.js';

interface LedgerFilterBarProps {
  filters: LedgerFilters;
  onChange: (patch: Partial<LedgerFilters>) => void;
  index: CatalogueIndex | undefined;
  /** Phones: a search line and a 筛选 button opening the other filters in a drawer. */
  compact: boolean;
}

const CLEARED: Partial<LedgerFilters> = {
  orgId: undefined,
  typeId: undefined,
  from: undefined,
  to: undefined,
  status: [],
  tagIds: [],
  hasEvidence: false,
  q: '',
};

/** Unit, type, dates, status, tags, 有佐证 and a search over title, summary, place and unit name. */
export function LedgerFilterBar({ filters, onChange, index, compact }: LedgerFilterBarProps) {
  const { message } = App.useApp();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const campaigns = index?.catalogue.campaigns;
  const presets = useMemo(() => datePresets(dayjs(), campaigns ?? []), [campaigns]);

  const search = (
    <Input.Search
      // Remounts when the URL's search changes elsewhere (清除筛选), so the box never shows a stale word.
      key={filters.q}
      defaultValue={filters.q}
      placeholder="搜索标题、内容、地点或单位"
      allowClear
      onSearch={(raw) => {
        const q = raw.trim();
        // Applied even when too short, so the list empties instead of keeping the last word's results.
        if (searchIncomplete({ ...filters, q })) message.info(`每个搜索词至少${SEARCH_MIN}个字`);
        onChange({ q });
      }}
      style={compact ? { flex: 1 } : { width: '100%' }}
    />
  );

  const controls: Array<{ key: string; label: string; node: ReactNode }> = [
    {
      key: 'org',
      label: '单位',
      node: <OrgTreeSelect value={filters.orgId} onChange={(orgId) => onChange({ orgId })} allowClear placeholder="本单位及下级" />,
    },
    {
      key: 'type',
      label: '活动类型',
      node: <TypeTreeSelect categories={index?.categories ?? []} value={filters.typeId} onChange={(typeId) => onChange({ typeId })} />,
    },
    {
      key: 'date',
      label: '活动日期',
      node: (
        <DateRangeFilter
          from={filters.from}
          to={filters.to}
          presets={presets}
          onChange={(from, to) => onChange({ from, to })}
          compact={compact}
          style={{ width: '100%' }}
        />
      ),
    },
    { key: 'status', label: '状态', node: <StatusSelect value={filters.status} onChange={(status) => onChange({ status })} style={{ width: '100%' }} /> },
    {
      key: 'tags',
      label: '标签',
      node: index ? (
        <TagSelect tagsByKind={index.tagsByKind} value={filters.tagIds} onChange={(tagIds) => onChange({ tagIds })} style={{ width: '100%' }} />
      ) : null,
    },
  ];
  const evidenceSwitch = (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 6, cursor: 'pointer', whiteSpace: 'nowrap' }}>
      <Switch size="small" checked={filters.hasEvidence} onChange={(hasEvidence) => onChange({ hasEvidence })} />
      <Typography.Text>有佐证</Typography.Text>
    </label>
  );
  const active = hasActiveFilters(filters);
  const clear = (
    <Button type="link" size="small" disabled={!active} onClick={() => onChange(CLEARED)} style={{ paddingInline: 0 }}>
      清除筛选
    </Button>
  );

  if (!compact) {
    // A grid keeps the controls in even columns however many fit the width.
    return (
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', alignItems: 'center', gap: 12 }}>
        {controls.map((c) => (
          <div key={c.key} style={{ minWidth: 0 }}>
            {c.node}
          </div>
        ))}
        {search}
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          {evidenceSwitch}
          {clear}
        </div>
      </div>
    );
  }

  // On a phone the search stays in view; the rest count towards the badge on the 筛选 button.
  const narrowing =
    [filters.orgId, filters.typeId, filters.from ?? filters.to].filter((v) => v !== undefined).length +
    (filters.status.length > 0 ? 1 : 0) +
    (filters.tagIds.length > 0 ? 1 : 0) +
    (filters.hasEvidence ? 1 : 0);
  return (
    <>
      <div style={{ display: 'flex', gap: 8 }}>
        {search}
        <Badge count={narrowing} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setDrawerOpen(true)}>
            筛选
          </Button>
        </Badge>
      </div>
      <Drawer
        title="筛选"
        placement="bottom"
        size="85vh"
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        extra={clear}
        footer={
          <Button type="primary" block onClick={() => setDrawerOpen(false)}>
            完成
          </Button>
        }
      >
        <div style={{ display: 'grid', gap: 16 }}>
          {controls.map((c) => (
            <div key={c.key}>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
                {c.label}
              </Typography.Text>
              {c.node}
            </div>
          ))}
          {evidenceSwitch}
        </div>
      </Drawer>
    </>
  );
}
