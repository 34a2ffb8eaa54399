import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { LoginBody } from '../../../contracts/account.contract.js';
import { ApiError, describeError } from '../../api/api-error.js';
import { useAuth } from '../../app/auth-context.js';
import { BrandMark } from '../../components/BrandMark.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { safeNextPath } from './safe-next.js';
import { clockText, useSecondsUntil } from './useSecondsUntil.js';
import styles from './LoginPage.module.css';

export default function LoginPage() {
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<LoginBody>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // After repeated wrong passwords the server makes the next try wait; the button says how long.
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const waitSeconds = useSecondsUntil(retryAt);
  const next = safeNextPath(params.get('next'));

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  const onFinish = async (body: LoginBody) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await login(body);
      navigate(next, { replace: true });
    } catch (error) {
      // Wrong password (with the tries left), a wait (429) or an unreachable server: all said in one place above the form.
      setFailure(error instanceof ApiError ? describeError(error) : '登录失败，请稍后重试');
      const retryAfter = error instanceof ApiError ? error.problem.retryAfter : undefined;
      setRetryAt(retryAfter ? Date.now() + retryAfter * 1000 : null);
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className={styles.page}>
      <section className={styles.brand}>
        <div className={styles.brandInner}>
          <span className={styles.markBadge}>
            <BrandMark size={isMobile ? 40 : 64} />
          </span>
          <h1 className={styles.productName}>石榴</h1>
          <p className={styles.tagline}>民族团结进步创建工作平台</p>
          {!isMobile && (
            <ul className={styles.points}>
              <li>活动台账：随手记录，佐证齐全</li>
              <li>统计汇总：逐级汇总，数出有据</li>
              <li>测评与总结：指标测评，材料规范</li>
            </ul>
          )}
        </div>
      </section>
      <section className={styles.formSide}>
        <Card className={styles.card} variant={isMobile ? 'borderless' : 'outlined'}>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            账号登录
          </Typography.Title>
          <Typography.Paragraph type="secondary">请使用管理员分配的账号登录</Typography.Paragraph>
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
          <Form<LoginBody> form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={!isMobile} placeholder="用户名" />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="密码" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting} disabled={waitSeconds > 0}>
              {waitSeconds > 0 ? `请等待 ${clockText(waitSeconds)} 后再试` : '登录'}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" className={styles.note}>
            忘记密码或被限制登录，请联系本单位或上级管理员重置密码或解除限制。
          </Typography.Paragraph>
        </Card>
        <p className={styles.footer}>本平台记录各单位开展的工作，不采集个人民族、宗教等敏感信息。</p>
      </section>
    </div>
  );
}
