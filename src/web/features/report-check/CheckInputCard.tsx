import { InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input, Segmented, Space, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useIsMobile } from '../../components/useIsMobile.js';

export type CheckSource = 'paste' | 'file';

/** What the user has entered; the period is both days or neither. */
export interface CheckInput {
  source: CheckSource;
  text: string;
  file: File | undefined;
  from: string | undefined;
  to: string | undefined;
}

interface CheckInputCardProps {
  value: CheckInput;
  onChange: (patch: Partial<CheckInput>) => void;
  onRun: () => void;
  working: boolean;
}

const DAY = 'YYYY-MM-DD';
export const CHECK_MAX_FILE_MB = 20;
export const CHECK_MAX_CHARS = 500_000;

/** Paste the text or choose a .docx/.txt, optionally give the report period, and run the check. */
export function CheckInputCard({ value, onChange, onRun, working }: CheckInputCardProps) {
  const isMobile = useIsMobile();
  const start = value.from ? dayjs(value.from) : null;
  const end = value.to ? dayjs(value.to) : null;
  const ready = value.source === 'paste' ? value.text.trim() !== '' : value.file !== undefined;

  return (
    <Card size="small" styles={{ body: { padding: isMobile ? 12 : 16 } }}>
      <Segmented<CheckSource>
        value={value.source}
        onChange={(source) => onChange({ source })}
        options={[
          { value: 'paste', label: '粘贴文字' },
          { value: 'file', label: '上传文件' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {value.source === 'paste' ? (
        <Input.TextArea
          aria-label="材料文字"
          value={value.text}
          onChange={(e) => onChange({ text: e.target.value })}
          placeholder="把总结材料的文字粘贴到这里（可直接从 Word 中复制）"
          autoSize={{ minRows: isMobile ? 6 : 8, maxRows: 18 }}
          maxLength={CHECK_MAX_CHARS}
        />
      ) : (
        <Upload.Dragger
          accept=".docx,.txt"
          maxCount={1}
          fileList={value.file ? [{ uid: 'chosen', name: value.file.name, status: 'done' }] : []}
          beforeUpload={(file) => {
            onChange({ file });
            // The file goes up through our API client when the check runs, not through Upload's own request.
            return false;
          }}
          onRemove={() => onChange({ file: undefined })}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入 .docx 或 .txt 文件</p>
          <p className="ant-upload-hint">旧版 .doc 请先在 Word 中另存为 .docx；文件不超过 {CHECK_MAX_FILE_MB}MB，只检查，不保存</p>
        </Upload.Dragger>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginTop: 12 }}>
        <Typography.Text type="secondary">报告期（可选）</Typography.Text>
        {isMobile ? (
          <Space.Compact style={{ width: '100%' }}>
            <DatePicker value={start} onChange={(d) => onChange({ from: d?.format(DAY) })} placeholder="开始日期" style={{ width: '50%' }} inputReadOnly />
            <DatePicker value={end} onChange={(d) => onChange({ to: d?.format(DAY) })} placeholder="结束日期" style={{ width: '50%' }} inputReadOnly />
          </Space.Compact>
        ) : (
          <DatePicker.RangePicker
            aria-label="报告期"
            value={[start, end]}
            onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
            placeholder={['开始日期', '结束日期']}
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          填写后，还会找出报告期以外的日期
        </Typography.Text>
      </div>
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        loading={working}
        disabled={!ready}
        onClick={onRun}
        block={isMobile}
        style={{ marginTop: 12 }}
      >
        开始体检
      </Button>
    </Card>
  );
}
