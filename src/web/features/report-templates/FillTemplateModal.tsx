import { App, Form, Modal, Typography } from 'antd';
import { useMemo } from 'react';
import type { ReportTemplate } from '../../../contracts/report-template.contract.js';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import { fillReportTemplate } from '../../api/report-templates.api.js';
import { useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { defaultPeriod, periodBounds, type PeriodValue } from '../../components/period-presets.js';
import { PeriodInput, usePeriodPresets } from '../../components/PeriodInput.js';
import { saveBlob } from '../../components/save-blob.js';
import { StatusFormItem } from '../reports/StatusFormItem.js';
import { ProblemList } from './ProblemList.js';
import { FILL_BUTTON, FILL_INTRO } from './template-labels.js';
import { useTemplateRequest } from './useTemplateRequest.js';

interface FillValues {
  org: number;
  range: PeriodValue;
  status: StatsStatus;
}

interface FillTemplateModalProps {
  template: ReportTemplate;
  onClose: () => void;
}

// The body's members as the form holds them: both ends of the period sit in one range field.
const FIELD_OF_BODY: Readonly<Record<string, keyof FillValues>> = { org: 'org', from: 'range', to: 'range', status: 'status' };

/** 生成文档: pick the unit and the period, and the filled .docx downloads; the template itself is unchanged. */
export function FillTemplateModal({ template, onClose }: FillTemplateModalProps) {
  const me = useMe();
  const { message } = App.useApp();
  const presets = usePeriodPresets();
  const [form] = Form.useForm<FillValues>();
  const initialValues = useMemo<FillValues>(() => ({ org: me.org.id, range: defaultPeriod(presets), status: 'approved' }), [me.org.id, presets]);
  const { saving, problems, clearProblems, run } = useTemplateRequest(form, FIELD_OF_BODY);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    await run(async () => {
      const { blob, filename } = await fillReportTemplate(template.id, { org: values.org, ...periodBounds(values.range), status: values.status });
      saveBlob(blob, filename ?? `${template.name}.docx`);
      message.success('文档已生成，正在下载');
      onClose();
    });
  };

  return (
    <Modal
      open
      title={FILL_BUTTON}
      okText={saving ? '正在生成…' : '生成并下载'}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
    >
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }}>
        模板：<Typography.Text strong>{template.name}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{FILL_INTRO}</Typography.Paragraph>
      <Form<FillValues> form={form} layout="vertical" initialValues={initialValues} requiredMark="optional" onValuesChange={clearProblems}>
        <Form.Item name="org" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
          <OrgTreeSelect placeholder="选择单位" />
        </Form.Item>
        <Form.Item name="range" label="时间" rules={[{ required: true, message: '请选择时间' }]}>
          <PeriodInput />
        </Form.Item>
        <StatusFormItem />
      </Form>
      <ProblemList title="模板无法生成文档，请修改模板后重新上传" messages={problems} />
    </Modal>
  );
}
