import { Tag } from 'antd';
import { ROLE_LABELS, type Role } from '../../contracts/account.contract.js';

// One colour per role, so a glance at a list of users shows who can do what.
const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  reviewer: 'gold',
  inspector: 'purple',
  clerk: 'blue',
  viewer: 'green',
};

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]} style={{ marginInlineEnd: 4 }}>
          {ROLE_LABELS[role]}
        </Tag>
      ))}
    </>
  );
}
