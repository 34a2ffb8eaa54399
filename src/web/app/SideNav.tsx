import { Menu } from 'antd';
import { createElement, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { BrandMark } from '../components/BrandMark.js';
import { useMe } from './auth-context.js';
import { activeNavPath, visibleNavEntries } from './navigation.js';

interface SideNavProps {
  /** Called after a plain click (not one that opens a new tab), so the phone drawer can close. */
  onNavigate?: () => void;
}

/** Brand and the menu of what this user may open. */
export function SideNav({ onNavigate }: SideNavProps) {
  const me = useMe();
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
        // Real links, so a middle click or 在新标签页中打开 works; <Link> itself navigates on a plain click.
        items={entries.map((e) => ({ key: e.path, icon: createElement(e.icon), label: <Link to={e.path}>{e.label}</Link> }))}
        onClick={({ domEvent }) => {
          const opensElsewhere = domEvent.ctrlKey || domEvent.metaKey || domEvent.shiftKey || domEvent.altKey;
          if (!opensElsewhere) onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none', flex: 1 }}
      />
    </div>
  );
}
