import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Pagination, Popconfirm, Typography, type TablePaginationConfig } from 'antd';
import { useCallback, useState } from 'react';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import type { ActivitySummary } from '../../../contracts/ledger.contract.js';
import { canReview } from '../../../domain/access.js';
import { describeError } from '../../api/api-error.js';
import { approveActivity, listActivities, listReviewQueue } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { useCan } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { ActivityCardList } from './ActivityCardList.js';
import { ActivityTable } from './ActivityTable.js';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from './ledger-filters.js';
import { ReviewRowActions } from './ReviewRowActions.js';

const NO_INDICATORS: ReadonlyMap<string, Indicator> = new Map<string, Indicator>();

/**
 * 审核: entries of the reviewer's subtree waiting for review, longest waiting first, with 通过 and
 * 退回 on each row and 批量通过 for the selected ones.
 */
export default function ReviewPage() {
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const mayReview = useCan(canReview);
  const catalogue = useCatalogue(true);
  const indicators = catalogue.index?.indicatorByCode ?? NO_INDICATORS;
  const [orgId, setOrgId] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [selected, setSelected] = useState<number[]>([]);
  const [batchRunning, setBatchRunning] = useState(false);

  // Submitting is the last change before review, so the least recently updated has waited longest.
  // Reviewers get their own queue (without what they entered themselves); an admin who does not
  // review sees everything waiting in the subtree, read-only.
  const load = useCallback(
    (signal: AbortSignal) => {
      const params = { orgId, status: ['submitted' as const], sort: 'updated' as const, page, pageSize };
      return mayReview ? listReviewQueue(params, signal) : listActivities(params, signal);
    },
    [mayReview, orgId, page, pageSize],
  );
  const queue = useApiQuery(load);
  const items = queue.data?.items ?? [];
  const refresh = () => {
    setSelected([]);
    queue.reload();
  };

  const approveSelected = async () => {
    const chosen = items.filter((a) => selected.includes(a.id));
    setBatchRunning(true);
    const failures: string[] = [];
    // One at a time: a refusal (an entry someone else just handled) must not stop the rest.
    for (const activity of chosen) {
      try {
        await approveActivity(activity.id);
      } catch (error) {
        failures.push(`「${activity.title}」${describeError(error)}`);
      }
    }
    setBatchRunning(false);
    const passed = chosen.length - failures.length;
    if (failures.length === 0) message.success(`已通过 ${passed} 条活动`);
    else message.warning({ content: `已通过 ${passed} 条，${failures.length} 条未通过：${failures.join('；')}`, duration: 8 });
    refresh();
  };

  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: queue.data?.total ?? 0,
    showSizeChanger: !isMobile,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: (total) => `共 ${total} 条待审核`,
    size: isMobile ? 'small' : 'medium',
    onChange: (nextPage, nextSize) => {
      setPage(nextSize === pageSize ? nextPage : 1);
      setPageSize(nextSize);
      setSelected([]);
    },
  };

  const renderActions = mayReview ? (a: ActivitySummary) => <ReviewRowActions activity={a} disabled={batchRunning} onDone={refresh} /> : undefined;
  return (
    <div>
      <PageHeader
        title="审核"
        extra={
          mayReview &&
          !isMobile && (
            <Popconfirm
              title={`通过选中的 ${selected.length} 条活动？`}
              description="通过后活动将锁定，不能再修改。"
              okText="全部通过"
              onConfirm={approveSelected}
              disabled={selected.length === 0}
            >
              <Button type="primary" icon={<CheckOutlined />} disabled={selected.length === 0} loading={batchRunning}>
                批量通过{selected.length > 0 ? `（${selected.length}）` : ''}
              </Button>
            </Popconfirm>
          )
        }
      />
      {!mayReview && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="您没有审核员角色，只能查看待审核的活动；审核请由本单位审核员进行。" />}
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginBottom: 16 }}>
          <OrgTreeSelect
            value={orgId}
            onChange={(next) => {
              setOrgId(next);
              setPage(1);
              setSelected([]);
            }}
            allowClear
            placeholder="全部下级单位"
            style={{ width: isMobile ? '100%' : 280 }}
          />
          <Typography.Text type="secondary">按提交先后排列，等待最久的在前；本人登记的活动由其他审核员审核，不在此列。</Typography.Text>
        </div>
        {queue.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(queue.error)} />}
        {isMobile ? (
          <>
            <ActivityCardList items={items} loading={queue.loading} indicators={indicators} emptyText="没有待审核的活动" renderActions={renderActions} />
            <Pagination {...pagination} align="center" style={{ marginTop: 16 }} />
          </>
        ) : (
          <ActivityTable
            items={items}
            loading={queue.loading}
            indicators={indicators}
            pagination={pagination}
            actions={renderActions && { width: 160, render: renderActions }}
            rowSelection={mayReview ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) } : undefined}
            hideStatus
            emptyText="没有待审核的活动"
          />
        )}
      </Card>
    </div>
  );
}
