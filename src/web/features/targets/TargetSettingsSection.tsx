import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { ValueKind } from '../../../contracts/catalogue.contract.js';
import { TARGET_PERIOD_LABELS, type Target } from '../../../contracts/target.contract.js';
import { describeError } from '../../api/api-error.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { getOrg } from '../../api/orgs.api.js';
import { listTargets, updateTarget } from '../../api/targets.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { useOrgKinds } from '../../api/useOrgKinds.js';
import { SetByUnit } from './SetByUnit.js';
import { TargetCardList, type TargetLine } from './TargetCardList.js';
import { TargetFormModal } from './TargetFormModal.js';
import { TargetRowActions } from './TargetRowActions.js';
import { formatAmount, manageableOrgIds, nestedLabel, scopeLabel } from './targets-view.js';

interface TargetSettingsSectionProps {
  orgId: number;
  year: number;
  thisYear: number;
  isAdmin: boolean;
  catalogue: CatalogueIndex | undefined;
  kindOf: (target: Target) => ValueKind;
  compact: boolean;
  /** A target was added, changed or retired: progress has to be judged again. */
  onChanged: () => void;
}

type Editing = { target: Target | undefined };

/** 目标设置: the targets that concern the unit; admins add them, and edit or retire those of their own subtree. */
export function TargetSettingsSection({ orgId, year, thisYear, isAdmin, catalogue, kindOf, compact, onChanged }: TargetSettingsSectionProps) {
  const { message } = App.useApp();
  const { labelOf } = useOrgKinds();
  const { working, run } = useBusyAction();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);

  const load = useCallback((signal: AbortSignal) => listTargets({ org: orgId, year, includeInactive }, signal), [orgId, year, includeInactive]);
  const targets = useApiQuery(load);
  // Only admins edit, and only targets of the unit or its ancestors inside their own subtree.
  const loadOrg = useCallback((signal: AbortSignal) => (isAdmin ? getOrg(orgId, signal) : Promise.resolve(undefined)), [isAdmin, orgId]);
  const detail = useApiQuery(loadOrg);
  // The previous unit's answer stays on screen while the next loads; it must not grant anything.
  const selected = detail.data?.id === orgId ? detail.data : undefined;
  const manageable = useMemo(() => (selected ? manageableOrgIds(selected) : new Set<number>()), [selected]);

  const changed = () => {
    targets.reload();
    onChanged();
  };
  const toggle = (target: Target, active: boolean) =>
    run(async () => {
      await updateTarget(target.id, { version: target.version, active });
      message.success(`${active ? '已启用' : '已停用'}「${nestedLabel(target.metricLabel)}」`);
      changed();
    });
  const canManage = (target: Target) => isAdmin && manageable.has(target.orgId);
  const renderActions = (target: Target) => <TargetRowActions target={target} working={working} onEdit={(t) => setEditing({ target: t })} onToggle={toggle} />;

  const lines: TargetLine[] = (targets.data ?? []).map((target) => ({
    target,
    goal: formatAmount(target.amount, kindOf(target), target.unit),
    scope: scopeLabel(target, labelOf),
    fromAbove: target.orgId !== orgId,
  }));
  const emptyText = targets.loading ? ' ' : includeInactive ? '本年度没有目标' : '本年度没有生效的目标';

  const columns: TableColumnsType<TargetLine> = [
    { title: '年度', key: 'year', width: 72, render: (_: unknown, { target }) => target.year },
    {
      title: '统计内容',
      key: 'metric',
      render: (_: unknown, { target }) => (
        <>
          <Typography.Text strong>{target.metricLabel}</Typography.Text>
          {target.note && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: target.note }} style={{ margin: 0, fontSize: 12 }}>
              {target.note}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { title: '每期目标', dataIndex: 'goal', width: 130, align: 'right' },
    { title: '周期', key: 'period', width: 80, render: (_: unknown, { target }) => TARGET_PERIOD_LABELS[target.period] },
    { title: '适用范围', dataIndex: 'scope', width: 150 },
    { title: '设定单位', key: 'setBy', width: 180, render: (_: unknown, line) => <SetByUnit name={line.target.orgName} fromAbove={line.fromAbove} /> },
    { title: '状态', key: 'active', width: 72, render: (_: unknown, { target }) => <ActiveTag active={target.active} /> },
    ...(isAdmin
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            // Set above the admin's own unit: only that unit's admins may change it (the server answers 404).
            render: (_: unknown, { target }: TargetLine) =>
              canManage(target) ? renderActions(target) : <Typography.Text type="secondary">上级设定</Typography.Text>,
          },
        ]
      : []),
  ];

  return (
    <Card
      title="目标设置"
      data-testid="targets-settings"
      styles={{ body: { padding: compact ? 12 : undefined } }}
      extra={
        isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} disabled={!catalogue || !selected} onClick={() => setEditing({ target: undefined })}>
            新增目标
          </Button>
        )
      }
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12, flexWrap: 'wrap' }}>
        <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} id="targets-include-inactive" />
        <label htmlFor="targets-include-inactive">显示已停用</label>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
          含上级下达给本单位的目标{isAdmin && '；上级设定的目标只能由上级修改'}
        </Typography.Text>
      </div>
      {targets.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(targets.error)} />}
      {compact ? (
        <TargetCardList
          lines={lines}
          loading={targets.loading}
          emptyText={emptyText}
          renderActions={(target) => canManage(target) && <div style={{ marginTop: 4, marginInlineStart: -7 }}>{renderActions(target)}</div>}
        />
      ) : (
        <Table<TargetLine>
          rowKey={(line) => line.target.id}
          size="middle"
          pagination={false}
          loading={targets.loading}
          dataSource={lines}
          columns={columns}
          scroll={{ x: 960 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        />
      )}
      {editing && catalogue && selected && (
        <TargetFormModal
          org={selected}
          year={year}
          thisYear={thisYear}
          catalogue={catalogue}
          {...(editing.target && { target: editing.target })}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            message.success('已保存');
            changed();
          }}
        />
      )}
    </Card>
  );
}
