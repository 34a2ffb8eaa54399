import { Form, Input, Modal, Select } from 'antd';
import { CreateOrgBodySchema, type OrgKind, type OrgUnit, type OrgUnitDetail } from '../../../contracts/org.contract.js';
import { kindsFittingBelow } from '../../../domain/org-kinds.js';
import { createOrg, updateOrg } from '../../api/orgs.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { SortOrderFormItem } from '../../components/SortOrderFormItem.js';
import { zodRule } from '../../components/zod-rule.js';

export type OrgFormMode = { kind: 'create'; parent: OrgUnitDetail } | { kind: 'edit'; org: OrgUnitDetail };

interface OrgFormValues {
  name: string;
  kind: string;
  code?: string | null;
  sortOrder?: number | null;
}

interface OrgFormModalProps {
  mode: OrgFormMode;
  kinds: readonly OrgKind[];
  onClose: () => void;
  onSaved: (org: OrgUnit) => void;
}

const fields = CreateOrgBodySchema.shape;

/** 新增下级单位 and 编辑单位: the same fields, posted or patched. */
export function OrgFormModal({ mode, kinds, onClose, onSaved }: OrgFormModalProps) {
  const [form] = Form.useForm<OrgFormValues>();
  const initialValues: Partial<OrgFormValues> =
    mode.kind === 'edit' ? { name: mode.org.name, kind: mode.org.kind, code: mode.org.code, sortOrder: mode.org.sortOrder } : {};

  // A new unit is offered only the kinds that fit below its parent; an edit keeps every kind (the unit may predate the rule).
  const parentKind = mode.kind === 'create' ? kinds.find((k) => k.code === mode.parent.kind) : undefined;
  const offered = mode.kind === 'create' ? kindsFittingBelow(parentKind, kinds) : kinds;

  const { saving, submit } = useFormSubmit(form, async (values) => {
    const code = values.code?.trim() || null;
    const sortOrder = values.sortOrder ?? undefined;
    const saved =
      mode.kind === 'create'
        ? await createOrg({
            parentId: mode.parent.id,
            name: values.name,
            kind: values.kind,
            ...(code && { code }),
            ...(sortOrder !== undefined && { sortOrder }),
          })
        : await updateOrg(mode.org.id, { name: values.name, kind: values.kind, code, ...(sortOrder !== undefined && { sortOrder }) });
    onSaved(saved);
  });

  return (
    <Modal
      open
      title={mode.kind === 'create' ? `新增下级单位 · ${mode.parent.name}` : `编辑单位 · ${mode.org.name}`}
      okText="保存"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<OrgFormValues> form={form} layout="vertical" initialValues={initialValues} requiredMark="optional" style={{ marginTop: 16 }} onFinish={submit}>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }, zodRule(fields.name, { optional: true })]}>
          <Input placeholder="如：东风村、第一中学" maxLength={60} showCount autoFocus />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
          <Select
            placeholder="选择单位类型"
            options={offered.map((k) => ({ value: k.code, label: k.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            loading={kinds.length === 0}
          />
        </Form.Item>
        <Form.Item name="code" label="代码" extra="统一社会信用代码或行政区划代码等，可不填" rules={[zodRule(fields.code, { optional: true })]}>
          <Input placeholder="数字、字母或“-”，最长32位" maxLength={32} />
        </Form.Item>
        <SortOrderFormItem extra="数字小的排在前面；不填则排在最后" />
        {/* Lets Enter in a text field submit the form, as people expect. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
