import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { REPORT_KIND_LABELS, REPORT_KINDS, type ReportKind } from '../../../contracts/report.contract.js';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import { getOrg } from '../../api/orgs.api.js';
import { createReport } from '../../api/reports.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { defaultPeriod, periodBounds, type PeriodValue } from '../../components/period-presets.js';
import { PeriodInput, usePeriodPresets } from '../../components/PeriodInput.js';
import { defaultReportKind } from './report-view.js';
import { StatusFormItem } from './StatusFormItem.js';

interface DraftReportModalProps {
  /** The unit the list shows, offered first. */
  orgId: number;
  /** Its kind when already known (the user's own unit), so the template is right at once. */
  orgKind: string | undefined;
  onClose: () => void;
}

interface DraftValues {
  orgId: number;
  range: PeriodValue;
  kind: ReportKind;
  status: StatsStatus;
  title?: string;
}

const KIND_OPTIONS = REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }));

/**
 * 起草新报告: which unit, which period, which template and which entries count. The server drafts
 * the whole report from the ledger (figures bound to their questions), then the editor opens.
 */
export function DraftReportModal({ orgId, orgKind, onClose }: DraftReportModalProps) {
  const [form] = Form.useForm<DraftValues>();
  const navigate = useNavigate();
  const presets = usePeriodPresets();
  const initialValues = useMemo<DraftValues>(
    () => ({ orgId, range: defaultPeriod(presets), kind: defaultReportKind(orgKind), status: 'approved' }),
    [orgId, orgKind, presets],
  );

  const chosenOrg = Form.useWatch('orgId', form);

  // The template follows the unit's kind until the writer picks one.
  useEffect(() => {
    if (chosenOrg === undefined || (chosenOrg === orgId && orgKind !== undefined)) return;
    const controller = new AbortController();
    getOrg(chosenOrg, controller.signal).then(
      (org) => {
        if (!form.isFieldTouched('kind')) form.setFieldValue('kind', defaultReportKind(org.kind));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [chosenOrg, orgId, orgKind, form]);

  const { saving, submit } = useFormSubmit(form, async (values) => {
    const title = values.title?.trim();
    const report = await createReport({
      orgId: values.orgId,
      ...periodBounds(values.range),
      kind: values.kind,
      status: values.status,
      ...(title && { title }),
    });
    onClose();
    void navigate(`/reports/${report.id}`);
  });

  return (
    <Modal
      open
      title="起草新报告"
      okText={saving ? '正在根据台账起草…' : '起草'}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        按所选单位和时间的台账数据起草：基本情况、主要做法、亮点、不足和下一步打算各部分都会写好初稿，数字与台账绑定，可随时刷新。
      </Typography.Paragraph>
      <Form<DraftValues> form={form} layout="vertical" initialValues={initialValues} requiredMark="optional">
        <Form.Item name="orgId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
          <OrgTreeSelect placeholder="选择单位" />
        </Form.Item>
        <Form.Item name="range" label="时间" rules={[{ required: true, message: '请选择时间' }]}>
          <PeriodInput />
        </Form.Item>
        <Form.Item name="kind" label="报告模板" extra="按单位类型自动选择，可改" rules={[{ required: true, message: '请选择模板' }]}>
          <Select options={KIND_OPTIONS} aria-label="报告模板" />
        </Form.Item>
        <StatusFormItem />
        <Form.Item name="title" label="标题" extra="留空则自动生成，如「示例县2025年民族团结进步创建工作总结」">
          <Input maxLength={100} placeholder="可选" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
