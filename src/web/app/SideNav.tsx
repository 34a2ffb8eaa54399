import { Menu } from 'antd';
import { createElement, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../components/BrandMark.js';
import { useMe } from './auth-context.js';
import { activeNavPath, visibleNavEntries } from './navigation.js';

interface SideNavProps {
  /** Called after a click, so the phone drawer can close. */
  onNavigate?: () => void;
}

/** Brand and the menu of what this user may open. */
export function SideNav({ onNavigate }: SideNavProps) {
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useMemo(() => visibleNavEntries(me.user.roles), [me.user.roles]);
  const selected = activeNavPath(pathname, entries);

  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '16px 16px 14px', color: '#fff' }}>
        <BrandMark size={34} />
        <div style={{ lineHeight: 1.25 }}>
          <div style={{ fontSize: 20, fontWeight: 600, letterSpacing: 2 }}>石榴</div>
          <div style={{ fontSize: 11, whiteSpace: 'nowrap', color: 'rgba(255, 240, 236, 0.65)' }}>民族团结进步创建工作平台</div>
        </div>
      </div>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={entries.map((e) => ({ key: e.path, icon: createElement(e.icon), label: e.label }))}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none', flex: 1 }}
      />
    </div>
  );
}
