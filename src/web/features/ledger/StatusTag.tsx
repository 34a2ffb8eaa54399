import { Badge, Tag } from 'antd';
import { ACTIVITY_STATUS_LABELS, type ActivityStatus } from '../../../contracts/ledger.contract.js';

// The same colour for a status everywhere: grey draft, blue waiting, green approved, red returned.
const TAG_COLORS: Record<ActivityStatus, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' };
const BADGE_STATUS = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' } as const satisfies Record<ActivityStatus, string>;

export function StatusTag({ status }: { status: ActivityStatus }) {
  return (
    <Tag color={TAG_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {ACTIVITY_STATUS_LABELS[status]}
    </Tag>
  );
}

/** A dot and the label, for option lists where a full tag would be too heavy. */
export function StatusBadge({ status }: { status: ActivityStatus }) {
  return <Badge status={BADGE_STATUS[status]} text={ACTIVITY_STATUS_LABELS[status]} />;
}
