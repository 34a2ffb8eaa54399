import { App, Modal, Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ActivityListParams } from '../../api/ledger.api.js';
import { exportActivities, listActivities } from '../../api/ledger.api.js';
import type { DownloadProgress } from '../../api/client.js';
import { useReportError } from '../../api/useReportError.js';
import { saveBlob } from '../../components/save-blob.js';

// Measured on the demo ledger: an exported row takes about 120 bytes of compressed .xlsx.
const BYTES_PER_ROW = 120;

interface ExportProgressModalProps {
  params: ActivityListParams;
  onClose: () => void;
}

/**
 * Runs the Excel export while showing how far it has got (rows promised by the server, bytes
 * received), then hands the file to the browser. Closing the dialog cancels the download.
 */
export function ExportProgressModal({ params, onClose }: ExportProgressModalProps) {
  const { message } = App.useApp();
  const reportError = useReportError();
  const [progress, setProgress] = useState<DownloadProgress>({ receivedBytes: 0, totalItems: undefined });
  const controller = useRef(new AbortController());

  useEffect(() => {
    const abort = controller.current;
    // The workbook's first bytes come only once its writer has buffered a block; ask for the count
    // up front so the dialog says how many rows are coming straight away.
    listActivities({ ...params, page: 1, pageSize: 1 }, abort.signal)
      .then((page) => setProgress((p) => (p.totalItems === undefined ? { ...p, totalItems: page.total } : p)))
      .catch(() => undefined);
    exportActivities(params, setProgress, abort.signal)
      .then(({ blob, filename }) => {
        saveBlob(blob, filename ?? '活动台账.xlsx');
        message.success('导出完成');
        onClose();
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        reportError(error);
        onClose();
      });
    return () => abort.abort();
    // The export starts once per opening of the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { receivedBytes, totalItems } = progress;
  const expected = totalItems === undefined ? undefined : Math.max(1, totalItems * BYTES_PER_ROW);
  // An estimate: hold below 99% until the last byte is in.
  const percent = expected === undefined ? 0 : Math.min(99, Math.floor((receivedBytes / expected) * 100));
  return (
    <Modal open title="导出Excel" footer={null} onCancel={onClose} mask={{ closable: false }}>
      <Progress percent={percent} status="active" />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {totalItems === undefined ? '正在准备导出' : `共 ${totalItems.toLocaleString('zh-CN')} 条，已接收 ${(receivedBytes / 1024 / 1024).toFixed(1)} MB`}
        ；关闭此窗口将取消导出。
      </Typography.Paragraph>
    </Modal>
  );
}
