import { Tag } from 'antd';

/** 启用/停用, the same words and colours for units and accounts. */
export function ActiveTag({ active }: { active: boolean }) {
  return active ? (
    <Tag color="success" style={{ marginInlineEnd: 0 }}>
      启用
    </Tag>
  ) : (
    <Tag style={{ marginInlineEnd: 0 }}>停用</Tag>
  );
}
