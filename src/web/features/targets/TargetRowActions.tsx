import { Button } from 'antd';
import type { Target } from '../../../contracts/target.contract.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';
import { nestedLabel } from './targets-view.js';

interface TargetRowActionsProps {
  target: Target;
  working: boolean;
  onEdit: (target: Target) => void;
  onToggle: (target: Target, active: boolean) => Promise<void>;
}

const RETIRE_HINT = '停用后不再计入进度和排名，已登记的活动不受影响，可随时重新启用。';

/** 修改 · 停用/启用 of one target the admin may manage. */
export function TargetRowActions({ target, working, onEdit, onToggle }: TargetRowActionsProps) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Button type="link" size="small" disabled={working || !target.active} onClick={() => onEdit(target)}>
        修改
      </Button>
      {/* Not awaited: the confirmation closes at once, and `working` holds the row's buttons meanwhile. */}
      <ToggleActiveButton
        active={target.active}
        name={nestedLabel(target.metricLabel)}
        description={RETIRE_HINT}
        disabled={working}
        onToggle={(active) => void onToggle(target, active)}
      />
    </span>
  );
}
