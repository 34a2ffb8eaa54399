import { Form, Input, Modal, Radio, Typography } from 'antd';
import { CreateIndicatorBodySchema, VALUE_KINDS, type Indicator, type ValueKind } from '../../../contracts/catalogue.contract.js';
import { createIndicator, updateIndicator } from '../../api/catalogue.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { SortOrderFormItem } from '../../components/SortOrderFormItem.js';
import { zodRule } from '../../components/zod-rule.js';
import { VALUE_KIND_LABELS } from './catalogue-labels.js';

interface IndicatorFormValues {
  name: string;
  unit: string;
  valueKind: ValueKind;
  sortOrder?: number | null;
}

interface IndicatorFormModalProps {
  /** Absent to create a new indicator. */
  indicator?: Indicator;
  onClose: () => void;
  onSaved: () => void;
}

const fields = CreateIndicatorBodySchema.shape;

/** 新增指标 and 编辑指标. Kind (and the code the server gives) are fixed once created: recorded figures depend on them. */
export function IndicatorFormModal({ indicator, onClose, onSaved }: IndicatorFormModalProps) {
  const [form] = Form.useForm<IndicatorFormValues>();
  const { saving, submit } = useFormSubmit(form, async (values) => {
    const sortOrder = values.sortOrder ?? undefined;
    if (indicator) await updateIndicator(indicator.id, { name: values.name, unit: values.unit, ...(sortOrder !== undefined && { sortOrder }) });
    else
      // The server makes the code (ind1, ind2…): nobody should have to invent one.
      await createIndicator({
        name: values.name,
        unit: values.unit,
        valueKind: values.valueKind,
        ...(sortOrder !== undefined && { sortOrder }),
      });
    onSaved();
  });

  return (
    <Modal
      open
      title={indicator ? `编辑指标 · ${indicator.name}` : '新增统计指标'}
      okText="保存"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<IndicatorFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        style={{ marginTop: 16 }}
        initialValues={indicator ? { name: indicator.name, unit: indicator.unit, sortOrder: indicator.sortOrder } : { valueKind: 'integer' }}
      >
        {indicator ? (
          <Typography.Paragraph type="secondary">
            代码 <Typography.Text code>{indicator.code}</Typography.Text> · {VALUE_KIND_LABELS[indicator.valueKind]}（创建后不能修改）
          </Typography.Paragraph>
        ) : (
          <>
            <Form.Item name="valueKind" label="数值类型" extra="创建后不能修改" rules={[{ required: true }]}>
              <Radio.Group options={VALUE_KINDS.map((k) => ({ value: k, label: VALUE_KIND_LABELS[k] }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }, zodRule(fields.name, { optional: true })]}>
          <Input placeholder="如：走访户数" maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item
          name="unit"
          label="计量单位"
          extra="显示在数字后面；金额类指标一律按元填写，显示时自动换算为万元"
          rules={[{ required: true, whitespace: true, message: '请输入计量单位' }, zodRule(fields.unit, { optional: true })]}
        >
          <Input placeholder="如：户、人次、场次" maxLength={10} />
        </Form.Item>
        <SortOrderFormItem />
      </Form>
    </Modal>
  );
}
