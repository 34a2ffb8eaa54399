import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Result, Steps, Table, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError, describeError } from '../api/api-error.js';
import { toImportErrorRows, type ImportErrorRow } from '../api/import-errors.js';

/** Refusals of the whole file whose sentence says more than a count of its rows' problems: every row already in the ledger. */
const WHOLE_FILE_REFUSALS = new Set(['IMPORT_ALREADY_IN_LEDGER']);

/** What every import answers, checked or saved: the data rows read and the entries created. */
export interface ImportResult {
  rows: number;
  created: number;
}

type Check<R> =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'valid'; result: R }
  | { status: 'invalid'; detail: string; rows: ImportErrorRow[]; detailFirst?: boolean }
  | { status: 'imported'; result: R };

export interface ImportWizardModalProps<R extends ImportResult> {
  title: string;
  width: number;
  /** What the sheet holds and that one bad row stops the whole file; shown above the template link. */
  intro: ReactNode;
  templateUrl: string;
  templateLabel: string;
  /** Count 下载模板 as the first step, for sheets that only ever start from the template. */
  templateStep?: boolean;
  /** The file types offered, as Upload's `accept`. */
  accept: string;
  /** The main line of the drop area. */
  uploadText: string;
  /** A larger file is refused before it is sent. */
  maxFileMb?: number;
  /** The error table's 列 column holds the sheet's column names; the width fits the longest. */
  columnWidth: number;
  /** A checkbox under the file, e.g. 导入后直接提交审核; changing it checks the file again with the new choice. */
  optionLabel?: ReactNode;
  /** Sends the file: with `dryRun` the server checks every row and saves nothing. `option` is the checkbox. */
  send: (file: File, dryRun: boolean, option: boolean) => Promise<R>;
  /** The line shown when the check passes. */
  validText: (result: R, option: boolean) => string;
  /** Given, shown under that line: the rows as the server read them, so the user sees what will be written. */
  preview?: (result: R) => ReactNode;
  /** Given, a check that finds no data rows says this and offers no import. */
  emptyText?: string;
  /** Given, the modal ends on a success page saying this, and `onImported` waits until it is left. */
  doneText?: (result: R, option: boolean) => { title: string; subTitle: string };
  onClose: () => void;
  onImported: (result: R) => void;
}

/**
 * An Excel import in steps: get the template, choose the filled-in file, let the server check every
 * row without saving (dry run), read the problems by row and column, then import. The server saves
 * all rows or none, so a bad file changes nothing.
 */
export function ImportWizardModal<R extends ImportResult>(props: ImportWizardModalProps<R>) {
  const { title, width, templateStep = false, maxFileMb, optionLabel, send, emptyText, doneText, onClose, onImported } = props;
  const [file, setFile] = useState<File | undefined>(undefined);
  const [check, setCheck] = useState<Check<R>>({ status: 'idle' });
  const [importing, setImporting] = useState(false);
  // The option can make the server check more (the ledger's required figures), so the dry run is made with the same choice.
  const [option, setOption] = useState(false);

  const failedCheck = (error: unknown): Check<R> => ({
    status: 'invalid',
    detail: describeError(error),
    rows: error instanceof ApiError && error.problem.errors ? toImportErrorRows(error.problem.errors) : [],
    detailFirst: error instanceof ApiError && WHOLE_FILE_REFUSALS.has(error.problem.code ?? ''),
  });

  const runCheck = async (chosen: File, chosenOption = option) => {
    setCheck({ status: 'checking' });
    try {
      setCheck({ status: 'valid', result: await send(chosen, true, chosenOption) });
    } catch (error) {
      setCheck(failedCheck(error));
    }
  };

  const runImport = async () => {
    if (!file) return;
    setImporting(true);
    try {
      const result = await send(file, false, option);
      if (doneText) setCheck({ status: 'imported', result });
      else onImported(result);
    } catch (error) {
      setCheck(failedCheck(error));
    } finally {
      setImporting(false);
    }
  };

  if (check.status === 'imported' && doneText) {
    const leave = () => onImported(check.result);
    return (
      <Modal
        open
        width={560}
        title={title}
        onCancel={leave}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={leave}>
            完成
          </Button>
        }
      >
        <Result status="success" {...doneText(check.result, option)} />
      </Modal>
    );
  }

  const firstStep = templateStep ? 1 : 0;
  const step = firstStep + (!file ? 0 : check.status === 'valid' ? 2 : 1);
  const empty = emptyText !== undefined && check.status === 'valid' && check.result.rows === 0;
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="check" disabled={!file} loading={check.status === 'checking'} onClick={() => file && void runCheck(file)}>
          重新校验
        </Button>,
        <Button key="import" type="primary" disabled={check.status !== 'valid' || empty} loading={importing} onClick={() => void runImport()}>
          确认导入
        </Button>,
      ]}
    >
      <Steps
        size="small"
        current={step}
        style={{ margin: '8px 0 20px' }}
        items={[...(templateStep ? [{ title: '下载模板' }] : []), { title: '选择文件' }, { title: '校验' }, { title: '导入' }]}
      />
      <Typography.Paragraph>{props.intro}</Typography.Paragraph>
      <Typography.Paragraph>
        <a href={props.templateUrl} download>
          <DownloadOutlined /> {props.templateLabel}
        </a>
      </Typography.Paragraph>
      <Upload.Dragger
        accept={props.accept}
        maxCount={1}
        fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          if (maxFileMb !== undefined && chosen.size > maxFileMb * 1024 * 1024) {
            setFile(undefined);
            setCheck({ status: 'invalid', detail: `文件不能超过${maxFileMb}MB`, rows: [] });
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
        <p className="ant-upload-text">{props.uploadText}</p>
        <p className="ant-upload-hint">校验只检查，不保存；确认无误后再导入</p>
      </Upload.Dragger>
      {optionLabel !== undefined && (
        <Checkbox
          checked={option}
          style={{ marginTop: 12 }}
          onChange={(e) => {
            setOption(e.target.checked);
            if (file) void runCheck(file, e.target.checked);
          }}
        >
          {optionLabel}
        </Checkbox>
      )}
      {empty ? (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={emptyText} />
      ) : check.status === 'valid' ? (
        <>
          <Alert type="success" showIcon style={{ marginTop: 16 }} title={props.validText(check.result, option)} />
          {props.preview?.(check.result)}
        </>
      ) : (
        check.status === 'invalid' && (
          <CheckProblems detail={check.detail} rows={check.rows} detailFirst={check.detailFirst ?? false} columnWidth={props.columnWidth} />
        )
      )}
    </Modal>
  );
}

function CheckProblems({ detail, rows, detailFirst, columnWidth }: { detail: string; rows: ImportErrorRow[]; detailFirst: boolean; columnWidth: number }) {
  const columns = [
    { title: '行', dataIndex: 'row', width: 64, render: (row: number | undefined) => row ?? '—' },
    { title: '列', dataIndex: 'column', width: columnWidth, render: (column: string | undefined) => column ?? '—' },
    { title: '问题', dataIndex: 'message' },
  ];
  return (
    <div style={{ marginTop: 16 }}>
      <Alert
        type="error"
        showIcon
        title={rows.length > 0 && !detailFirst ? `发现 ${rows.length} 处问题，请修改文件后重新选择。` : detail}
        style={{ marginBottom: 12 }}
      />
      {rows.length > 0 && (
        <Table<ImportErrorRow>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
          scroll={{ x: 480 }}
        />
      )}
    </div>
  );
}
