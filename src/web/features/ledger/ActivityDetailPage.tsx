import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, describeError } from '../../api/api-error.js';
import { getActivity } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { NotFoundPage } from '../../app/NotFoundPage.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { ActivityActions } from './ActivityActions.js';
import { ActivityFacts } from './ActivityFacts.js';
import { ActivityTagGroups } from './ActivityTagGroups.js';
import { ActivityHistory } from './ActivityHistory.js';
import { EvidenceGallery } from './EvidenceGallery.js';
import { MeasureGrid } from './MeasureGrid.js';
import { StatusTag } from './StatusTag.js';

const TIME = 'YYYY-MM-DD HH:mm';
const cardStyle = { marginBottom: 16 };

/** One ledger entry: its state and actions, facts, figures, tags, evidence and history. */
export default function ActivityDetailPage() {
  const { id } = useParams();
  const activityId = Number(id);
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  // Switched-off indicators and tags still name the figures and tags of older entries.
  const catalogue = useCatalogue(true);
  const load = useCallback((signal: AbortSignal) => getActivity(activityId, signal), [activityId]);
  const entry = useApiQuery(load);

  if (!(Number.isInteger(activityId) && activityId > 0)) return <NotFoundPage />;
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/ledger')} style={{ paddingInline: 0, marginBottom: 8 }}>
      活动台账
    </Button>
  );
  if (entry.error !== undefined && !entry.data) {
    const notFound = entry.error instanceof ApiError && (entry.error.status === 404 || entry.error.status === 403);
    return (
      <div>
        {back}
        {notFound ? (
          <Result status="404" title="活动不存在" subTitle="该活动不存在、已被删除，或不在您的单位范围内。" />
        ) : (
          <Alert type="error" showIcon title={describeError(entry.error)} />
        )}
      </div>
    );
  }
  const activity = entry.data;
  if (!activity) {
    return (
      <div>
        {back}
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  }

  const index = catalogue.index;
  return (
    <div>
      {back}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: 12, marginBottom: 16 }}>
        <Space align="center" size={10} wrap style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {activity.title}
          </Typography.Title>
          <StatusTag status={activity.status} />
          {activity.deletedAt && <Tag>已删除</Tag>}
        </Space>
        <ActivityActions activity={activity} onChanged={entry.reload} block={isMobile} />
      </div>
      {activity.status === 'returned' && activity.returnReason && (
        <Alert type="error" showIcon style={cardStyle} title="退回原因" description={<span style={{ fontSize: 15 }}>{activity.returnReason}</span>} />
      )}
      {activity.deletedAt && (
        <Alert type="warning" showIcon style={cardStyle} title={`该活动已于 ${dayjs(activity.deletedAt).format(TIME)} 删除，在回收站中，可由管理员恢复。`} />
      )}
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          <Card title="基本信息" style={cardStyle}>
            <ActivityFacts activity={activity} column={isMobile ? 1 : 2} />
          </Card>
          <Card title="统计指标" style={cardStyle}>
            <MeasureGrid activity={activity} index={index} column={isMobile ? 2 : 3} />
          </Card>
          <Card title="佐证材料" extra={activity.evidence.length > 0 ? `${activity.evidence.length} 个文件` : undefined} style={cardStyle}>
            <EvidenceGallery evidence={activity.evidence} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="标签" style={cardStyle}>
            <ActivityTagGroups activity={activity} index={index} />
          </Card>
          <Card title="处理记录" style={cardStyle}>
            <ActivityHistory
              activityId={activity.id}
              orgName={(orgId) => (orgId === activity.orgId ? activity.orgName : undefined)}
              refreshKey={`${activity.version}:${activity.status}:${activity.deletedAt ?? ''}`}
              index={index}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
