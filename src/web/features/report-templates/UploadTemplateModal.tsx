import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ReportTemplate } from '../../../contracts/report-template.contract.js';
import { REPORT_TEMPLATE_SAMPLE_URL, uploadReportTemplate } from '../../api/report-templates.api.js';
import { useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { ProblemList } from './ProblemList.js';
import { SAMPLE_LINK, UPLOAD_BUTTON, UPLOAD_INTRO } from './template-labels.js';
import { useTemplateRequest } from './useTemplateRequest.js';

interface UploadValues {
  name?: string;
  orgId: number;
}

interface UploadTemplateModalProps {
  onClose: () => void;
  onUploaded: (template: ReportTemplate) => void;
}

const MAX_FILE_MB = 20;
// The body's members are the form's fields.
const FIELD_OF_BODY: Readonly<Record<string, keyof UploadValues>> = { name: 'name', orgId: 'orgId' };

const baseName = (filename: string) => filename.replace(/\.docx$/i, '');

/**
 * 上传模板: a name, the owning unit (whose users and those below may fill it) and the .docx. A file
 * the server refuses keeps the dialog open with every problem listed, so the user fixes them all at once.
 */
export function UploadTemplateModal({ onClose, onUploaded }: UploadTemplateModalProps) {
  const me = useMe();
  const [form] = Form.useForm<UploadValues>();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const { saving, problems, clearProblems, run } = useTemplateRequest(form, FIELD_OF_BODY);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!file) setFileError('请选择 .docx 文件');
    if (!values || !file) return;
    await run(async () => {
      const name = values.name?.trim();
      const template = await uploadReportTemplate(file, { orgId: values.orgId, ...(name && { name }) });
      onUploaded(template);
    });
  };

  return (
    <Modal
      open
      title={UPLOAD_BUTTON}
      okText={saving ? '正在检查模板…' : '上传'}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {UPLOAD_INTRO}
        <a href={REPORT_TEMPLATE_SAMPLE_URL} download style={{ marginInlineStart: 4, whiteSpace: 'nowrap' }}>
          <DownloadOutlined /> {SAMPLE_LINK}
        </a>
      </Typography.Paragraph>
      <Form<UploadValues> form={form} layout="vertical" initialValues={{ orgId: me.org.id }} requiredMark="optional">
        <Form.Item label="模板文件" required validateStatus={fileError ? 'error' : undefined} help={fileError}>
          <Upload.Dragger
            accept=".docx"
            maxCount={1}
            fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              if (chosen.size > MAX_FILE_MB * 1024 * 1024) {
                setFileError(`文件不能超过${MAX_FILE_MB}MB`);
                return Upload.LIST_IGNORE;
              }
              setFile(chosen);
              setFileError(undefined);
              clearProblems();
              // The name follows the file until the user writes one.
              if (!form.isFieldTouched('name')) form.setFieldValue('name', baseName(chosen.name));
              // The file goes up through our API client when the user confirms, not through Upload's own request.
              return false;
            }}
            onRemove={() => {
              setFile(undefined);
              clearProblems();
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖入 .docx 文件</p>
            <p className="ant-upload-hint">不超过 {MAX_FILE_MB}MB</p>
          </Upload.Dragger>
        </Form.Item>
        <ProblemList title="模板中的占位符有误，请在 Word 中修改后重新选择文件上传" messages={problems} />
        <Form.Item
          name="name"
          label="模板名称"
          extra="留空则使用文件名"
          rules={[{ max: 100, message: '模板名称不能超过100个字' }]}
          style={{ marginTop: problems.length > 0 ? 16 : 0 }}
        >
          <Input maxLength={100} placeholder="如：民族团结进步创建工作季度报表" />
        </Form.Item>
        <Form.Item name="orgId" label="所属单位" extra="本单位及下级单位的用户都可以用它生成文档" rules={[{ required: true, message: '请选择单位' }]}>
          <OrgTreeSelect placeholder="选择单位" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
