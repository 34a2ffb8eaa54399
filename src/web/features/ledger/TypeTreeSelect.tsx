import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import type { TypeCategory } from '../../api/catalogue-index.js';

interface TypeTreeSelectProps {
  categories: readonly TypeCategory[];
  value?: number;
  onChange?: (typeId: number | undefined) => void;
  style?: CSSProperties;
}

/** Picks a category (meaning all its types) or one type, for filtering the ledger. */
export function TypeTreeSelect({ categories, value, onChange, style }: TypeTreeSelectProps) {
  const treeData = categories.map(({ category, types }) => ({
    value: category.id,
    title: category.name,
    children: types.map((t) => ({ value: t.id, title: t.name })),
  }));
  return (
    <TreeSelect<number | undefined>
      value={value}
      onChange={(next) => onChange?.(next)}
      treeData={treeData}
      placeholder="全部类型"
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={false}
      style={style ?? { width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 260, maxWidth: 'calc(100vw - 24px)' } } }}
      notFoundContent="没有匹配的类型"
    />
  );
}
