import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CreateCampaignBodySchema, type Campaign } from '../../../contracts/catalogue.contract.js';
import { pointerSegments } from '../../api/field-errors.js';
import { createCampaign, updateCampaign } from '../../api/catalogue.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { zodRule } from '../../components/zod-rule.js';

interface CampaignFormValues {
  orgId: number;
  name: string;
  dates: [Dayjs, Dayjs];
}

interface CampaignFormModalProps {
  /** Absent to create a new period. */
  campaign?: Campaign;
  onClose: () => void;
  onSaved: () => void;
}

const DAY = 'YYYY-MM-DD';

// Both ends of the period are one input here, so their errors go under it.
function campaignFieldOf(pointer: string) {
  const [location, member] = pointerSegments(pointer);
  if (location !== 'body' || member === undefined) return undefined;
  if (member === 'startDate' || member === 'endDate') return ['dates'];
  return member === 'orgId' || member === 'name' ? [member] : undefined;
}

/** 新增时段 and 编辑时段: a named date range (民族团结教育月) offered as a filter to a unit's whole subtree. */
export function CampaignFormModal({ campaign, onClose, onSaved }: CampaignFormModalProps) {
  const me = useMe();
  const [form] = Form.useForm<CampaignFormValues>();
  const { saving, submit } = useFormSubmit(
    form,
    async (values) => {
      const [start, end] = values.dates;
      const dates = { startDate: start.format(DAY), endDate: end.format(DAY) };
      if (campaign) await updateCampaign(campaign.id, { name: values.name, ...dates });
      else await createCampaign({ orgId: values.orgId, name: values.name, ...dates });
      onSaved();
    },
    campaignFieldOf,
  );

  return (
    <Modal
      open
      title={campaign ? `编辑时段 · ${campaign.name}` : '新增活动时段'}
      okText="保存"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        style={{ marginTop: 16 }}
        initialValues={campaign ? { name: campaign.name, dates: [dayjs(campaign.startDate), dayjs(campaign.endDate)] } : { orgId: me.org.id }}
      >
        {campaign ? (
          <Typography.Paragraph type="secondary">适用单位：{campaign.orgName}（及其下级单位）</Typography.Paragraph>
        ) : (
          <Form.Item name="orgId" label="适用单位" extra="该单位及其全部下级单位在台账筛选中都能选用此时段" rules={[{ required: true, message: '请选择单位' }]}>
            <OrgTreeSelect placeholder="选择或搜索单位" />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label="名称"
          rules={[{ required: true, whitespace: true, message: '请输入名称' }, zodRule(CreateCampaignBodySchema.shape.name, { optional: true })]}
        >
          <Input placeholder="如：2025年民族团结教育月" maxLength={60} autoFocus={campaign !== undefined} />
        </Form.Item>
        <Form.Item name="dates" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
