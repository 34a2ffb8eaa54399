import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ActivityType } from '../../../contracts/catalogue.contract.js';
import { updateActivityType } from '../../api/catalogue.api.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { ActiveToggle } from './ActiveToggle.js';
import { ActivityTypeFormModal, type TypeFormMode } from './ActivityTypeFormModal.js';

interface ActivityTypesTabProps {
  index: CatalogueIndex | undefined;
  loading: boolean;
  onChanged: () => void;
}

type TypeRow = ActivityType & { children?: TypeRow[] };

/** 活动类型: categories and the types under them, each type with the indicators its entries record. */
export function ActivityTypesTab({ index, loading, onChanged }: ActivityTypesTabProps) {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [form, setForm] = useState<TypeFormMode | undefined>(undefined);
  const rows: TypeRow[] = (index?.categories ?? []).map(({ category, types }) => ({ ...category, children: types }));

  const toggle = (type: ActivityType, active: boolean) =>
    run(async () => {
      await updateActivityType(type.id, { active });
      message.success(active ? `已启用「${type.name}」` : `已停用「${type.name}」`);
      onChanged();
    });

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
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12 }}>
        <Typography.Text type="secondary">两级：类别下设活动类型，登记时选择类型。红色指标为提交审核时必填。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'create', parent: undefined })}>
          新增类别
        </Button>
      </div>
      <Table<TypeRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={false}
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
          { title: '状态', dataIndex: 'active', width: 80, render: (active: boolean) => <ActiveTag active={active} /> },
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_: unknown, type) => (
              <>
                {type.parentId === null && (
                  <Button type="link" size="small" disabled={working || !type.active} onClick={() => setForm({ kind: 'create', parent: type })}>
                    新增类型
                  </Button>
                )}
                <Button type="link" size="small" disabled={working} onClick={() => setForm({ kind: 'edit', type })}>
                  编辑
                </Button>
                <ActiveToggle active={type.active} name={type.name} disabled={working} onToggle={(active) => void toggle(type, active)} />
              </>
            ),
          },
        ]}
      />
      {form && (
        <ActivityTypeFormModal
          mode={form}
          indicators={index?.catalogue.indicators ?? []}
          onClose={() => setForm(undefined)}
          onSaved={() => {
            setForm(undefined);
            message.success('已保存');
            onChanged();
          }}
        />
      )}
    </>
  );
}
