import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { useReportError } from '../api/useReportError.js';
import { useAuth, useMe } from './auth-context.js';

/** The signed-in user's name with 修改密码 and 退出登录. */
export function UserMenu({ compact }: { compact: boolean }) {
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const reportError = useReportError();

  const items: MenuProps['items'] = [
    { key: 'who', label: `${me.user.displayName}（${me.user.username}）`, disabled: true },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/account');
    if (key === 'logout') logout().catch(reportError);
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <a onClick={(e) => e.preventDefault()} style={{ color: 'inherit' }} aria-label="账号菜单">
        <Space size={8}>
          <Avatar size="small" style={{ backgroundColor: '#c0392b' }} icon={<UserOutlined />} />
          {!compact && <span>{me.user.displayName}</span>}
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </a>
    </Dropdown>
  );
}
