import { AuditOutlined, EditOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ActivityStatus } from '../../../contracts/ledger.contract.js';
import { canRecord, canReview } from '../../../domain/access.js';
import { countReviewQueue, listActivities } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCan, useMe } from '../../app/auth-context.js';
import styles from './HomePage.module.css';

/** How many of each kind of to-do the home page names one by one; the rest are a link to the list away. */
const LISTED = 5;

/** 待办: 登记活动 first for whoever records, then a clerk's returned entries and drafts (each a link), and a reviewer's queue. */
export function WorkQueue() {
  const me = useMe();
  const navigate = useNavigate();
  const isClerk = me.user.roles.includes('clerk');
  const isReviewer = useCan(canReview);
  const mayRecord = useCan(canRecord);
  if (!isClerk && !isReviewer && !mayRecord) return null;
  return (
    <>
      {mayRecord && (
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          onClick={() => navigate('/ledger/new')}
          style={{ height: 52, fontSize: 18, marginBottom: 16 }}
        >
          登记活动
        </Button>
      )}
      {isClerk && (
        <>
          <EntryList status="returned" title="被退回的活动" hint="审核退回，请按意见修改后重新提交" icon={<RollbackOutlined />} />
          <EntryList status="draft" title="草稿" hint="已登记、尚未提交审核" icon={<EditOutlined />} />
        </>
      )}
      {isReviewer && (
        <Card variant="borderless" title="待办" style={{ marginBottom: 16 }}>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={8}>
              <ReviewCount />
            </Col>
          </Row>
        </Card>
      )}
    </>
  );
}

interface EntryListProps {
  status: Extract<ActivityStatus, 'draft' | 'returned'>;
  title: string;
  hint: string;
  icon: ReactNode;
}

/** The clerk's entries in one state, most recently touched first; nothing at all when there are none. */
function EntryList({ status, title, hint, icon }: EntryListProps) {
  const load = useCallback((signal: AbortSignal) => listActivities({ status: [status], sort: '-updated', pageSize: LISTED }, signal), [status]);
  const entries = useApiQuery(load);
  const total = entries.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <Card
      variant="borderless"
      title={
        <span title={hint}>
          {icon} {title}
          <Tag color={status === 'returned' ? 'red' : undefined} style={{ marginInlineStart: 8 }}>
            {total} 条
          </Tag>
        </span>
      }
      extra={total > LISTED ? <Link to={`/ledger?status=${status}`}>全部</Link> : undefined}
      style={{ marginBottom: 16 }}
      styles={{ body: { paddingBlock: 4 } }}
    >
      <ul className={styles.entryList}>
        {(entries.data?.items ?? []).map((entry) => (
          <li key={entry.id}>
            <Link to={`/ledger/${entry.id}`} className={styles.entryLink}>
              <Typography.Text ellipsis style={{ color: 'inherit', minWidth: 0 }}>
                {entry.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                {entry.startDate}
              </Typography.Text>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function ReviewCount() {
  const navigate = useNavigate();
  const count = useApiQuery(countReviewQueue);
  return (
    <Card size="small" hoverable className={styles.quickLink} onClick={() => navigate('/review')}>
      <Statistic
        title={
          <span title="下级单位提交、等待您审核">
            <AuditOutlined /> 待审核
          </span>
        }
        value={count.data ?? '—'}
        suffix={count.data === undefined ? undefined : '条'}
        loading={count.loading && count.data === undefined}
        styles={{ content: { fontSize: 26 } }}
      />
    </Card>
  );
}
