import { Select } from 'antd';
import type { TypeCategory } from '../../api/catalogue-index.js';

interface TypeSelectProps {
  id?: string;
  categories: readonly TypeCategory[];
  value?: number;
  onChange?: (typeId: number) => void;
  /** The entry's current type when the catalogue no longer offers it (switched off), so it still shows by name. */
  current?: { id: number; name: string };
  loading?: boolean;
}

/** Picks the type an entry is recorded under, grouped by category. */
export function TypeSelect({ id, categories, value, onChange, current, loading }: TypeSelectProps) {
  const groups = categories
    .filter((c) => c.types.length > 0)
    .map(({ category, types }) => ({ label: category.name, title: category.name, options: types.map((t) => ({ value: t.id, label: t.name })) }));
  const offered = groups.some((g) => g.options.some((o) => o.value === current?.id));
  const options = current && !offered ? [{ label: '已停用', title: '已停用', options: [{ value: current.id, label: current.name }] }, ...groups] : groups;
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder="选择活动类型"
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      notFoundContent="没有匹配的类型"
    />
  );
}
