import { App, Button, Popconfirm, Space } from 'antd';
import type { User } from '../../../contracts/account.contract.js';
import { resetUserPassword, unlockUser, updateUser } from '../../api/users.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';

interface UserRowActionsProps {
  user: User;
  isSelf: boolean;
  onEdit: (user: User) => void;
  onChanged: () => void;
  onPasswordReset: (user: User, password: string) => void;
}

/** 编辑 · 停用/启用 · 重置密码 · 解除登录限制 for one account. */
export function UserRowActions({ user, isSelf, onEdit, onChanged, onPasswordReset }: UserRowActionsProps) {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();

  const setActive = (active: boolean) =>
    run(async () => {
      await updateUser(user.id, { active });
      message.success(active ? `已启用「${user.displayName}」` : `已停用「${user.displayName}」`);
      onChanged();
    });

  const resetPassword = () =>
    run(async () => {
      onPasswordReset(user, await resetUserPassword(user.id));
      onChanged();
    });

  const unlock = () =>
    run(async () => {
      await unlockUser(user.id);
      message.success(`已解除「${user.displayName}」的登录限制，可立即重新登录`);
    });

  return (
    <Space size={0} wrap={false}>
      <Button type="link" size="small" disabled={working} onClick={() => onEdit(user)}>
        编辑
      </Button>
      <ToggleActiveButton
        active={user.active}
        name={user.displayName}
        description="停用后该账号不能登录，已登录的也会立即退出。可随时重新启用。"
        disabled={working}
        cannotDeactivate={isSelf ? '不能停用自己的账号' : undefined}
        onToggle={setActive}
      />
      <Popconfirm
        title={`重置「${user.displayName}」的密码？`}
        description="将生成新的随机密码，对方现有登录会退出，下次登录需修改密码。"
        okText="重置"
        onConfirm={resetPassword}
        disabled={working}
      >
        <Button type="link" size="small" disabled={working}>
          重置密码
        </Button>
      </Popconfirm>
      <Popconfirm
        title={`解除「${user.displayName}」的登录限制？`}
        description="多次输错密码后需等待才能再试；解除后可立即登录，密码不变。"
        okText="解除"
        onConfirm={unlock}
        disabled={working}
      >
        <Button type="link" size="small" disabled={working}>
          解除登录限制
        </Button>
      </Popconfirm>
    </Space>
  );
}
