import { Card, Empty, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { User } from '../../../contracts/account.contract.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { RoleTags } from '../../components/RoleTags.js';

interface UserCardListProps {
  users: readonly User[];
  loading: boolean;
  renderActions: (user: User) => ReactNode;
}

/** The users table as stacked cards, for phones where seven columns do not fit. */
export function UserCardList({ users, loading, renderActions }: UserCardListProps) {
  if (!loading && users.length === 0) return <Empty description="没有符合条件的用户" />;
  return (
    <Spin spinning={loading}>
      <div style={{ display: 'grid', gap: 10, minHeight: 80 }}>
        {users.map((user) => (
          <Card key={user.id} size="small" styles={{ body: { padding: '10px 12px' } }}>
            <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {user.displayName}
              </Typography.Text>
              <Typography.Text type="secondary">{user.username}</Typography.Text>
              <span style={{ marginInlineStart: 'auto' }}>
                <ActiveTag active={user.active} />
              </span>
            </div>
            <div style={{ margin: '4px 0 6px', color: 'rgba(0,0,0,0.65)' }}>{user.orgName}</div>
            <RoleTags roles={user.roles} />
            <div style={{ marginTop: 6, fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
              {user.lastLoginAt ? `最近登录 ${dayjs(user.lastLoginAt).format('YYYY-MM-DD HH:mm')}` : '从未登录'}
              {user.mustChangePassword && ' · 尚未修改初始密码'}
            </div>
            <div style={{ marginTop: 6, marginInlineStart: -7 }}>{renderActions(user)}</div>
          </Card>
        ))}
      </div>
    </Spin>
  );
}
