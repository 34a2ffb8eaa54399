import { CheckOutlined, DeleteOutlined, EditOutlined, RollbackOutlined, SendOutlined, UndoOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Activity } from '../../../contracts/ledger.contract.js';
import { approveActivity, deleteActivity, reopenActivity, restoreActivity, returnActivity, submitActivity } from '../../api/ledger.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ReasonModal } from './ReasonModal.js';
import { COMMON_RETURN_REASONS } from './return-reasons.js';

interface ActivityActionsProps {
  activity: Activity;
  /** The entry changed on the server; the page fetches it and its history again. */
  onChanged: () => void;
  block?: boolean;
}

type Asking = 'return' | 'reopen' | undefined;

/** The buttons for what the user may do with this entry now, exactly as the server's `allowed` says. */
export function ActivityActions({ activity, onChanged, block }: ActivityActionsProps) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { working, run } = useBusyAction();
  const [asking, setAsking] = useState<Asking>(undefined);
  const { allowed } = activity;

  const act = (action: () => Promise<void>, done: string) =>
    run(async () => {
      await action();
      message.success(done);
      onChanged();
    });

  const remove = () =>
    run(async () => {
      await deleteActivity(activity.id);
      message.success(`已删除「${activity.title}」`);
      navigate('/ledger');
    });

  // A reviewer opens an entry from the queue to look closer; once it is approved the next one waits there.
  const approve = () =>
    run(async () => {
      await approveActivity(activity.id);
      message.success(`已通过「${activity.title}」`);
      navigate('/review');
    });

  return (
    <>
      <Space wrap size={8} style={block ? { width: '100%' } : undefined}>
        {allowed.approve && (
          <Popconfirm title="审核通过？" description="通过后活动将锁定，不能再修改。" okText="通过" onConfirm={approve} disabled={working}>
            <Button type="primary" icon={<CheckOutlined />} disabled={working}>
              审核通过
            </Button>
          </Popconfirm>
        )}
        {allowed.return && (
          <Button danger icon={<RollbackOutlined />} disabled={working} onClick={() => setAsking('return')}>
            退回
          </Button>
        )}
        {allowed.submit && (
          <Popconfirm
            title="提交审核？"
            description="提交后在审核完成前不能修改。"
            okText="提交"
            onConfirm={() => act(() => submitActivity(activity.id), '已提交审核')}
            disabled={working}
          >
            <Button type="primary" icon={<SendOutlined />} disabled={working}>
              提交审核
            </Button>
          </Popconfirm>
        )}
        {allowed.edit && (
          <Button icon={<EditOutlined />} disabled={working} onClick={() => navigate(`/ledger/${activity.id}/edit`)}>
            编辑
          </Button>
        )}
        {allowed.reopen && (
          <Button icon={<UnlockOutlined />} disabled={working} onClick={() => setAsking('reopen')}>
            重新打开
          </Button>
        )}
        {allowed.restore && (
          <Button type="primary" icon={<UndoOutlined />} disabled={working} onClick={() => void act(() => restoreActivity(activity.id), '已恢复')}>
            恢复
          </Button>
        )}
        {allowed.delete && (
          <Popconfirm
            title={`删除「${activity.title}」？`}
            description="删除后可由管理员恢复。"
            okText="删除"
            okButtonProps={{ danger: true }}
            onConfirm={remove}
            disabled={working}
          >
            <Button danger type="text" icon={<DeleteOutlined />} disabled={working}>
              删除
            </Button>
          </Popconfirm>
        )}
      </Space>
      {asking === 'return' && (
        <ReasonModal
          title={`退回 · ${activity.title}`}
          okText="退回"
          suggestions={COMMON_RETURN_REASONS}
          hint="退回后填报单位可以修改并重新提交，退回原因会显示在活动上方。"
          onClose={() => setAsking(undefined)}
          onSubmit={async (reason) => {
            await returnActivity(activity.id, reason);
            setAsking(undefined);
            message.success('已退回');
            onChanged();
          }}
        />
      )}
      {asking === 'reopen' && (
        <ReasonModal
          title={`重新打开 · ${activity.title}`}
          okText="重新打开"
          hint="重新打开后活动回到“已退回”状态，填报单位可以修改并重新提交。"
          onClose={() => setAsking(undefined)}
          onSubmit={async (reason) => {
            await reopenActivity(activity.id, reason);
            setAsking(undefined);
            message.success('已重新打开');
            onChanged();
          }}
        />
      )}
    </>
  );
}
