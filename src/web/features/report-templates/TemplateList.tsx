import { FileWordOutlined } from '@ant-design/icons';
import { Empty, List, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import type { ReportTemplate } from '../../../contracts/report-template.contract.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { formatFileSize } from '../ledger/evidence-draft.js';
import { TemplateActions, type TemplateActionHandlers } from './TemplateActions.js';
import { TemplateWarningsTag } from './TemplateWarnings.js';
import { UsedPlaceholders } from './UsedPlaceholders.js';

interface TemplateListProps extends TemplateActionHandlers {
  templates: readonly ReportTemplate[];
  loading: boolean;
  emptyText: string;
  canArchive: boolean;
  downloadingId: number | undefined;
}

const uploaded = (t: ReportTemplate) => `${dayjs(t.createdAt).format('YYYY-MM-DD HH:mm')}${t.createdBy ? ` · ${t.createdBy}` : ''}`;

function TemplateName({ template: t }: { template: ReportTemplate }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong data-testid="template-name">
        <FileWordOutlined style={{ marginInlineEnd: 6, color: '#2b579a' }} />
        {t.name}
      </Typography.Text>
      <TemplateWarningsTag warnings={t.warnings} />
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {t.filename} · {formatFileSize(t.size)}
        </Typography.Text>
      </div>
    </div>
  );
}

/** The templates: a table on wide screens, cards on phones, each with its actions. */
export function TemplateList({ templates, loading, emptyText, canArchive, downloadingId, ...handlers }: TemplateListProps) {
  const isMobile = useIsMobile();
  const empty = { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> };
  const actions = (t: ReportTemplate) => <TemplateActions template={t} canArchive={canArchive} downloading={downloadingId === t.id} {...handlers} />;

  if (isMobile) {
    return (
      <List
        loading={loading}
        dataSource={[...templates]}
        locale={empty}
        rowKey="id"
        renderItem={(t) => (
          <List.Item data-testid="template-row" style={{ display: 'block' }}>
            <TemplateName template={t} />
            <div style={{ fontSize: 13, margin: '4px 0', color: 'rgba(0,0,0,0.6)' }}>
              {t.orgName} · <UsedPlaceholders placeholders={t.placeholders} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {uploaded(t)} 上传
            </Typography.Text>
            <div style={{ marginTop: 8 }}>{actions(t)}</div>
          </List.Item>
        )}
      />
    );
  }

  const columns: TableColumnsType<ReportTemplate> = [
    { title: '模板', key: 'name', render: (_: unknown, t) => <TemplateName template={t} /> },
    { title: '所属单位', dataIndex: 'orgName', width: 150, ellipsis: true },
    { title: '占位符', key: 'placeholders', width: 110, render: (_: unknown, t) => <UsedPlaceholders placeholders={t.placeholders} /> },
    {
      title: '上传',
      key: 'uploaded',
      width: 150,
      render: (_: unknown, t) => (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {dayjs(t.createdAt).format('YYYY-MM-DD HH:mm')}
          {t.createdBy && <div>{t.createdBy}</div>}
        </Typography.Text>
      ),
    },
    { title: '操作', key: 'actions', width: 300, render: (_: unknown, t) => actions(t) },
  ];
  return (
    <Table<ReportTemplate>
      rowKey="id"
      columns={columns}
      dataSource={[...templates]}
      loading={loading}
      pagination={templates.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 个` } : false}
      locale={empty}
      onRow={() => ({ 'data-testid': 'template-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
