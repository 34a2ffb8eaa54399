import { DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { REPORT_KIND_LABELS, REPORT_KINDS, type ReportKind } from '../../../contracts/report.contract.js';
import type { StatsStatus } from '../../../contracts/stats.contract.js';
import { presetRanges } from '../../../domain/period.js';
import { getOrg } from '../../api/orgs.api.js';
import { createReport } from '../../api/reports.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { STATUS_LABELS } from '../stats/stats-labels.js';
import { defaultDraftPresetKey, defaultReportKind } from './report-view.js';

interface DraftReportModalProps {
  /** The unit the list shows, offered first. */
  orgId: number;
  /** Its kind when already known (the user's own unit), so the template is right at once. */
  orgKind: string | undefined;
  onClose: () => void;
}

interface DraftValues {
  orgId: number;
  range: [Dayjs, Dayjs];
  kind: ReportKind;
  status: StatsStatus;
  title?: string;
}

const DAY = 'YYYY-MM-DD';
const CUSTOM = 'custom';
const KIND_OPTIONS = REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }));

/**
 * 起草新报告: which unit, which period, which template and which entries count. The server drafts
 * the whole report from the ledger (figures bound to their questions), then the editor opens.
 */
export function DraftReportModal({ orgId, orgKind, onClose }: DraftReportModalProps) {
  const [form] = Form.useForm<DraftValues>();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const presets = useMemo(() => presetRanges(dayjs().format(DAY)), []);
  const initialValues = useMemo<DraftValues>(() => {
    const preset = presets.find((p) => p.key === defaultDraftPresetKey(dayjs().format(DAY))) ?? presets[0];
    const range: [Dayjs, Dayjs] = preset ? [dayjs(preset.from), dayjs(preset.to)] : [dayjs().startOf('year'), dayjs().endOf('year')];
    return { orgId, range, kind: defaultReportKind(orgKind), status: 'approved' };
  }, [orgId, orgKind, presets]);

  const chosenOrg = Form.useWatch('orgId', form);
  const range = Form.useWatch('range', form);
  const preset = range ? (presets.find((p) => p.from === range[0].format(DAY) && p.to === range[1].format(DAY))?.key ?? CUSTOM) : CUSTOM;

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
      from: values.range[0].format(DAY),
      to: values.range[1].format(DAY),
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
        <Form.Item label="时间" required>
          <Space.Compact style={{ width: '100%' }} orientation={isMobile ? 'vertical' : 'horizontal'}>
            <Select
              aria-label="报告时间"
              value={preset}
              onChange={(key: string) => {
                const p = presets.find((x) => x.key === key);
                if (p) form.setFieldValue('range', [dayjs(p.from), dayjs(p.to)]);
              }}
              options={[...presets.map((p) => ({ value: p.key, label: p.label })), { value: CUSTOM, label: '自定义', disabled: true }]}
              style={{ width: isMobile ? '100%' : 120 }}
            />
            <Form.Item name="range" noStyle rules={[{ required: true, message: '请选择时间' }]}>
              <DatePicker.RangePicker allowClear={false} inputReadOnly={isMobile} style={{ width: '100%' }} aria-label="起止日期" />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="kind" label="报告模板" extra="按单位类型自动选择，可改" rules={[{ required: true, message: '请选择模板' }]}>
          <Select options={KIND_OPTIONS} aria-label="报告模板" />
        </Form.Item>
        <Form.Item name="status" label="统计口径" required extra="总结汇报一般只用审核通过的数据">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approved', label: STATUS_LABELS.approved },
              { value: 'all', label: '全部（含未审核）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="title" label="标题" extra="留空则自动生成，如「示例县2025年民族团结进步创建工作总结」">
          <Input maxLength={100} placeholder="可选" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
