import { Button, Popconfirm } from 'antd';
import { DEACTIVATE_HINT } from './catalogue-labels.js';

interface ActiveToggleProps {
  active: boolean;
  name: string;
  disabled: boolean;
  onToggle: (active: boolean) => void;
}

/** 停用 (with a word on what it means) or 启用, for any catalogue entry; nothing here is ever deleted. */
export function ActiveToggle({ active, name, disabled, onToggle }: ActiveToggleProps) {
  if (!active) {
    return (
      <Button type="link" size="small" disabled={disabled} onClick={() => onToggle(true)}>
        启用
      </Button>
    );
  }
  return (
    <Popconfirm title={`停用「${name}」？`} description={DEACTIVATE_HINT} okText="停用" okButtonProps={{ danger: true }} onConfirm={() => onToggle(false)} disabled={disabled}>
      <Button type="link" size="small" danger disabled={disabled}>
        停用
      </Button>
    </Popconfirm>
  );
}
