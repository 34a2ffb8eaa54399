import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileTextOutlined,
  FileWordOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { canRecord, canReview } from '../../../domain/access.js';
import { describeError } from '../../api/api-error.js';
import { getOrg } from '../../api/orgs.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCan, useIsAdmin, useMe } from '../../app/auth-context.js';
import { RoleTags } from '../../components/RoleTags.js';
import styles from './HomePage.module.css';
import { WorkQueue } from './WorkQueue.js';

/** 工作台: who and where the user is, their ledger to-dos, real counts of their subtree, and the way to what is built so far. */
export default function HomePage() {
  const me = useMe();
  const isAdmin = useIsAdmin();
  const isReviewer = useCan(canReview);
  const mayRecord = useCan(canRecord);
  const orgId = me.org.id;
  const load = useCallback((signal: AbortSignal) => getOrg(orgId, signal), [orgId]);
  const unit = useApiQuery(load);
  const quickLinks: QuickLinkProps[] = [
    {
      to: '/ledger',
      icon: <FileTextOutlined />,
      title: '活动台账',
      description: mayRecord ? '登记活动、上传照片和签到表，批量导入 Excel 台账' : '查看本级及下级单位登记的活动',
    },
    { to: '/stats', icon: <BarChartOutlined />, title: '统计分析', description: '本级及下级的场次、人次、资金等数字，按月、按单位、按类型查看，点开即见台账' },
    { to: '/targets', icon: <AimOutlined />, title: '目标任务', description: '年度目标的完成进度和下级单位排名' },
    { to: '/reports', icon: <FileWordOutlined />, title: '总结报告', description: '由台账数据起草年度总结，在线修改，下载公文格式 Word；数字可追溯' },
    {
      to: '/report-check',
      icon: <SafetyCertificateOutlined />,
      title: '材料体检',
      description: '检查材料中遗留的 XX 占位符、序号错乱、数字对不上、网页残留等问题',
    },
    ...(isReviewer ? [{ to: '/review', icon: <AuditOutlined />, title: '审核', description: '审核下级单位提交的活动，通过或退回' }] : []),
    { to: '/orgs', icon: <ApartmentOutlined />, title: '组织机构', description: isAdmin ? '维护本级及下级单位，批量导入组织架构' : '查看本级及下级单位' },
    ...(isAdmin
      ? [
          { to: '/users', icon: <TeamOutlined />, title: '用户', description: '为各单位开设账号、分配角色、重置密码' },
          { to: '/settings', icon: <SettingOutlined />, title: '配置', description: '维护统计指标、活动类型、标签和活动时段' },
        ]
      : []),
  ];

  // A village has no lower units: a figure of 0 tells the clerk nothing, so it is left out, and the card with it when all are.
  const unitFigures: UnitFigure[] = [
    { title: '直属下级单位', value: unit.data?.childCount },
    { title: '全部下级单位', value: unit.data?.descendantCount },
    { title: '用户账号', hint: '含各级下级单位的账号', value: unit.data?.userCount },
  ];

  return (
    <div className={styles.page}>
      <Card className={styles.welcome} variant="borderless">
        <Typography.Text className={styles.date}>{dayjs().format('YYYY年M月D日 dddd')}</Typography.Text>
        <Typography.Title level={3} className={styles.greeting}>
          您好，{me.user.displayName}
        </Typography.Title>
        <div className={styles.identity}>
          <span>{me.org.name}</span>
          <span className={styles.separator} />
          <RoleTags roles={me.user.roles} />
        </div>
      </Card>

      <WorkQueue />

      {unit.loading && !unit.data ? (
        <Card variant="borderless" title="本单位概况">
          <Skeleton active paragraph={{ rows: 1 }} />
        </Card>
      ) : (
        <UnitFigures figures={unitFigures} />
      )}
      {unit.error !== undefined && <Alert type="error" showIcon title={describeError(unit.error)} style={{ marginTop: 16 }} />}

      <Typography.Title level={5} className={styles.sectionTitle}>
        常用功能
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {quickLinks.map((link) => (
          <Col key={link.to} xs={24} md={12}>
            <QuickLink {...link} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

interface UnitFigure {
  title: string;
  hint?: string;
  value: number | undefined;
}

function UnitFigures({ figures }: { figures: UnitFigure[] }) {
  const shown = figures.filter((f) => f.value !== undefined && f.value > 0);
  if (shown.length === 0) return null;
  return (
    <Card variant="borderless" title="本单位概况">
      <Row gutter={[12, 12]}>
        {shown.map((f) => (
          <Col key={f.title} span={24 / shown.length}>
            <CountStatistic {...f} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function CountStatistic({ title, hint, value }: { title: string; hint?: string; value: number | undefined }) {
  return (
    <Statistic
      title={hint ? <span title={hint}>{title}</span> : title}
      value={value ?? '—'}
      suffix={value === undefined ? undefined : '个'}
      styles={{ content: { fontSize: 26 } }}
    />
  );
}

interface QuickLinkProps {
  to: string;
  icon: ReactNode;
  title: string;
  description: string;
}

function QuickLink({ to, icon, title, description }: QuickLinkProps) {
  const navigate = useNavigate();
  return (
    <Card variant="borderless" hoverable className={styles.quickLink} onClick={() => navigate(to)}>
      <div className={styles.quickLinkBody}>
        <span className={styles.quickLinkIcon}>{icon}</span>
        <div style={{ flex: 1 }}>
          <div className={styles.quickLinkTitle}>{title}</div>
          <Typography.Text type="secondary">{description}</Typography.Text>
        </div>
        <RightOutlined className={styles.quickLinkArrow} />
      </div>
    </Card>
  );
}
