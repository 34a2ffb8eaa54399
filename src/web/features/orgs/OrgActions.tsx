import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined, PoweroffOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useState } from 'react';
import type { OrgKind, OrgUnitDetail } from '../../../contracts/org.contract.js';
import { deactivateOrg, deleteOrg, updateOrg } from '../../api/orgs.api.js';
import type { OrgChange } from './org-change.js';
import { MoveOrgModal } from './MoveOrgModal.js';
import { OrgFormModal, type OrgFormMode } from './OrgFormModal.js';
import { useBusyAction } from '../../api/useBusyAction.js';

interface OrgActionsProps {
  org: OrgUnitDetail;
  /** The user's own unit: the server refuses to move, deactivate or delete it, so we do not offer it. */
  isOwnUnit: boolean;
  kinds: readonly OrgKind[];
  busy: boolean;
  onChanged: (change: OrgChange) => void;
}

type OpenModal = { kind: 'form'; mode: OrgFormMode } | { kind: 'move' } | undefined;

const OWN_UNIT_HINT = '不能移动、停用或删除您本人所在的单位';

/** The admin's buttons for the selected unit. */
export function OrgActions({ org, isOwnUnit, kinds, busy, onChanged }: OrgActionsProps) {
  const { message } = App.useApp();
  const [modal, setModal] = useState<OpenModal>(undefined);
  const { working, run } = useBusyAction();

  const deactivate = () =>
    run(async () => {
      const count = await deactivateOrg(org.id);
      message.success(`已停用 ${count} 个单位`);
      onChanged({ kind: 'deactivated', org });
    });

  const activate = () =>
    run(async () => {
      await updateOrg(org.id, { active: true });
      message.success(org.descendantCount > 0 ? `已启用「${org.name}」；其下级单位仍为停用状态，需要时请逐个启用` : `已启用「${org.name}」`);
      onChanged({ kind: 'activated', org });
    });

  const remove = () =>
    run(async () => {
      await deleteOrg(org.id);
      message.success(`已删除「${org.name}」`);
      onChanged({ kind: 'deleted', org });
    });

  const deletable = org.childCount === 0 && org.userCount === 0;
  const disabled = busy || working;
  return (
    <>
      <Space wrap size={8}>
        <Tooltip title={org.active ? undefined : '已停用的单位下不能新增单位'}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={disabled || !org.active}
            onClick={() => setModal({ kind: 'form', mode: { kind: 'create', parent: org } })}
          >
            新增下级单位
          </Button>
        </Tooltip>
        <Button icon={<EditOutlined />} disabled={disabled} onClick={() => setModal({ kind: 'form', mode: { kind: 'edit', org } })}>
          编辑
        </Button>
        <Tooltip title={isOwnUnit ? OWN_UNIT_HINT : undefined}>
          <Button icon={<DragOutlined />} disabled={disabled || isOwnUnit} onClick={() => setModal({ kind: 'move' })}>
            移动
          </Button>
        </Tooltip>
        {org.active ? (
          <Popconfirm
            title={`停用「${org.name}」？`}
            description={
              org.descendantCount > 0
                ? `该单位及其全部 ${org.descendantCount} 个下级单位将一并停用。数据不会删除，可随时重新启用。`
                : '数据不会删除，可随时重新启用。'
            }
            okText="停用"
            okButtonProps={{ danger: true }}
            onConfirm={deactivate}
            disabled={disabled || isOwnUnit}
          >
            <Tooltip title={isOwnUnit ? OWN_UNIT_HINT : undefined}>
              <Button icon={<StopOutlined />} danger disabled={disabled || isOwnUnit}>
                停用
              </Button>
            </Tooltip>
          </Popconfirm>
        ) : (
          <Button icon={<PoweroffOutlined />} disabled={disabled} onClick={() => void activate()}>
            启用
          </Button>
        )}
        <Popconfirm
          title={`删除「${org.name}」？`}
          description="删除后不可恢复。"
          okText="删除"
          okButtonProps={{ danger: true }}
          onConfirm={remove}
          disabled={disabled || !deletable || isOwnUnit}
        >
          <Tooltip title={isOwnUnit ? OWN_UNIT_HINT : deletable ? undefined : '只能删除误建的空单位（没有下级单位和用户）；不再使用的单位请停用'}>
            <Button icon={<DeleteOutlined />} danger type="text" disabled={disabled || !deletable || isOwnUnit}>
              删除
            </Button>
          </Tooltip>
        </Popconfirm>
      </Space>

      {modal?.kind === 'form' && (
        <OrgFormModal
          mode={modal.mode}
          kinds={kinds}
          onClose={() => setModal(undefined)}
          onSaved={(saved) => {
            setModal(undefined);
            message.success(modal.mode.kind === 'create' ? `已新增「${saved.name}」` : '已保存');
            onChanged(modal.mode.kind === 'create' ? { kind: 'created', org: saved } : { kind: 'updated', org: saved });
          }}
        />
      )}
      {modal?.kind === 'move' && (
        <MoveOrgModal
          org={org}
          onClose={() => setModal(undefined)}
          onMoved={(moved) => {
            setModal(undefined);
            message.success(`已移动「${moved.name}」`);
            onChanged({ kind: 'moved', org: moved, fromParentId: org.parentId });
          }}
        />
      )}
    </>
  );
}
