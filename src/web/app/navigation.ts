import {
  ApartmentOutlined,
  AimOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FileWordOutlined,
  HomeOutlined,
  LinkOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Role } from '../../contracts/account.contract.js';

export interface NavEntry {
  path: string;
  label: string;
  icon: ComponentType;
  /** Only users holding one of these roles see the entry; absent means everyone. */
  roles?: readonly Role[];
  /** Entries of features not built yet stay in the map (domain.md §7) but out of the menu. */
  built: boolean;
}

/** The side menu, in the product map's order. Switch `built` on as each feature lands. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: '工作台', icon: HomeOutlined, built: true },
  { path: '/ledger', label: '活动台账', icon: FileTextOutlined, built: true },
  { path: '/review', label: '审核', icon: AuditOutlined, roles: ['reviewer', 'admin'], built: true },
  { path: '/stats', label: '统计分析', icon: BarChartOutlined, built: true },
  { path: '/targets', label: '目标任务', icon: AimOutlined, built: true },
  { path: '/reports', label: '总结报告', icon: FileWordOutlined, built: true },
  { path: '/report-check', label: '材料体检', icon: SafetyCertificateOutlined, built: true },
  { path: '/model-units', label: '示范创建', icon: TrophyOutlined, built: false },
  { path: '/inspections', label: '督查整改', icon: FileSearchOutlined, built: false },
  { path: '/pairings', label: '结对', icon: LinkOutlined, built: false },
  { path: '/orgs', label: '组织机构', icon: ApartmentOutlined, built: true },
  { path: '/users', label: '用户', icon: TeamOutlined, roles: ['admin'], built: true },
  { path: '/settings', label: '配置', icon: SettingOutlined, roles: ['admin'], built: true },
];

export function visibleNavEntries(roles: readonly Role[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.built && (!entry.roles || entry.roles.some((r) => roles.includes(r))));
}

/** The entry a location belongs to: the longest path that prefixes it, so /orgs/12 still lights up 组织机构. */
export function activeNavPath(pathname: string, entries: readonly NavEntry[]): string | undefined {
  const matches = entries.filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
