import { Alert, Button } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from './auth-context.js';

/**
 * After an admin creates an account or resets its password, the password is one someone else has
 * seen; the server marks it and we keep asking until the user picks their own.
 */
export function PasswordChangeBanner() {
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (!me.user.mustChangePassword || pathname === '/account') return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="您正在使用管理员设置的初始密码，为了账号安全，请先修改密码。"
      action={
        <Button size="small" type="primary" onClick={() => navigate('/account')}>
          去修改
        </Button>
      }
    />
  );
}
