import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ORG_IMPORT_COLUMNS, type ImportOrgsResult } from '../../../contracts/org.contract.js';
import { ApiError, describeError } from '../../api/api-error.js';
import { importOrgs, ORG_IMPORT_TEMPLATE_URL } from '../../api/orgs.api.js';
import { toImportErrorRows, type ImportErrorRow } from '../../api/import-errors.js';

type Check =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'valid'; result: ImportOrgsResult }
  | { status: 'invalid'; detail: string; rows: ImportErrorRow[] };

interface ImportOrgsModalProps {
  onClose: () => void;
  onImported: (result: ImportOrgsResult) => void;
}

const errorColumns = [
  { title: '行', dataIndex: 'row', width: 64, render: (row: number | undefined) => row ?? '—' },
  { title: '列', dataIndex: 'column', width: 96, render: (column: string | undefined) => column ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

/**
 * 批量导入: choose a file, let the server check every row without saving (dry run), read the
 * problems, then import for real. The server imports all rows or none, so a bad file changes nothing.
 */
export function ImportOrgsModal({ onClose, onImported }: ImportOrgsModalProps) {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [importing, setImporting] = useState(false);

  const failedCheck = (error: unknown): Check => ({
    status: 'invalid',
    detail: describeError(error),
    rows: error instanceof ApiError && error.problem.errors ? toImportErrorRows(error.problem.errors) : [],
  });

  const runCheck = async (chosen: File) => {
    setCheck({ status: 'checking' });
    try {
      setCheck({ status: 'valid', result: await importOrgs(chosen, true) });
    } catch (error) {
      setCheck(failedCheck(error));
    }
  };

  const runImport = async () => {
    if (!file) return;
    setImporting(true);
    try {
      onImported(await importOrgs(file, false));
    } catch (error) {
      setCheck(failedCheck(error));
    } finally {
      setImporting(false);
    }
  };

  const step = !file ? 0 : check.status === 'valid' ? 2 : 1;
  return (
    <Modal
      open
      width={720}
      title="批量导入组织机构"
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="check" disabled={!file} loading={check.status === 'checking'} onClick={() => file && void runCheck(file)}>
          重新校验
        </Button>,
        <Button key="import" type="primary" disabled={check.status !== 'valid'} loading={importing} onClick={() => void runImport()}>
          确认导入
        </Button>,
      ]}
    >
      <Steps size="small" current={step} style={{ margin: '8px 0 20px' }} items={[{ title: '选择文件' }, { title: '校验' }, { title: '导入' }]} />
      <Typography.Paragraph>
        表格依次为 <Typography.Text strong>{ORG_IMPORT_COLUMNS.join(' · ')}</Typography.Text>{' '}
        四列，支持 .xlsx 和 .csv。上级路径为用“/”分隔的名称链，上级也可以是同一文件中新建的单位。任何一行有误，整个文件都不会导入。
      </Typography.Paragraph>
      <Typography.Paragraph>
        <a href={ORG_IMPORT_TEMPLATE_URL} download>
          <DownloadOutlined /> 下载导入模板
        </a>
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          setFile(chosen);
          void runCheck(chosen);
          // The file goes up through our API client, not through Upload's own request.
          return false;
        }}
        onRemove={() => {
          setFile(undefined);
          setCheck({ status: 'idle' });
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖入文件，选好后自动校验</p>
        <p className="ant-upload-hint">校验只检查，不保存；确认无误后再导入</p>
      </Upload.Dragger>
      <CheckOutcome check={check} />
    </Modal>
  );
}

function CheckOutcome({ check }: { check: Check }) {
  if (check.status === 'valid') {
    return <Alert type="success" showIcon style={{ marginTop: 16 }} title={`校验通过：共 ${check.result.rows} 行，确认后将新增 ${check.result.rows} 个单位。`} />;
  }
  if (check.status !== 'invalid') return null;
  return (
    <div style={{ marginTop: 16 }}>
      <Alert
        type="error"
        showIcon
        title={check.rows.length > 0 ? `发现 ${check.rows.length} 处问题，请修改文件后重新选择。` : check.detail}
        style={{ marginBottom: 12 }}
      />
      {check.rows.length > 0 && (
        <Table<ImportErrorRow>
          size="small"
          rowKey="key"
          columns={errorColumns}
          dataSource={check.rows}
          pagination={check.rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
          scroll={{ x: 480 }}
        />
      )}
    </div>
  );
}
