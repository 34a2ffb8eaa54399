import { Tag as AntTag, Typography } from 'antd';
import { TAG_KIND_LABELS, TAG_KINDS, type Tag, type TagKind } from '../../../contracts/catalogue.contract.js';

interface TagPickerProps {
  id?: string;
  tagsByKind: Record<TagKind, Tag[]>;
  value?: number[];
  onChange?: (tagIds: number[]) => void;
}

// A line of help per group, so a clerk knows what each kind of tag is for.
const KIND_HINTS: Record<TagKind, string> = {
  carrier: '活动走进了哪里',
  theme: '活动的主题',
  volume: '归入哪一卷台账',
};

/** Tags grouped by kind, each a tap to switch on or off; big enough to hit on a phone. */
export function TagPicker({ id, tagsByKind, value = [], onChange }: TagPickerProps) {
  const chosen = new Set(value);
  const toggle = (tagId: number, on: boolean) => onChange?.(on ? [...value, tagId] : value.filter((v) => v !== tagId));
  return (
    <div id={id} style={{ display: 'grid', gap: 12 }}>
      {TAG_KINDS.filter((kind) => tagsByKind[kind].length > 0).map((kind) => (
        <div key={kind}>
          <div style={{ marginBottom: 6 }}>
            <Typography.Text strong>{TAG_KIND_LABELS[kind]}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {KIND_HINTS[kind]}
            </Typography.Text>
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {tagsByKind[kind].map((tag) => (
              <AntTag.CheckableTag
                key={tag.id}
                checked={chosen.has(tag.id)}
                onChange={(on) => toggle(tag.id, on)}
                style={{ marginInlineEnd: 0, padding: '3px 10px', fontSize: 13, border: `1px solid ${chosen.has(tag.id) ? 'transparent' : '#e5dfdc'}` }}
              >
                {tag.name}
              </AntTag.CheckableTag>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
