import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { ActivitySummary } from '../../../contracts/ledger.contract.js';
import { approveActivity, returnActivity } from '../../api/ledger.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ReasonModal } from './ReasonModal.js';
import { COMMON_RETURN_REASONS } from './return-reasons.js';

interface ReviewRowActionsProps {
  activity: ActivitySummary;
  disabled: boolean;
  onDone: () => void;
}

/** 通过 and 退回 right in the queue, for entries that need no closer look. */
export function ReviewRowActions({ activity, disabled, onDone }: ReviewRowActionsProps) {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [returning, setReturning] = useState(false);

  const approve = () =>
    run(async () => {
      await approveActivity(activity.id);
      message.success(`已通过「${activity.title}」`);
      onDone();
    });

  return (
    <>
      <Space size={4}>
        <Button size="small" type="primary" ghost icon={<CheckOutlined />} loading={working} disabled={disabled} onClick={() => void approve()}>
          通过
        </Button>
        <Button size="small" danger icon={<RollbackOutlined />} disabled={disabled || working} onClick={() => setReturning(true)}>
          退回
        </Button>
      </Space>
      {returning && (
        <ReasonModal
          title={`退回 · ${activity.title}`}
          okText="退回"
          suggestions={COMMON_RETURN_REASONS}
          hint="退回后填报单位可以修改并重新提交，退回原因会显示在活动上方。"
          onClose={() => setReturning(false)}
          onSubmit={async (reason) => {
            await returnActivity(activity.id, reason);
            setReturning(false);
            message.success(`已退回「${activity.title}」`);
            onDone();
          }}
        />
      )}
    </>
  );
}
