import { Alert, Checkbox, Typography } from 'antd';
import type { FigureChange, ReportDetail } from '../../../contracts/report-api.contract.js';
import { REPORT_KIND_LABELS, type ReportBody } from '../../../contracts/report.contract.js';
import { describePeriod } from '../../components/format-stats.js';

interface EditorHeaderProps {
  report: ReportDetail;
  options: ReportBody['options'];
  onOptions: (options: ReportBody['options']) => void;
  /** The user may write and the report is not archived. */
  editable: boolean;
  canWrite: boolean;
  /** Figures the last refresh changed, listed until dismissed. */
  changes: FigureChange[] | undefined;
  onDismissChanges: () => void;
  compact: boolean;
}

/** Above the page: unit, period and template, the .docx options, and why the report is read-only or what a refresh changed. */
export function EditorHeader({ report, options, onOptions, editable, canWrite, changes, onDismissChanges, compact }: EditorHeaderProps) {
  return (
    <div style={{ maxWidth: 794 + (compact ? 0 : 280), margin: '0 auto' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 16, rowGap: 4, marginBottom: 8, color: '#6b5f5c', fontSize: 13 }}>
        <span>
          {report.orgName} · {describePeriod(report.from, report.to)} · {REPORT_KIND_LABELS[report.kind]}模板
        </span>
        {editable && (
          <span>
            <Checkbox checked={options.charts} onChange={(e) => onOptions({ ...options, charts: e.target.checked })}>
              Word 中附图表
            </Checkbox>
            <Checkbox checked={options.appendix} onChange={(e) => onOptions({ ...options, appendix: e.target.checked })}>
              附数据来源表
            </Checkbox>
          </span>
        )}
      </div>
      {report.archivedAt !== null && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="该报告已归档，只能查看和下载。" />}
      {!canWrite && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="您可以查看和下载这份报告；修改需要填报员或管理员权限。" />}
      {changes && changes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => onDismissChanges() }}
          style={{ marginBottom: 12 }}
          title={`刷新后有 ${changes.length} 处数字变化（橙色标出，悬停可见原值）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {changes.slice(0, 8).map((c) => (
                <li key={c.figureId}>
                  {c.label}：{c.before} → <strong>{c.after}</strong>
                </li>
              ))}
              {changes.length > 8 && <li>……共 {changes.length} 处</li>}
            </ul>
          }
        />
      )}
      {editable && !compact && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          点击任一段落即可修改；红色的是台账数据，点击查看背后的活动。
        </Typography.Paragraph>
      )}
    </div>
  );
}
