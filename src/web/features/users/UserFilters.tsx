import { Checkbox, Input, Space, Switch, Typography } from 'antd';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';

export interface UserFilterValues {
  /** Undefined means the admin's whole subtree. */
  orgId: number | undefined;
  includeDescendants: boolean;
  q: string;
  includeInactive: boolean;
}

interface UserFiltersProps {
  /** Phones: every control on its own full-width line. */
  compact: boolean;
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
}

/** Unit (with or without its subunits), a name search, and whether disabled accounts are listed. */
export function UserFilters({ compact, value, onChange }: UserFiltersProps) {
  const set = (patch: Partial<UserFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
      <OrgTreeSelect
        value={value.orgId}
        onChange={(orgId) => set({ orgId })}
        allowClear
        placeholder="全部单位"
        includeInactive
        style={{ width: compact ? '100%' : 320 }}
      />
      <Input.Search
        placeholder="用户名或姓名"
        allowClear
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() })}
        style={{ width: compact ? '100%' : 240 }}
      />
      <Space size={16}>
        <Checkbox checked={value.includeDescendants} disabled={value.orgId === undefined} onChange={(e) => set({ includeDescendants: e.target.checked })}>
          含下级单位
        </Checkbox>
        <Space size={6}>
          <Switch size="small" checked={value.includeInactive} onChange={(includeInactive) => set({ includeInactive })} aria-label="显示已停用" />
          <Typography.Text type="secondary">显示已停用</Typography.Text>
        </Space>
      </Space>
    </div>
  );
}
