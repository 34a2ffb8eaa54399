import { ArrowLeftOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Segmented, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ReportTemplate } from '../../../contracts/report-template.contract.js';
import { canWriteReports } from '../../../domain/access.js';
import { describeError } from '../../api/api-error.js';
import { archiveReportTemplate, downloadReportTemplateFile, listReportTemplates, REPORT_TEMPLATE_SAMPLE_URL } from '../../api/report-templates.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { useCan, useIsAdmin } from '../../app/auth-context.js';
import { PageHeader } from '../../components/PageHeader.js';
import { saveBlob } from '../../components/save-blob.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { FillTemplateModal } from './FillTemplateModal.js';
import { PlaceholderPanel } from './PlaceholderPanel.js';
import styles from './ReportTemplates.module.css';
import {
  BACK_TO_REPORTS,
  EMPTY_ARCHIVED,
  EMPTY_LIVE,
  EMPTY_LIVE_READONLY,
  SAMPLE_LINK,
  TEMPLATES_INTRO,
  TEMPLATES_TITLE,
  UPLOAD_BUTTON,
} from './template-labels.js';
import { TemplateList } from './TemplateList.js';
import { UploadWarningsAlert } from './TemplateWarnings.js';
import { UploadTemplateModal } from './UploadTemplateModal.js';

/**
 * 自定义模板: an office's own .docx with Chinese placeholders, filled for a unit and a period. Lists
 * the templates (upload for writers, archive for admins), and every placeholder with its value.
 */
export default function ReportTemplatesPage() {
  const isAdmin = useIsAdmin();
  // Viewers (领导) and inspectors fill templates and browse, but do not upload: the same line as for reports.
  const canUpload = useCan(canWriteReports);
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const archived = params.get('archived') === 'true';
  const [uploading, setUploading] = useState(false);
  // The last upload that found leftovers in the template's text: told until the user closes it.
  const [warned, setWarned] = useState<ReportTemplate | undefined>(undefined);
  const [filling, setFilling] = useState<ReportTemplate | undefined>(undefined);
  const [downloadingId, setDownloadingId] = useState<number | undefined>(undefined);
  const { run } = useBusyAction();

  const load = useCallback((signal: AbortSignal) => listReportTemplates({ archived }, signal), [archived]);
  const templates = useApiQuery(load);

  const download = (t: ReportTemplate) =>
    run(async () => {
      setDownloadingId(t.id);
      try {
        const { blob, filename } = await downloadReportTemplateFile(t.id);
        saveBlob(blob, filename ?? t.filename);
      } finally {
        setDownloadingId(undefined);
      }
    });

  const archive = (t: ReportTemplate) =>
    run(async () => {
      await archiveReportTemplate(t.id);
      message.success(`已归档「${t.name}」`);
      templates.reload();
    });

  const uploaded = (t: ReportTemplate) => {
    setUploading(false);
    setWarned(t.warnings.length > 0 ? t : undefined);
    if (t.warnings.length === 0) message.success(`已上传「${t.name}」，可以用它生成文档了`);
    if (archived) setParams({}, { replace: true });
    else templates.reload();
  };

  const emptyText = archived ? EMPTY_ARCHIVED : canUpload ? EMPTY_LIVE : EMPTY_LIVE_READONLY;

  return (
    <div className={styles.page}>
      <Link to="/reports">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 4 }}>
          {BACK_TO_REPORTS}
        </Button>
      </Link>
      <PageHeader
        title={TEMPLATES_TITLE}
        extra={
          canUpload && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
              {UPLOAD_BUTTON}
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {TEMPLATES_INTRO}
        <a href={REPORT_TEMPLATE_SAMPLE_URL} download data-testid="sample-template" style={{ marginInlineStart: 4, whiteSpace: 'nowrap' }}>
          <DownloadOutlined /> {SAMPLE_LINK}
        </a>
      </Typography.Paragraph>
      {warned && <UploadWarningsAlert template={warned} onClose={() => setWarned(undefined)} />}
      <Card
        size="small"
        title="模板"
        extra={
          <Segmented<string>
            size={isMobile ? 'small' : 'middle'}
            value={archived ? 'archived' : 'live'}
            onChange={(v) => setParams(v === 'archived' ? { archived: 'true' } : {}, { replace: true })}
            options={[
              { value: 'live', label: '在用' },
              { value: 'archived', label: '已归档' },
            ]}
          />
        }
        style={{ marginBottom: 12 }}
        styles={{ body: { padding: isMobile ? '0 12px' : 0 } }}
      >
        {templates.error !== undefined && <Alert type="error" showIcon style={{ margin: 12 }} title={describeError(templates.error)} />}
        <TemplateList
          templates={templates.data ?? []}
          loading={templates.loading}
          emptyText={emptyText}
          canArchive={isAdmin}
          downloadingId={downloadingId}
          onFill={setFilling}
          onDownload={(t) => void download(t)}
          onArchive={(t) => void archive(t)}
        />
      </Card>
      <PlaceholderPanel />
      {uploading && <UploadTemplateModal onClose={() => setUploading(false)} onUploaded={uploaded} />}
      {filling && <FillTemplateModal template={filling} onClose={() => setFilling(undefined)} />}
    </div>
  );
}
