import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ActiveTag } from '../../components/ActiveTag.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';
import { DEACTIVATE_HINT } from './catalogue-labels.js';
import type { CatalogueEntry } from './useSettingsTab.js';

interface SettingsToolbarProps {
  /** Left of the add button: what the list is for, or a switch between lists. */
  children: ReactNode;
  addLabel: string;
  onAdd: () => void;
  /** Let the add button drop below what is on the left, when that cannot shrink (a switch). */
  wrap?: boolean;
}

/** The line above a settings list: a word on the list, and the button that adds to it. */
export function SettingsToolbar({ children, addLabel, onAdd, wrap = false }: SettingsToolbarProps) {
  return (
    <div style={{ display: 'flex', flexWrap: wrap ? 'wrap' : undefined, alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12 }}>
      {children}
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {addLabel}
      </Button>
    </div>
  );
}

interface SettingsTableProps<T extends CatalogueEntry> extends Omit<TableProps<T>, 'columns' | 'rowKey' | 'size' | 'pagination'> {
  /** The entry's own columns; 状态 and 操作 follow them. */
  columns: TableColumnsType<T>;
  widths: { status: number; actions: number };
  /** A change is being saved: every row's buttons wait for it. */
  working: boolean;
  onEdit: (entry: T) => void;
  onToggle: (entry: T, active: boolean) => Promise<void>;
  /** Buttons before 编辑, such as 新增类型 on a category. */
  extraActions?: (entry: T) => ReactNode;
}

/** A catalogue list: its entries, whether each is in use, and 编辑 · 停用/启用. Nothing is ever deleted. */
export function SettingsTable<T extends CatalogueEntry>({ columns, widths, working, onEdit, onToggle, extraActions, ...table }: SettingsTableProps<T>) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      pagination={false}
      {...table}
      columns={[
        ...columns,
        { title: '状态', dataIndex: 'active', width: widths.status, render: (active: boolean) => <ActiveTag active={active} /> },
        {
          title: '操作',
          key: 'actions',
          width: widths.actions,
          render: (_: unknown, entry) => (
            <>
              {extraActions?.(entry)}
              <Button type="link" size="small" disabled={working} onClick={() => onEdit(entry)}>
                编辑
              </Button>
              {/* Not awaited: the confirmation closes at once, and `working` holds the row's buttons meanwhile. */}
              <ToggleActiveButton
                active={entry.active}
                name={entry.name}
                description={DEACTIVATE_HINT}
                disabled={working}
                onToggle={(active) => void onToggle(entry, active)}
              />
            </>
          ),
        },
      ]}
    />
  );
}
