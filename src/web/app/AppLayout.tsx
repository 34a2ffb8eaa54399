import { BankOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../components/PageLoading.js';
import { useIsMobile } from '../components/useIsMobile.js';
import { useMe } from './auth-context.js';
import { SideNav } from './SideNav.js';
import { SIDER_BG } from './theme.js';
import { UserMenu } from './UserMenu.js';

const SIDER_WIDTH = 220;

/** Side menu (a drawer on phones), a header with the current unit and the user, and the page. */
export default function AppLayout() {
  const me = useMe();
  const isMobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={SIDER_WIDTH + 20}
          closable={false}
          styles={{ body: { padding: 0, background: SIDER_BG } }}
        >
          <SideNav onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider width={SIDER_WIDTH} style={{ position: 'fixed', insetBlock: 0, insetInlineStart: 0, overflow: 'auto' }}>
          <SideNav />
        </Layout.Sider>
      )}
      <Layout style={{ marginInlineStart: isMobile ? 0 : SIDER_WIDTH }}>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            borderBottom: '1px solid #ece7e4',
            paddingInline: isMobile ? 8 : 24,
          }}
        >
          {isMobile && <Button type="text" icon={<MenuOutlined />} aria-label="打开菜单" onClick={() => setDrawerOpen(true)} />}
          <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 8 }}>
            <BankOutlined style={{ color: '#c0392b' }} />
            {!isMobile && <Typography.Text type="secondary">当前单位</Typography.Text>}
            <Typography.Text strong ellipsis title={me.org.name}>
              {me.org.name}
            </Typography.Text>
          </div>
          <UserMenu compact={isMobile} />
        </Layout.Header>
        <Layout.Content style={{ padding: isMobile ? 12 : 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
