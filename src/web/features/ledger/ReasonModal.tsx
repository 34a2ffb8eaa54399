import { Form, Input, Modal, Tag, Typography } from 'antd';
import { ReasonBodySchema } from '../../../contracts/ledger.contract.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { zodRule } from '../../components/zod-rule.js';

interface ReasonModalProps {
  title: string;
  okText: string;
  /** What happens next, so the reviewer knows who reads the reason. */
  hint: string;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
  /** Reasons given often, offered as tags that fill the field (still editable), so the usual case is a tap. */
  suggestions?: readonly string[];
}

/** 退回 and 重新打开 need a reason the clerk will read; this asks for it. */
export function ReasonModal({ title, okText, hint, onSubmit, onClose, suggestions }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const { saving, submit } = useFormSubmit(form, ({ reason }) => onSubmit(reason.trim()));

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {hint}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        {suggestions && suggestions.length > 0 && (
          <div role="group" aria-label="常用原因" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
            {suggestions.map((reason) => (
              <Tag.CheckableTag
                key={reason}
                checked={false}
                onChange={() => form.setFieldValue('reason', reason)}
                style={{ border: '1px solid #d9d9d9', paddingBlock: 2 }}
              >
                {reason}
              </Tag.CheckableTag>
            ))}
          </div>
        )}
        <Form.Item
          name="reason"
          label="原因"
          rules={[{ required: true, whitespace: true, message: '请填写原因' }, zodRule(ReasonBodySchema.shape.reason, { optional: true })]}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={500}
            showCount
            placeholder="如：照片缺少时间、地点说明；参与人次与签到表不一致"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
