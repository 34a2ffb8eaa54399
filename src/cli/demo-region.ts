import type { Role } from '../contracts/account.contract.js';

/**
 * 示例县, the fictional county every demo and end-to-end test uses. Names are invented; any
 * likeness to a real place is the genre's, not a record of it.
 */
export interface DemoUnit {
  name: string;
  kind: string;
  children?: DemoUnit[];
}

const villageNames = [
  '东风村',
  '向阳村',
  '团结村',
  '和平村',
  '幸福村',
  '新华村',
  '光明村',
  '胜利村',
  '红星村',
  '友谊村',
  '前进村',
  '丰收村',
  '永安村',
  '富民村',
  '长青村',
  '金桥村',
  '同心村',
  '新建村',
  '清泉村',
  '春光村',
  '兴旺村',
  '石榴村',
];
const communityNames = [
  '文化路社区',
  '建设路社区',
  '人民路社区',
  '团结路社区',
  '南湖社区',
  '北园社区',
  '花园社区',
  '滨河社区',
  '新城社区',
  '育才社区',
  '锦绣社区',
];

function villages(offset: number, count: number): DemoUnit[] {
  return Array.from({ length: count }, (_, i) => ({ name: villageNames[(offset + i) % villageNames.length]!, kind: 'village' }));
}

function communities(offset: number, count: number): DemoUnit[] {
  return Array.from({ length: count }, (_, i) => ({ name: communityNames[(offset + i) % communityNames.length]!, kind: 'community' }));
}

function township(name: string, kind: 'township' | 'street', areas: DemoUnit[], extra: DemoUnit[] = []): DemoUnit {
  const short = name.replace(/(镇|乡|街道)$/, '');
  const office = kind === 'street' ? `${name}办事处` : `${name}人民政府`;
  return {
    name,
    kind,
    children: [{ name: office, kind: 'agency' }, { name: `${short}中心学校`, kind: 'school' }, ...areas, ...extra],
  };
}

export const DEMO_REGION: DemoUnit = {
  name: '示例县',
  kind: 'county',
  children: [
    township(
      '城关镇',
      'township',
      [...communities(0, 4), ...villages(0, 7)],
      [
        { name: '城关镇幼儿园', kind: 'school' },
        { name: '示例县石榴食品有限公司', kind: 'enterprise' },
      ],
    ),
    township('东城街道', 'street', communities(4, 7), [{ name: '东城商务楼宇', kind: 'building' }]),
    township('西城街道', 'street', [...communities(0, 3), ...communities(7, 4)]),
    township('河口镇', 'township', villages(3, 12), [{ name: '河口镇卫生院', kind: 'hospital' }]),
    township('青山乡', 'township', villages(6, 11)),
    township('石榴乡', 'township', villages(9, 12), [{ name: '石榴乡农民专业合作社', kind: 'enterprise' }]),
    township('红旗镇', 'township', villages(12, 11)),
    township('柳树乡', 'township', villages(15, 11)),
    township('白杨镇', 'township', villages(18, 12), [{ name: '白杨镇清真寺', kind: 'religious_venue' }]),
    { name: '县委统战部', kind: 'agency' },
    { name: '县民族宗教事务局', kind: 'agency' },
    { name: '县委宣传部', kind: 'agency' },
    { name: '县教育局', kind: 'agency' },
    { name: '示例县第一中学', kind: 'school' },
    { name: '示例县实验小学', kind: 'school' },
    { name: '示例县职业技术学校', kind: 'school' },
    { name: '示例县人民医院', kind: 'hospital' },
    { name: '示例县工业园区', kind: 'park' },
    { name: '示例县农业发展有限公司', kind: 'enterprise' },
  ],
};

export interface DemoAccount {
  username: string;
  displayName: string;
  /** Names from the county down to the account's unit. */
  orgPath: string[];
  roles: Role[];
  note: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '县创建办管理员', orgPath: ['示例县'], roles: ['admin', 'reviewer'], note: '县级管理员' },
  { username: 'viewer', displayName: '县领导', orgPath: ['示例县'], roles: ['viewer'], note: '县级领导查看' },
  { username: 't1-admin', displayName: '城关镇管理员', orgPath: ['示例县', '城关镇'], roles: ['admin', 'reviewer'], note: '城关镇管理员' },
  { username: 't1-clerk', displayName: '东风村填报员', orgPath: ['示例县', '城关镇', '东风村'], roles: ['clerk'], note: '城关镇东风村填报员' },
  { username: 't2-admin', displayName: '河口镇管理员', orgPath: ['示例县', '河口镇'], roles: ['admin', 'reviewer'], note: '河口镇管理员' },
  { username: 't2-clerk', displayName: '和平村填报员', orgPath: ['示例县', '河口镇', '和平村'], roles: ['clerk'], note: '河口镇和平村填报员' },
];
