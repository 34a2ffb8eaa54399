import { Tag, Typography } from 'antd';

/** The unit that set a target, marked 上级下达 when it is not the unit being looked at. */
export function SetByUnit({ name, fromAbove }: { name: string; fromAbove: boolean }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
      <Typography.Text>{name}</Typography.Text>
      {fromAbove && (
        <Tag color="purple" style={{ marginInlineEnd: 0 }}>
          上级下达
        </Tag>
      )}
    </span>
  );
}
