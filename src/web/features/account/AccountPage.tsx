import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordBodySchema, PASSWORD_MIN, type ChangePasswordBody } from '../../../contracts/account.contract.js';
import { changePassword } from '../../api/session.api.js';
import { useReportError } from '../../api/useReportError.js';
import { useAuth, useMe } from '../../app/auth-context.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RoleTags } from '../../components/RoleTags.js';
import { zodRule } from '../../components/zod-rule.js';

interface PasswordFormValues extends ChangePasswordBody {
  confirmPassword: string;
}

/** 账号 page: who the user is, and changing their own password. */
export default function AccountPage() {
  const me = useMe();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<PasswordFormValues>();
  const [saving, setSaving] = useState(false);
  const navigate = useNavigate();
  // Held until the password is changed: every other page waits for it (see RequireAuth).
  const firstChange = me.user.mustChangePassword;

  const onFinish = async ({ currentPassword, newPassword }: PasswordFormValues) => {
    setSaving(true);
    try {
      await changePassword({ currentPassword, newPassword });
      form.resetFields();
      message.success(firstChange ? '密码已修改，现在可以开始使用了' : '密码已修改');
      await refresh();
      if (firstChange) navigate('/', { replace: true });
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title="我的账号" />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card title="账号信息">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'username', label: '用户名', children: me.user.username },
                { key: 'name', label: '姓名', children: me.user.displayName },
                { key: 'org', label: '所属单位', children: me.org.name },
                { key: 'roles', label: '角色', children: <RoleTags roles={me.user.roles} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card title="修改密码">
            {me.user.mustChangePassword && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="您的密码由管理员设置。请先改为只有您自己知道的密码，修改后才能使用其他功能。"
              />
            )}
            <Form<PasswordFormValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
              <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                name="newPassword"
                label="新密码"
                extra={`至少${PASSWORD_MIN}位，建议混合字母、数字和符号`}
                rules={[{ required: true, message: '请输入新密码' }, zodRule(ChangePasswordBodySchema.shape.newPassword, { optional: true })]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="confirmPassword"
                label="确认新密码"
                dependencies={['newPassword']}
                rules={[
                  { required: true, message: '请再次输入新密码' },
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: unknown) => {
                      if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
                    },
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>
                修改密码
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
