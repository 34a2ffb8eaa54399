import { Button, Popconfirm, Tooltip } from 'antd';

interface ToggleActiveButtonProps {
  active: boolean;
  /** The entry's name, as the confirmation asks about it. */
  name: string;
  /** What switching this kind of entry off means, shown before it is confirmed. */
  description: string;
  disabled: boolean;
  /** Why this entry may not be switched off (one's own account): 停用 is disabled and says so on hover. */
  cannotDeactivate?: string | undefined;
  /** A returned promise keeps the confirmation open, its button spinning, until it settles. */
  onToggle: (active: boolean) => void | Promise<void>;
}

/** 停用 (confirmed first, saying what it means) or 启用, as a row's link button; nothing is deleted either way. */
export function ToggleActiveButton({ active, name, description, disabled, cannotDeactivate, onToggle }: ToggleActiveButtonProps) {
  if (!active) {
    return (
      <Button type="link" size="small" disabled={disabled} onClick={() => void onToggle(true)}>
        启用
      </Button>
    );
  }
  const blocked = disabled || cannotDeactivate !== undefined;
  return (
    <Popconfirm
      title={`停用「${name}」？`}
      description={description}
      okText="停用"
      okButtonProps={{ danger: true }}
      onConfirm={() => onToggle(false)}
      disabled={blocked}
    >
      <Tooltip title={cannotDeactivate}>
        <Button type="link" size="small" danger disabled={blocked}>
          停用
        </Button>
      </Tooltip>
    </Popconfirm>
  );
}
