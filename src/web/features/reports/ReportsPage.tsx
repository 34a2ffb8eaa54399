import { FileWordOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  List,
  Pagination,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
  type TablePaginationConfig,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ReportSummary } from '../../../contracts/report-api.contract.js';
import { REPORT_KIND_LABELS } from '../../../contracts/report.contract.js';
import { canWriteReports } from '../../../domain/access.js';
import { describeError } from '../../api/api-error.js';
import { archiveReport, listReports } from '../../api/reports.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { useCan, useIsAdmin, useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { describePeriod } from '../../components/format-stats.js';
import { DraftReportModal } from './DraftReportModal.js';
import { DRAFT_BUTTON, REPORTS_TITLE } from './report-labels.js';

const PAGE_SIZE = 20;

const positiveInt = (raw: string | null): number | undefined => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};

const updated = (r: ReportSummary) => `${dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm')}${r.updatedBy ? ` · ${r.updatedBy}` : ''}`;

/** 总结报告: the reports of a unit and the units below it, and 起草新报告. The unit, tab and page live in the URL. */
export default function ReportsPage() {
  const me = useMe();
  const isAdmin = useIsAdmin();
  const canWrite = useCan(canWriteReports);
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const org = positiveInt(params.get('org'));
  const orgId = org ?? me.org.id;
  const archived = params.get('archived') === 'true';
  const page = positiveInt(params.get('page')) ?? 1;
  const [drafting, setDrafting] = useState(false);
  const { run } = useBusyAction();

  const update = (patch: { org?: number | undefined; archived?: boolean; page?: number }) => {
    const next = { org, archived, page: 1, ...patch };
    const search = new URLSearchParams();
    if (next.org !== undefined && next.org !== me.org.id) search.set('org', String(next.org));
    if (next.archived) search.set('archived', 'true');
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: true });
  };

  const load = useCallback((signal: AbortSignal) => listReports({ org: orgId, archived, page, pageSize: PAGE_SIZE }, signal), [orgId, archived, page]);
  const reports = useApiQuery(load);

  const archive = (r: ReportSummary) =>
    run(async () => {
      await archiveReport(r.id);
      message.success(`已归档「${r.title}」`);
      reports.reload();
    });

  const columns: TableColumnsType<ReportSummary> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (_: unknown, r) => (
        <Link to={`/reports/${r.id}`} data-testid="report-link">
          <FileWordOutlined style={{ marginRight: 6, color: '#2b579a' }} />
          {r.title}
        </Link>
      ),
    },
    { title: '单位', dataIndex: 'orgName', width: 140, ellipsis: true },
    { title: '时间', key: 'period', width: 150, render: (_: unknown, r) => describePeriod(r.from, r.to) },
    { title: '模板', dataIndex: 'kind', width: 120, render: (_: unknown, r) => REPORT_KIND_LABELS[r.kind] },
    {
      title: '更新',
      key: 'updated',
      width: 150,
      render: (_: unknown, r) => (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm')}
          {r.updatedBy && <div>{r.updatedBy}</div>}
        </Typography.Text>
      ),
    },
    { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第${v}版` },
    ...(isAdmin && !archived
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, r: ReportSummary) => (
              <Popconfirm
                title="归档这份报告？"
                description="归档后不再出现在列表中，仍可在「已归档」中查看和下载。"
                okText="归档"
                cancelText="取消"
                onConfirm={() => archive(r)}
              >
                <Button size="small" type="link">
                  归档
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const pagination: TablePaginationConfig = {
    current: page,
    pageSize: PAGE_SIZE,
    total: reports.data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total) => `共 ${total} 份`,
    size: isMobile ? 'small' : 'medium',
    onChange: (next) => update({ page: next }),
  };
  const emptyText = archived ? '没有已归档的报告' : canWrite ? `还没有报告，点击「${DRAFT_BUTTON}」由台账数据起草` : '还没有报告';

  return (
    <div style={{ maxWidth: 1440 }}>
      <PageHeader
        title={REPORTS_TITLE}
        extra={
          <Space size={8}>
            {/* 自定义模板: an office's own Word files filled from the same figures; viewers fill them too. */}
            <Link to="/reports/templates">
              <Button icon={<FormOutlined />}>自定义模板</Button>
            </Link>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrafting(true)}>
                {DRAFT_BUTTON}
              </Button>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: isMobile ? 12 : '12px 16px' } }}>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
          <div style={{ flex: isMobile ? '1 1 100%' : 'none', minWidth: 0, width: isMobile ? undefined : 260 }}>
            <OrgTreeSelect value={orgId} onChange={(id) => update({ org: id })} placeholder="单位" />
          </div>
          <Segmented<string>
            value={archived ? 'archived' : 'live'}
            onChange={(v) => update({ archived: v === 'archived' })}
            options={[
              { value: 'live', label: '在用' },
              { value: 'archived', label: '已归档' },
            ]}
          />
          {!isMobile && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              含所选单位及其下级单位的报告
            </Typography.Text>
          )}
        </div>
      </Card>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {reports.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(reports.error)} />}
        {isMobile ? (
          <>
            <List
              loading={reports.loading}
              dataSource={reports.data?.items ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
              renderItem={(r) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Link to={`/reports/${r.id}`} data-testid="report-link">
                        {r.title}
                      </Link>
                    }
                    description={
                      <>
                        <div>
                          {r.orgName} · {describePeriod(r.from, r.to)} <Tag style={{ marginLeft: 4 }}>第{r.version}版</Tag>
                        </div>
                        <div style={{ fontSize: 12 }}>{updated(r)}</div>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
            <Pagination {...pagination} align="center" style={{ marginTop: 16 }} />
          </>
        ) : (
          <Table<ReportSummary>
            rowKey="id"
            columns={columns}
            dataSource={reports.data?.items ?? []}
            loading={reports.loading}
            pagination={pagination}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
          />
        )}
      </Card>
      {drafting && <DraftReportModal orgId={orgId} orgKind={orgId === me.org.id ? me.org.kind : undefined} onClose={() => setDrafting(false)} />}
    </div>
  );
}
