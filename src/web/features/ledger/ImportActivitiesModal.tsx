import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Result, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportActivitiesResult } from '../../../contracts/ledger.contract.js';
import { ApiError, describeError } from '../../api/api-error.js';
import { toImportErrorRows, type ImportErrorRow } from '../../api/import-errors.js';
import { ACTIVITY_IMPORT_TEMPLATE_URL, importActivities } from '../../api/ledger.api.js';

type Check =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'valid'; result: ImportActivitiesResult }
  | { status: 'invalid'; detail: string; rows: ImportErrorRow[] }
  | { status: 'imported'; result: ImportActivitiesResult };

interface ImportActivitiesModalProps {
  onClose: () => void;
  /** Called when the user leaves the finished import, so the list can reload. */
  onDone: () => void;
}

const MAX_FILE_MB = 20;

const errorColumns = [
  { title: '行', dataIndex: 'row', width: 64, render: (row: number | undefined) => row ?? '—' },
  { title: '列', dataIndex: 'column', width: 110, render: (column: string | undefined) => column ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

/**
 * 导入台账: download the template, choose the filled-in file, let the server check every row without
 * saving (dry run), read the problems by row and column, then import. All rows are saved or none.
 */
export function ImportActivitiesModal({ onClose, onDone }: ImportActivitiesModalProps) {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const [importing, setImporting] = useState(false);
  // Submitting checks more (required figures), so the dry run is made with the same choice.
  const [submit, setSubmit] = useState(false);

  const failedCheck = (error: unknown): Check => ({
    status: 'invalid',
    detail: describeError(error),
    rows: error instanceof ApiError && error.problem.errors ? toImportErrorRows(error.problem.errors) : [],
  });

  const runCheck = async (chosen: File, submitting = submit) => {
    setCheck({ status: 'checking' });
    try {
      setCheck({ status: 'valid', result: await importActivities(chosen, { dryRun: true, submit: submitting }) });
    } catch (error) {
      setCheck(failedCheck(error));
    }
  };

  const runImport = async () => {
    if (!file) return;
    setImporting(true);
    try {
      setCheck({ status: 'imported', result: await importActivities(file, { dryRun: false, submit }) });
    } catch (error) {
      setCheck(failedCheck(error));
    } finally {
      setImporting(false);
    }
  };

  if (check.status === 'imported') {
    return (
      <Modal open width={560} title="导入活动台账" onCancel={onDone} mask={{ closable: false }} footer={<Button type="primary" onClick={onDone}>完成</Button>}>
        <Result
          status="success"
          title={`已导入 ${check.result.created} 条活动`}
          subTitle={submit ? '已全部提交审核。' : '导入的活动为草稿，可在台账中补充照片、签到表等佐证材料后提交审核。'}
        />
      </Modal>
    );
  }

  const step = !file ? 1 : check.status === 'valid' ? 3 : 2;
  return (
    <Modal
      open
      width={760}
      title="导入活动台账"
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="check" disabled={!file} loading={check.status === 'checking'} onClick={() => file && void runCheck(file)}>
          重新校验
        </Button>,
        <Button key="import" type="primary" disabled={check.status !== 'valid' || check.result.rows === 0} loading={importing} onClick={() => void runImport()}>
          确认导入
        </Button>,
      ]}
    >
      <Steps
        size="small"
        current={step}
        style={{ margin: '8px 0 20px' }}
        items={[{ title: '下载模板' }, { title: '选择文件' }, { title: '校验' }, { title: '导入' }]}
      />
      <Typography.Paragraph>
        请在导入模板中填写，每行一条活动，不要修改表头；单位、活动类型须与系统中的名称一致，各项指标填数字，金额以元为单位。任何一行有误，整个文件都不会导入。
      </Typography.Paragraph>
      <Typography.Paragraph>
        <a href={ACTIVITY_IMPORT_TEMPLATE_URL} download>
          <DownloadOutlined /> 下载导入模板（.xlsx）
        </a>
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          if (chosen.size > MAX_FILE_MB * 1024 * 1024) {
            setFile(undefined);
            setCheck({ status: 'invalid', detail: `文件不能超过${MAX_FILE_MB}MB`, rows: [] });
            return Upload.LIST_IGNORE;
          }
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
        <p className="ant-upload-text">点击或拖入填好的 .xlsx 文件，选好后自动校验</p>
        <p className="ant-upload-hint">校验只检查，不保存；确认无误后再导入</p>
      </Upload.Dragger>
      <Checkbox
        checked={submit}
        style={{ marginTop: 12 }}
        onChange={(e) => {
          setSubmit(e.target.checked);
          if (file) void runCheck(file, e.target.checked);
        }}
      >
        导入后直接提交审核（不勾选则保存为草稿）
      </Checkbox>
      <CheckOutcome check={check} submit={submit} />
    </Modal>
  );
}

function CheckOutcome({ check, submit }: { check: Check; submit: boolean }) {
  if (check.status === 'valid') {
    return check.result.rows === 0 ? (
      <Alert type="warning" showIcon style={{ marginTop: 16 }} title="文件中没有活动数据，请填写后重新选择。" />
    ) : (
      <Alert type="success" showIcon style={{ marginTop: 16 }} title={`校验通过：共 ${check.result.rows} 行，确认后将新增 ${check.result.rows} 条活动${submit ? '并提交审核' : '（草稿）'}。`} />
    );
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
