import { Button, Tag, Typography } from 'antd';
import type { ActivityType } from '../../../contracts/catalogue.contract.js';
import { updateActivityType } from '../../api/catalogue.api.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { ActivityTypeFormModal, type TypeFormMode } from './ActivityTypeFormModal.js';
import { SettingsTable, SettingsToolbar } from './SettingsTable.js';
import { useSettingsTab } from './useSettingsTab.js';

interface ActivityTypesTabProps {
  index: CatalogueIndex | undefined;
  loading: boolean;
  onChanged: () => void;
}

type TypeRow = ActivityType & { children?: TypeRow[] };

/** 活动类型: categories and the types under them, each type with the indicators its entries record. */
export function ActivityTypesTab({ index, loading, onChanged }: ActivityTypesTabProps) {
  const { working, toggle, editing, setEditing, saved } = useSettingsTab<TypeFormMode>(updateActivityType, onChanged);
  const rows: TypeRow[] = (index?.categories ?? []).map(({ category, types }) => ({ ...category, children: types }));

  const indicatorTags = (type: ActivityType) => {
    if (type.parentId === null) return null;
    if (type.indicators.length === 0) return <Typography.Text type="secondary">不填数字</Typography.Text>;
    return type.indicators.map(({ indicatorId, code, required }) => (
      <Tag key={indicatorId} color={required ? 'red' : undefined} style={{ marginBlock: 2 }}>
        {index?.indicatorById.get(indicatorId)?.name ?? code}
        {required && ' *'}
      </Tag>
    ));
  };

  return (
    <>
      <SettingsToolbar addLabel="新增类别" onAdd={() => setEditing({ kind: 'create', parent: undefined })}>
        <Typography.Text type="secondary">两级：类别下设活动类型，登记时选择类型。红色指标为提交审核时必填。</Typography.Text>
      </SettingsToolbar>
      <SettingsTable<TypeRow>
        loading={loading}
        dataSource={rows}
        expandable={{ defaultExpandAllRows: true }}
        // Rows arrive after the first render; remounting on load lets every category open.
        key={index ? 'loaded' : 'loading'}
        scroll={{ x: 900 }}
        columns={[
          {
            title: '名称',
            dataIndex: 'name',
            width: 260,
            render: (name: string, type) => (type.parentId === null ? <Typography.Text strong>{name}</Typography.Text> : name),
          },
          { title: '代码', dataIndex: 'code', width: 190, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: '统计指标', key: 'indicators', render: (_: unknown, type) => indicatorTags(type) },
          { title: '排序号', dataIndex: 'sortOrder', width: 80, align: 'right' },
        ]}
        widths={{ status: 80, actions: 200 }}
        working={working}
        onEdit={(type) => setEditing({ kind: 'edit', type })}
        onToggle={toggle}
        extraActions={(type) =>
          type.parentId === null && (
            <Button type="link" size="small" disabled={working || !type.active} onClick={() => setEditing({ kind: 'create', parent: type })}>
              新增类型
            </Button>
          )
        }
      />
      {editing && <ActivityTypeFormModal mode={editing} indicators={index?.catalogue.indicators ?? []} onClose={() => setEditing(undefined)} onSaved={saved} />}
    </>
  );
}
