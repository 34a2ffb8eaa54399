import { Form, Input, Modal } from 'antd';
import { CreateTagBodySchema, TAG_KIND_LABELS, type Tag, type TagKind } from '../../../contracts/catalogue.contract.js';
import { createTag, updateTag } from '../../api/catalogue.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { SortOrderFormItem } from '../../components/SortOrderFormItem.js';
import { zodRule } from '../../components/zod-rule.js';

export type TagFormMode = { kind: 'create'; tagKind: TagKind } | { kind: 'edit'; tag: Tag };

interface TagFormValues {
  name: string;
  sortOrder?: number | null;
}

interface TagFormModalProps {
  mode: TagFormMode;
  onClose: () => void;
  onSaved: () => void;
}

const PLACEHOLDERS: Record<TagKind, string> = { carrier: '如：进园区、进楼宇', theme: '如：民族团结进步年', volume: '如：宣传教育' };

/** 新增标签 and 编辑标签; a tag keeps the kind it was created with. */
export function TagFormModal({ mode, onClose, onSaved }: TagFormModalProps) {
  const [form] = Form.useForm<TagFormValues>();
  const tagKind = mode.kind === 'create' ? mode.tagKind : mode.tag.kind;

  const { saving, submit } = useFormSubmit(form, async (values) => {
    const sortOrder = values.sortOrder ?? undefined;
    if (mode.kind === 'edit') await updateTag(mode.tag.id, { name: values.name, ...(sortOrder !== undefined && { sortOrder }) });
    else await createTag({ kind: tagKind, name: values.name, ...(sortOrder !== undefined && { sortOrder }) });
    onSaved();
  });

  return (
    <Modal
      open
      title={mode.kind === 'edit' ? `编辑标签 · ${mode.tag.name}` : `新增${TAG_KIND_LABELS[tagKind]}标签`}
      okText="保存"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<TagFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        style={{ marginTop: 16 }}
        initialValues={mode.kind === 'edit' ? { name: mode.tag.name, sortOrder: mode.tag.sortOrder } : {}}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label="名称"
          rules={[{ required: true, whitespace: true, message: '请输入名称' }, zodRule(CreateTagBodySchema.shape.name, { optional: true })]}
        >
          <Input placeholder={PLACEHOLDERS[tagKind]} maxLength={60} autoFocus />
        </Form.Item>
        <SortOrderFormItem />
        {/* Lets Enter in the name field submit the form, as people expect. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
