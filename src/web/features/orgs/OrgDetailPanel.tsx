import { ApartmentOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card, Descriptions, Empty, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { OrgKind, OrgUnitDetail } from '../../../contracts/org.contract.js';
import { describeError } from '../../api/api-error.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { OrgActions } from './OrgActions.js';
import { OrgChildrenTable } from './OrgChildrenTable.js';
import type { OrgChange } from './org-change.js';

interface OrgDetailPanelProps {
  org: OrgUnitDetail | undefined;
  loading: boolean;
  error: unknown;
  isAdmin: boolean;
  includeInactive: boolean;
  ownOrgId: number;
  kinds: readonly OrgKind[];
  labelOfKind: (code: string) => string;
  onSelect: (id: number) => void;
  onChanged: (change: OrgChange) => void;
}

/** The selected unit: where it sits, what it is, how much lies under it, and (for admins) what can be done to it. */
export function OrgDetailPanel(props: OrgDetailPanelProps) {
  const { org, loading, error, isAdmin } = props;
  const isMobile = useIsMobile();

  if (error !== undefined && !org) {
    return (
      <Card>
        <Alert type="error" showIcon title={describeError(error)} />
      </Card>
    );
  }
  if (!org) {
    return <Card>{loading ? <Skeleton active /> : <Empty description="请在左侧选择一个单位" />}</Card>;
  }

  const items = [
    { key: 'kind', label: '类型', children: props.labelOfKind(org.kind) },
    { key: 'code', label: '代码', children: org.code ?? <Typography.Text type="secondary">未填写</Typography.Text> },
    { key: 'status', label: '状态', children: <ActiveTag active={org.active} /> },
    { key: 'children', label: '直属下级单位', children: `${org.childCount} 个` },
    { key: 'descendants', label: '全部下级单位', children: `${org.descendantCount} 个` },
    { key: 'users', label: '用户账号（含下级）', children: `${org.userCount} 个` },
    { key: 'sort', label: '排序号', children: org.sortOrder },
    { key: 'updated', label: '最近修改', children: dayjs(org.updatedAt).format('YYYY-MM-DD HH:mm') },
  ];

  return (
    <Card>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[...org.ancestors.map((a) => ({ key: a.id, title: <a onClick={() => props.onSelect(a.id)}>{a.name}</a> })), { key: org.id, title: org.name }]}
      />
      <Space align="center" size={10} wrap style={{ marginBottom: 16 }}>
        <ApartmentOutlined style={{ fontSize: 20, color: '#c0392b' }} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {org.name}
        </Typography.Title>
        <ActiveTag active={org.active} />
      </Space>
      {isAdmin ? (
        <div style={{ marginBottom: 20 }}>
          <OrgActions org={org} isOwnUnit={org.id === props.ownOrgId} kinds={props.kinds} busy={loading} onChanged={props.onChanged} />
        </div>
      ) : (
        <Typography.Paragraph type="secondary">如需调整组织机构，请联系管理员。</Typography.Paragraph>
      )}
      <Descriptions bordered size="small" column={isMobile ? 1 : 2} items={items} />
      <OrgChildrenTable org={org} includeInactive={props.includeInactive} labelOfKind={props.labelOfKind} onSelect={props.onSelect} />
    </Card>
  );
}
