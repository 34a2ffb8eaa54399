import { Button, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { CreateUserBodySchema, PASSWORD_MIN, ROLE_LABELS, type Role, type User } from '../../../contracts/account.contract.js';
import { rolesOffered } from '../../../domain/access.js';
import { createUser, updateUser } from '../../api/users.api.js';
import { useFormSubmit } from '../../api/useFormSubmit.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { zodRule } from '../../components/zod-rule.js';
import { generatePassword } from './generate-password.js';
import { ROLE_HINTS } from './role-hints.js';

export type UserFormMode = { kind: 'create'; orgId: number | undefined } | { kind: 'edit'; user: User };

interface UserFormValues {
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  password: string;
}

interface UserFormModalProps {
  mode: UserFormMode;
  /** The signed-in admin: the server does not let them change their own unit or roles. */
  selfId: number;
  onClose: () => void;
  onSaved: (user: User, password: string | undefined) => void;
}

const fields = CreateUserBodySchema.shape;

/** 新增用户 and 编辑用户. A new account's password is shown once afterwards, so the admin can hand it over. */
export function UserFormModal({ mode, selfId, onClose, onSaved }: UserFormModalProps) {
  const [form] = Form.useForm<UserFormValues>();
  const isSelf = mode.kind === 'edit' && mode.user.id === selfId;
  const initialValues: Partial<UserFormValues> =
    mode.kind === 'edit'
      ? { displayName: mode.user.displayName, orgId: mode.user.orgId, roles: mode.user.roles }
      : { roles: ['clerk'], password: generatePassword(), ...(mode.orgId !== undefined && { orgId: mode.orgId }) };

  const { saving, submit } = useFormSubmit(form, async (values) => {
    if (mode.kind === 'create') {
      onSaved(await createUser(values), values.password);
    } else {
      const body = isSelf ? { displayName: values.displayName } : { displayName: values.displayName, orgId: values.orgId, roles: values.roles };
      onSaved(await updateUser(mode.user.id, body), undefined);
    }
  });

  return (
    <Modal
      open
      title={mode.kind === 'create' ? '新增用户' : `编辑用户 · ${mode.user.username}`}
      okText="保存"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
      mask={{ closable: false }}
      width={560}
    >
      <Form<UserFormValues> form={form} layout="vertical" initialValues={initialValues} requiredMark="optional" style={{ marginTop: 16 }}>
        {mode.kind === 'create' && (
          <Form.Item
            name="username"
            label="用户名"
            extra="用于登录，创建后不能修改"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }, zodRule(fields.username, { optional: true })]}
          >
            <Input placeholder="如 dongfeng-clerk" maxLength={32} autoComplete="off" autoFocus />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请输入姓名' }, zodRule(fields.displayName, { optional: true })]}
        >
          <Input placeholder="使用人的姓名" maxLength={32} />
        </Form.Item>
        {mode.kind === 'edit' && isSelf ? (
          <Form.Item label="所属单位" extra="不能修改自己的单位">
            <Typography.Text>{mode.user.orgName}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="orgId" label="所属单位" extra="用户只能查看和操作该单位及其下级单位的数据" rules={[{ required: true, message: '请选择所属单位' }]}>
            <OrgTreeSelect placeholder="选择或搜索单位" />
          </Form.Item>
        )}
        <Form.Item
          name="roles"
          label="角色"
          extra={isSelf ? '不能修改自己的角色' : undefined}
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
        >
          <Checkbox.Group disabled={isSelf} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 6 }}>
            {rolesOffered(mode.kind === 'edit' ? mode.user.roles : []).map((role) => (
              <Checkbox key={role} value={role}>
                {ROLE_LABELS[role]}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                  {ROLE_HINTS[role]}
                </Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {mode.kind === 'create' && (
          <Form.Item label="初始密码" required extra={`至少${PASSWORD_MIN}位；保存后会再显示一次供您告知本人，对方首次登录需修改`}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="password" noStyle rules={[{ required: true, message: '请输入初始密码' }, zodRule(fields.password, { optional: true })]}>
                <Input autoComplete="new-password" style={{ fontFamily: 'monospace' }} />
              </Form.Item>
              <Button onClick={() => form.setFieldValue('password', generatePassword())}>生成</Button>
            </Space.Compact>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
