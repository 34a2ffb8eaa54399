import { Alert, Form, Modal } from 'antd';
import type { OrgUnit, OrgUnitDetail } from '../../../contracts/org.contract.js';
import { moveOrg } from '../../api/orgs.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';

interface MoveOrgModalProps {
  org: OrgUnitDetail;
  onClose: () => void;
  onMoved: (org: OrgUnit) => void;
}

/** Moves a unit with everything under it to another parent of the user's subtree. */
export function MoveOrgModal({ org, onClose, onMoved }: MoveOrgModalProps) {
  const [form] = Form.useForm<{ parentId: number }>();
  const { saving, submit } = useFormSubmit(form, async ({ parentId }) => onMoved(await moveOrg(org.id, parentId)));

  const currentParent = org.ancestors.at(-1)?.name;
  return (
    <Modal open title={`移动单位 · ${org.name}`} okText="移动" confirmLoading={saving} onOk={submit} onCancel={onClose} mask={{ closable: false }}>
      <Alert
        type="info"
        showIcon
        style={{ margin: '16px 0' }}
        title={
          org.descendantCount > 0
            ? `「${org.name}」的 ${org.descendantCount} 个下级单位和其中的用户将一起移动。`
            : `「${org.name}」及其用户将移动到新的上级之下。`
        }
      />
      <Form form={form} layout="vertical">
        {currentParent && <Form.Item label="当前上级">{currentParent}</Form.Item>}
        <Form.Item name="parentId" label="新的上级单位" rules={[{ required: true, message: '请选择新的上级单位' }]}>
          <OrgTreeSelect placeholder="选择或搜索上级单位" closedIds={[org.id]} disabledIds={org.parentId === null ? [] : [org.parentId]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
