import { Button, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';
import { LEAVE_DETAIL, LEAVE_TITLE } from './report-labels.js';

interface LeaveGuardProps {
  dirty: boolean;
  /** Saves; resolves false when the save failed (the page stays). */
  onSave: () => Promise<boolean>;
}

/**
 * Keeps unsaved edits from being lost on the way out: links inside the app ask first (save and
 * leave, leave without saving, stay); closing or reloading the tab gets the browser's own warning.
 */
export function LeaveGuard({ dirty, onSave }: LeaveGuardProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the warning only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (blocker.state !== 'blocked') return null;
  const saveAndLeave = async () => {
    setSaving(true);
    const saved = await onSave();
    setSaving(false);
    if (saved) blocker.proceed();
  };
  return (
    <Modal
      open
      title={LEAVE_TITLE}
      onCancel={() => blocker.reset()}
      mask={{ closable: false }}
      footer={[
        <Button key="stay" onClick={() => blocker.reset()}>
          留在本页
        </Button>,
        <Button key="leave" danger onClick={() => blocker.proceed()}>
          不保存，离开
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void saveAndLeave()}>
          保存并离开
        </Button>,
      ]}
    >
      {LEAVE_DETAIL}
    </Modal>
  );
}
