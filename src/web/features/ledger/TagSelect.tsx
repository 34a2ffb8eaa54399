import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { TAG_KIND_LABELS, TAG_KINDS, type Tag } from '../../../contracts/catalogue.contract.js';

interface TagSelectProps {
  tagsByKind: Record<(typeof TAG_KINDS)[number], Tag[]>;
  value: number[];
  onChange: (tagIds: number[]) => void;
  style?: CSSProperties;
}

/** Tags to filter by, grouped as “进”载体 · 主题 · 台账卷; an entry must carry all that are chosen. */
export function TagSelect({ tagsByKind, value, onChange, style }: TagSelectProps) {
  const options = TAG_KINDS.filter((kind) => tagsByKind[kind].length > 0).map((kind) => ({
    label: TAG_KIND_LABELS[kind],
    title: TAG_KIND_LABELS[kind],
    options: tagsByKind[kind].map((t) => ({ value: t.id, label: t.name })),
  }));
  return (
    <Select<number[]>
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      placeholder="全部标签"
      allowClear
      maxTagCount="responsive"
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent="没有匹配的标签"
      style={style}
    />
  );
}
