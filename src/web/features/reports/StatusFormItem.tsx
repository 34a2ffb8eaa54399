import { Form, Radio } from 'antd';
import { STATUS_LABELS } from '../stats/stats-labels.js';

/** 统计口径 of a document written from the ledger (a drafted report, a filled template): approved entries only, or all. */
export function StatusFormItem() {
  return (
    <Form.Item name="status" label="统计口径" required extra="总结汇报一般只用审核通过的数据">
      <Radio.Group
        optionType="button"
        options={[
          { value: 'approved', label: STATUS_LABELS.approved },
          { value: 'all', label: STATUS_LABELS.all },
        ]}
      />
    </Form.Item>
  );
}
