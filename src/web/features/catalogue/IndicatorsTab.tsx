import { Typography } from 'antd';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import { updateIndicator } from '../../api/catalogue.api.js';
import { VALUE_KIND_LABELS } from './catalogue-labels.js';
import { IndicatorFormModal } from './IndicatorFormModal.js';
import { SettingsTable, SettingsToolbar } from './SettingsTable.js';
import { useSettingsTab } from './useSettingsTab.js';

interface IndicatorsTabProps {
  indicators: readonly Indicator[];
  loading: boolean;
  /** Something was saved; the page reloads the catalogue. */
  onChanged: () => void;
}

/** Which form is open: a new indicator, or an existing one. */
type Editing = { indicator: Indicator | undefined };

/** 统计指标: the figures entries record (场次, 人次, 投入资金…), each with its unit and kind. */
export function IndicatorsTab({ indicators, loading, onChanged }: IndicatorsTabProps) {
  const { working, toggle, editing, setEditing, saved } = useSettingsTab<Editing>(updateIndicator, onChanged);
  const sorted = [...indicators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  return (
    <>
      <SettingsToolbar addLabel="新增指标" onAdd={() => setEditing({ indicator: undefined })}>
        <Typography.Text type="secondary">指标是登记活动时填写的数字。活动类型决定填写哪些指标，统计汇总按指标累加。</Typography.Text>
      </SettingsToolbar>
      <SettingsTable<Indicator>
        loading={loading}
        dataSource={sorted}
        scroll={{ x: 760 }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: '代码', dataIndex: 'code', width: 170, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: '计量单位', dataIndex: 'unit', width: 100 },
          { title: '数值类型', dataIndex: 'valueKind', width: 130, render: (kind: Indicator['valueKind']) => VALUE_KIND_LABELS[kind] },
          { title: '排序号', dataIndex: 'sortOrder', width: 80, align: 'right' },
        ]}
        widths={{ status: 80, actions: 130 }}
        working={working}
        onEdit={(indicator) => setEditing({ indicator })}
        onToggle={toggle}
      />
      {editing && <IndicatorFormModal {...(editing.indicator && { indicator: editing.indicator })} onClose={() => setEditing(undefined)} onSaved={saved} />}
    </>
  );
}
