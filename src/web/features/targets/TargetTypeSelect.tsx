import { TreeSelect } from 'antd';
import type { TypeTreeNode } from './targets-view.js';

interface TargetTypeSelectProps {
  id?: string;
  treeData: readonly TypeTreeNode[];
  value?: number | null;
  onChange?: (typeId: number | null) => void;
  placeholder: string;
  disabled?: boolean;
}

/** A category (all its types) or one type, as a target's form field; clearing it means any type. */
export function TargetTypeSelect({ id, treeData, value, onChange, placeholder, disabled }: TargetTypeSelectProps) {
  return (
    <TreeSelect<number | undefined>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      treeData={[...treeData]}
      placeholder={placeholder}
      disabled={disabled}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 260, maxWidth: 'calc(100vw - 24px)' } } }}
      notFoundContent="没有匹配的类型"
    />
  );
}
