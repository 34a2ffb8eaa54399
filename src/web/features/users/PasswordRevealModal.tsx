import { Alert, Descriptions, Modal, Typography } from 'antd';

interface PasswordRevealModalProps {
  title: string;
  username: string;
  displayName: string;
  password: string;
  onClose: () => void;
}

/** The one moment a new password is visible: the server keeps only its hash, so it cannot be shown again. */
export function PasswordRevealModal({ title, username, displayName, password, onClose }: PasswordRevealModalProps) {
  return (
    <Modal open title={title} onCancel={onClose} onOk={onClose} okText="我已记下" cancelButtonProps={{ style: { display: 'none' } }} mask={{ closable: false }}>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'user', label: '账号', children: `${displayName}（${username}）` },
          {
            key: 'password',
            label: '密码',
            children: (
              <Typography.Text code copyable={{ text: password, tooltips: ['复制', '已复制'] }} style={{ fontSize: 16 }}>
                {password}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Alert type="warning" showIcon title="此密码只显示这一次，请通过安全的方式告知本人。对方首次登录后需修改密码。" />
    </Modal>
  );
}
