import { Form, InputNumber } from 'antd';

/** 排序号, the `sortOrder` field of the forms for units and catalogue entries: a whole number, smaller first. */
export function SortOrderFormItem({ extra = '数字小的排在前面' }: { extra?: string }) {
  return (
    <Form.Item name="sortOrder" label="排序号" extra={extra}>
      <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}
