import { Alert, Button, Drawer, List, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import type { ReportDetail } from '../../../contracts/report-api.contract.js';
import { describeError } from '../../api/api-error.js';
import { listReportVersions, restoreReportVersion } from '../../api/reports.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useBusyAction } from '../../api/useBusyAction.js';

interface VersionsDrawerProps {
  report: ReportDetail;
  dirty: boolean;
  canWrite: boolean;
  compact: boolean;
  onClose: () => void;
  onRestored: (report: ReportDetail) => void;
}

/** Every saved version, newest first; an earlier one can be made current again (as a new version, so nothing is lost). */
export function VersionsDrawer({ report, dirty, canWrite, compact, onClose, onRestored }: VersionsDrawerProps) {
  const load = useCallback((signal: AbortSignal) => listReportVersions(report.id, signal), [report.id]);
  // A new current version (a save while the drawer is open) lists again.
  const versions = useApiQuery(load, report.version);
  const { working, run } = useBusyAction();

  const restore = (version: number) =>
    run(async () => {
      onRestored(await restoreReportVersion(report.id, version, report.version));
    });

  return (
    <Drawer open title="版本记录" onClose={onClose} size={compact ? '100%' : 420} destroyOnHidden>
      {dirty && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="本页有未保存的修改；恢复旧版本会放弃这些修改。" />}
      {versions.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(versions.error)} />}
      <List
        loading={versions.loading && !versions.data}
        dataSource={versions.data ?? []}
        locale={{ emptyText: '暂无版本记录' }}
        renderItem={(v) => (
          <List.Item
            data-testid="report-version"
            actions={
              v.current || !canWrite
                ? []
                : [
                    <Popconfirm
                      key="restore"
                      title={`恢复第${v.version}版？`}
                      description="当前内容会保留为一个版本，可随时再恢复。"
                      okText="恢复"
                      cancelText="取消"
                      onConfirm={() => restore(v.version)}
                    >
                      <Button size="small" loading={working}>
                        恢复
                      </Button>
                    </Popconfirm>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <span>
                  第{v.version}版 {v.current && <Tag color="red">当前</Tag>}
                </span>
              }
              description={
                <>
                  <div>{v.note}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dayjs(v.savedAt).format('YYYY-MM-DD HH:mm')}
                    {v.savedBy ? ` · ${v.savedBy}` : ''}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
