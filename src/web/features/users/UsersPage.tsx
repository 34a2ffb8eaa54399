import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Pagination, Table, Tag, Tooltip, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import type { ListUsersQuery, User } from '../../../contracts/account.contract.js';
import { describeError } from '../../api/api-error.js';
import { listUsers } from '../../api/users.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useMe } from '../../app/auth-context.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { RoleTags } from '../../components/RoleTags.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { PasswordRevealModal } from './PasswordRevealModal.js';
import { UserCardList } from './UserCardList.js';
import { UserFilters, type UserFilterValues } from './UserFilters.js';
import { UserFormModal, type UserFormMode } from './UserFormModal.js';
import { UserRowActions } from './UserRowActions.js';

interface Revealed {
  title: string;
  user: User;
  password: string;
}

function toQuery(filters: UserFilterValues, page: number, pageSize: number): ListUsersQuery {
  return {
    ...(filters.orgId !== undefined && { orgId: filters.orgId, includeDescendants: filters.includeDescendants ? 'true' : 'false' }),
    ...(filters.q && { q: filters.q }),
    includeInactive: filters.includeInactive ? 'true' : 'false',
    page,
    pageSize,
  };
}

/** 用户 (admins): the staff accounts of the admin's subtree. */
export default function UsersPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<UserFilterValues>({ orgId: me.org.id, includeDescendants: true, q: '', includeInactive: false });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [form, setForm] = useState<UserFormMode | undefined>(undefined);
  const [revealed, setRevealed] = useState<Revealed | undefined>(undefined);

  const load = useCallback((signal: AbortSignal) => listUsers(toQuery(filters, page, pageSize), signal), [filters, page, pageSize]);
  const users = useApiQuery(load);

  const renderActions = (user: User) => (
    <UserRowActions
      user={user}
      isSelf={user.id === me.user.id}
      onEdit={(u) => setForm({ kind: 'edit', user: u })}
      onChanged={users.reload}
      onPasswordReset={(u, password) => setRevealed({ title: '密码已重置', user: u, password })}
    />
  );

  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: users.data?.total ?? 0,
    showSizeChanger: !isMobile,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => `共 ${total} 个`,
    size: isMobile ? 'small' : 'medium',
    onChange: (nextPage, nextSize) => {
      setPage(nextSize === pageSize ? nextPage : 1);
      setPageSize(nextSize);
    },
  };

  const columns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', width: 140, fixed: 'left', render: (username: string) => <Typography.Text strong>{username}</Typography.Text> },
    { title: '姓名', dataIndex: 'displayName', width: 130 },
    { title: '单位', dataIndex: 'orgName', ellipsis: true },
    { title: '角色', dataIndex: 'roles', width: 180, render: (_: unknown, user) => <RoleTags roles={user.roles} /> },
    {
      title: '状态',
      dataIndex: 'active',
      width: 120,
      render: (_: unknown, user) => (
        <>
          <ActiveTag active={user.active} />
          {user.mustChangePassword && (
            <Tooltip title="使用管理员设置的密码，尚未自行修改">
              <Tag color="warning" style={{ marginInlineStart: 4 }}>
                待改密
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : <Typography.Text type="secondary">从未登录</Typography.Text>),
    },
    { title: '操作', key: 'actions', width: 200, render: (_: unknown, user) => renderActions(user) },
  ];

  return (
    <div>
      <PageHeader
        title="用户"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'create', orgId: filters.orgId })}>
            新增用户
          </Button>
        }
      />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <UserFilters
            compact={isMobile}
            value={filters}
            onChange={(next) => {
              setFilters(next);
              setPage(1);
            }}
          />
        </div>
        {users.error !== undefined && (
          <Typography.Paragraph type="danger" style={{ marginBottom: 12 }}>
            {describeError(users.error)}
          </Typography.Paragraph>
        )}
        {isMobile ? (
          <>
            <UserCardList users={users.data?.items ?? []} loading={users.loading} renderActions={renderActions} />
            <Pagination {...pagination} align="center" style={{ marginTop: 16 }} />
          </>
        ) : (
          <Table<User>
            rowKey="id"
            columns={columns}
            dataSource={users.data?.items ?? []}
            loading={users.loading}
            scroll={{ x: 1040 }}
            locale={{ emptyText: users.loading ? ' ' : '没有符合条件的用户' }}
            pagination={pagination}
          />
        )}
      </Card>
      {form && (
        <UserFormModal
          mode={form}
          selfId={me.user.id}
          onClose={() => setForm(undefined)}
          onSaved={(user, password) => {
            setForm(undefined);
            users.reload();
            if (password) setRevealed({ title: '账号已创建', user, password });
            else message.success('已保存');
          }}
        />
      )}
      {revealed && (
        <PasswordRevealModal
          title={revealed.title}
          username={revealed.user.username}
          displayName={revealed.user.displayName}
          password={revealed.password}
          onClose={() => setRevealed(undefined)}
        />
      )}
    </div>
  );
}
