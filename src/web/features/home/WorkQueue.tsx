import { AuditOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { ActivityStatus } from '../../../contracts/ledger.contract.js';
import { canReview } from '../../../domain/access.js';
import { countActivities, countReviewQueue } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCan, useMe } from '../../app/auth-context.js';
import styles from './HomePage.module.css';

/** 待办: a clerk's drafts and returned entries, a reviewer's queue — real counts, each a link to the list. */
export function WorkQueue() {
  const me = useMe();
  const isClerk = me.user.roles.includes('clerk');
  const isReviewer = useCan(canReview);
  if (!isClerk && !isReviewer) return null;
  return (
    <Card variant="borderless" title="待办" style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        {isClerk && (
          <>
            <Col xs={12} md={8}>
              <QueueCount status="draft" title="草稿" hint="已登记、尚未提交审核" icon={<EditOutlined />} to="/ledger?status=draft" />
            </Col>
            <Col xs={12} md={8}>
              <QueueCount status="returned" title="已退回" hint="审核退回，需修改后重新提交" icon={<RollbackOutlined />} to="/ledger?status=returned" />
            </Col>
          </>
        )}
        {isReviewer && (
          <Col xs={12} md={8}>
            <QueueCount status="submitted" title="待审核" hint="下级单位提交、等待您审核" icon={<AuditOutlined />} to="/review" />
          </Col>
        )}
      </Row>
    </Card>
  );
}

interface QueueCountProps {
  status: ActivityStatus;
  title: string;
  hint: string;
  icon: ReactNode;
  to: string;
}

function QueueCount({ status, title, hint, icon, to }: QueueCountProps) {
  const navigate = useNavigate();
  const load = useCallback(
    (signal: AbortSignal) => (status === 'submitted' ? countReviewQueue(signal) : countActivities({ status: [status] }, signal)),
    [status],
  );
  const count = useApiQuery(load);
  return (
    <Card size="small" hoverable className={styles.quickLink} onClick={() => navigate(to)}>
      <Statistic
        title={
          <span title={hint}>
            {icon} {title}
          </span>
        }
        value={count.data ?? '—'}
        suffix={count.data === undefined ? undefined : '条'}
        loading={count.loading && count.data === undefined}
        styles={{ content: { fontSize: 26, color: status === 'returned' && (count.data ?? 0) > 0 ? '#c0392b' : undefined } }}
      />
    </Card>
  );
}
