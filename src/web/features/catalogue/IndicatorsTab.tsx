import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import { updateIndicator } from '../../api/catalogue.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { ActiveToggle } from './ActiveToggle.js';
import { VALUE_KIND_LABELS } from './catalogue-labels.js';
import { IndicatorFormModal } from './IndicatorFormModal.js';

interface IndicatorsTabProps {
  indicators: readonly Indicator[];
  loading: boolean;
  /** Something was saved; the page reloads the catalogue. */
  onChanged: () => void;
}

/** Which form is open: a new indicator, or an existing one. */
type Editing = { indicator: Indicator | undefined } | undefined;

/** 统计指标: the figures entries record (场次, 人次, 投入资金…), each with its unit and kind. */
export function IndicatorsTab({ indicators, loading, onChanged }: IndicatorsTabProps) {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [editing, setEditing] = useState<Editing>(undefined);
  const sorted = [...indicators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  const toggle = (indicator: Indicator, active: boolean) =>
    run(async () => {
      await updateIndicator(indicator.id, { active });
      message.success(active ? `已启用「${indicator.name}」` : `已停用「${indicator.name}」`);
      onChanged();
    });

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12 }}>
        <Typography.Text type="secondary">指标是登记活动时填写的数字。活动类型决定填写哪些指标，统计汇总按指标累加。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ indicator: undefined })}>
          新增指标
        </Button>
      </div>
      <Table<Indicator>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={sorted}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: '代码', dataIndex: 'code', width: 170, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: '计量单位', dataIndex: 'unit', width: 100 },
          { title: '数值类型', dataIndex: 'valueKind', width: 130, render: (kind: Indicator['valueKind']) => VALUE_KIND_LABELS[kind] },
          { title: '排序号', dataIndex: 'sortOrder', width: 80, align: 'right' },
          { title: '状态', dataIndex: 'active', width: 80, render: (active: boolean) => <ActiveTag active={active} /> },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_: unknown, indicator) => (
              <>
                <Button type="link" size="small" disabled={working} onClick={() => setEditing({ indicator })}>
                  编辑
                </Button>
                <ActiveToggle active={indicator.active} name={indicator.name} disabled={working} onToggle={(active) => void toggle(indicator, active)} />
              </>
            ),
          },
        ]}
      />
      {editing && (
        <IndicatorFormModal
          {...(editing.indicator && { indicator: editing.indicator })}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            message.success('已保存');
            onChanged();
          }}
        />
      )}
    </>
  );
}
