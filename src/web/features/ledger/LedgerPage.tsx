import { DeleteOutlined, DownloadOutlined, EllipsisOutlined, PlusOutlined, RollbackOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Pagination, Space, type TablePaginationConfig } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import type { ActivityPage, ActivitySummary } from '../../../contracts/ledger.contract.js';
import { canRecord } from '../../../domain/access.js';
import { describeError } from '../../api/api-error.js';
import { listActivities, restoreActivity } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { useCatalogue } from '../../api/useCatalogue.js';
import { useCan, useIsAdmin } from '../../app/auth-context.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { ActivityCardList } from './ActivityCardList.js';
import { ActivityTable } from './ActivityTable.js';
import { ImportActivitiesModal } from './ImportActivitiesModal.js';
import { ExportProgressModal } from './ExportProgressModal.js';
import { LedgerFilterBar } from './LedgerFilterBar.js';
import {
  hasActiveFilters,
  PAGE_SIZES,
  readLedgerFilters,
  SEARCH_MIN,
  searchIncomplete,
  toListParams,
  writeLedgerFilters,
  type LedgerFilters,
} from './ledger-filters.js';

const NO_INDICATORS: ReadonlyMap<string, Indicator> = new Map<string, Indicator>();

/** 活动台账: the entries of the user's subtree, filtered through the URL, as a table or (phones) cards. */
export default function LedgerPage() {
  const isAdmin = useIsAdmin();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const mayRecord = useCan(canRecord);
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => readLedgerFilters(new URLSearchParams(search)), [search]);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Filters offer what is in use; the list also names figures of indicators switched off since.
  const catalogue = useCatalogue();
  const indicators = useCatalogue(true).index?.indicatorByCode ?? NO_INDICATORS;
  const { working, run } = useBusyAction();

  // A search too short to send shows no entries: the previous word's results under the new word would mislead.
  const incompleteSearch = searchIncomplete(filters);
  const load = useCallback(
    (signal: AbortSignal): Promise<ActivityPage> =>
      incompleteSearch ? Promise.resolve({ items: [], total: 0, page: 1, pageSize: filters.pageSize }) : listActivities(toListParams(filters), signal),
    [filters, incompleteSearch],
  );
  const list = useApiQuery(load);

  // Any change of filter starts again at page 1; replace keeps the back button for leaving the page.
  const update = (patch: Partial<LedgerFilters>) => setParams(writeLedgerFilters({ ...filters, page: 1, ...patch }), { replace: true });

  const restore = (item: ActivitySummary) =>
    run(async () => {
      await restoreActivity(item.id);
      message.success(`已恢复「${item.title}」`);
      list.reload();
    });

  const pagination: TablePaginationConfig = {
    current: filters.page,
    pageSize: filters.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: !isMobile,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: (total) => `共 ${total} 条`,
    size: isMobile ? 'small' : 'medium',
    onChange: (page, pageSize) => update({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
  };

  const toggleTrash = () => update({ deleted: !filters.deleted, status: [] });
  const restoreAction =
    isAdmin && filters.deleted
      ? (a: ActivitySummary) => (
          <Button size="small" icon={<RollbackOutlined />} disabled={working} onClick={() => void restore(a)}>
            恢复
          </Button>
        )
      : undefined;

  const desktopActions = (
    <Space wrap>
      {isAdmin && (
        <Button icon={filters.deleted ? <RollbackOutlined /> : <DeleteOutlined />} onClick={toggleTrash}>
          {filters.deleted ? '返回台账' : '回收站'}
        </Button>
      )}
      {mayRecord && !filters.deleted && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          导入
        </Button>
      )}
      {/* The list shows nothing for a search too short to send: an export then would hold everything. */}
      <Button icon={<DownloadOutlined />} disabled={incompleteSearch} onClick={() => setExporting(true)}>
        导出Excel
      </Button>
      {mayRecord && !filters.deleted && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/ledger/new')}>
          登记活动
        </Button>
      )}
    </Space>
  );

  const mobileMenu = [
    ...(mayRecord && !filters.deleted ? [{ key: 'import', icon: <UploadOutlined />, label: '导入', onClick: () => setImporting(true) }] : []),
    { key: 'export', icon: <DownloadOutlined />, label: '导出Excel', disabled: incompleteSearch, onClick: () => setExporting(true) },
    ...(isAdmin
      ? [
          {
            key: 'trash',
            icon: filters.deleted ? <RollbackOutlined /> : <DeleteOutlined />,
            label: filters.deleted ? '返回台账' : '回收站',
            onClick: toggleTrash,
          },
        ]
      : []),
  ];
  const mobileActions = (
    <Space size={8}>
      {mayRecord && !filters.deleted && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/ledger/new')}>
          登记
        </Button>
      )}
      <Dropdown menu={{ items: mobileMenu }} trigger={['click']} placement="bottomRight">
        <Button icon={<EllipsisOutlined />} aria-label="更多操作" />
      </Dropdown>
    </Space>
  );

  const emptyText = incompleteSearch
    ? `每个搜索词至少${SEARCH_MIN}个字，多个词用空格分开`
    : filters.deleted
      ? '回收站是空的'
      : hasActiveFilters(filters)
        ? '没有符合条件的活动'
        : '还没有登记活动';
  return (
    <div>
      <PageHeader title={filters.deleted ? '活动台账 · 回收站' : '活动台账'} extra={isMobile ? mobileActions : desktopActions} />
      {filters.deleted && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="以下是已删除的活动。恢复后重新出现在台账中。" />}
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <div style={{ marginBottom: 16 }}>
          <LedgerFilterBar filters={filters} onChange={update} index={catalogue.index} compact={isMobile} />
        </div>
        {list.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(list.error)} />}
        {isMobile ? (
          <>
            <ActivityCardList
              items={list.data?.items ?? []}
              loading={list.loading}
              indicators={indicators}
              emptyText={emptyText}
              renderActions={restoreAction}
            />
            <Pagination {...pagination} align="center" style={{ marginTop: 16 }} />
          </>
        ) : (
          <ActivityTable
            items={list.data?.items ?? []}
            loading={list.loading}
            indicators={indicators}
            pagination={pagination}
            dateOrder={filters.sort === 'date' ? 'ascend' : filters.sort === '-date' ? 'descend' : undefined}
            onDateOrderChange={(order) => update({ sort: order === 'ascend' ? 'date' : '-date' })}
            actions={restoreAction && { width: 96, render: restoreAction }}
            emptyText={emptyText}
          />
        )}
      </Card>
      {importing && (
        <ImportActivitiesModal
          onClose={() => setImporting(false)}
          onDone={() => {
            setImporting(false);
            list.reload();
          }}
        />
      )}
      {exporting && <ExportProgressModal params={toListParams(filters)} onClose={() => setExporting(false)} />}
    </div>
  );
}
