import { Form, Input, Modal, Typography } from 'antd';
import { CreateActivityTypeBodySchema, type ActivityType, type Indicator } from '../../../contracts/catalogue.contract.js';
import { createActivityType, updateActivityType } from '../../api/catalogue.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { SortOrderFormItem } from '../../components/SortOrderFormItem.js';
import { zodRule } from '../../components/zod-rule.js';
import { TypeIndicatorsInput, type TypeIndicatorChoice } from './TypeIndicatorsInput.js';

/** A new category, a new type under a category, or an existing one of either. */
export type TypeFormMode = { kind: 'create'; parent: ActivityType | undefined } | { kind: 'edit'; type: ActivityType };

interface TypeFormValues {
  code: string;
  name: string;
  sortOrder?: number | null;
  indicators?: TypeIndicatorChoice[];
}

interface ActivityTypeFormModalProps {
  mode: TypeFormMode;
  indicators: readonly Indicator[];
  onClose: () => void;
  onSaved: () => void;
}

const fields = CreateActivityTypeBodySchema.shape;

/** 新增类别, 新增类型 and 编辑; types list the indicators their entries record, categories none. */
export function ActivityTypeFormModal({ mode, indicators, onClose, onSaved }: ActivityTypeFormModalProps) {
  const [form] = Form.useForm<TypeFormValues>();
  const isCategory = mode.kind === 'create' ? mode.parent === undefined : mode.type.parentId === null;
  const noun = isCategory ? '类别' : '类型';

  const { saving, submit } = useFormSubmit(form, async (values) => {
    const sortOrder = values.sortOrder ?? undefined;
    const chosen = isCategory ? undefined : (values.indicators ?? []);
    if (mode.kind === 'edit') {
      await updateActivityType(mode.type.id, { name: values.name, ...(sortOrder !== undefined && { sortOrder }), ...(chosen && { indicators: chosen }) });
    } else {
      // The server makes the code (cat1, edu.t1…): nobody should have to invent one.
      await createActivityType({
        name: values.name,
        parentId: mode.parent?.id ?? null,
        ...(sortOrder !== undefined && { sortOrder }),
        indicators: chosen ?? [],
      });
    }
    onSaved();
  });

  const title = mode.kind === 'edit' ? `编辑${noun} · ${mode.type.name}` : mode.parent ? `新增类型 · ${mode.parent.name}` : '新增类别';
  const initialValues: Partial<TypeFormValues> =
    mode.kind === 'edit'
      ? {
          name: mode.type.name,
          sortOrder: mode.type.sortOrder,
          indicators: mode.type.indicators.map(({ indicatorId, required }) => ({ indicatorId, required })),
        }
      : { indicators: [] };

  return (
    <Modal open title={title} okText="保存" width={isCategory ? 520 : 640} confirmLoading={saving} onOk={submit} onCancel={onClose} mask={{ closable: false }}>
      <Form<TypeFormValues> form={form} layout="vertical" requiredMark="optional" style={{ marginTop: 16 }} initialValues={initialValues}>
        {mode.kind === 'edit' && (
          <Typography.Paragraph type="secondary">
            代码 <Typography.Text code>{mode.type.code}</Typography.Text>（创建后不能修改）
          </Typography.Paragraph>
        )}
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }, zodRule(fields.name, { optional: true })]}>
          <Input placeholder={isCategory ? '如：宣传教育' : '如：宣讲/报告会'} maxLength={60} autoFocus />
        </Form.Item>
        <SortOrderFormItem />
        {!isCategory && (
          <Form.Item name="indicators" label="统计指标" extra="登记此类活动时填写的数字；“必填”的在提交审核时必须填写">
            <TypeIndicatorsInput indicators={indicators} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
