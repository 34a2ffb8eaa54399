import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { TAG_KIND_LABELS, TAG_KINDS, type Tag, type TagKind } from '../../../contracts/catalogue.contract.js';
import { updateTag } from '../../api/catalogue.api.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { SettingsTable, SettingsToolbar } from './SettingsTable.js';
import { TagFormModal, type TagFormMode } from './TagFormModal.js';
import { useSettingsTab } from './useSettingsTab.js';

interface TagsTabProps {
  index: CatalogueIndex | undefined;
  loading: boolean;
  onChanged: () => void;
}

// What each kind is for, since the three lists look alike.
const KIND_HINTS: Record<TagKind, string> = {
  carrier: '“进”载体记录活动走进了哪类场所（进机关、进学校……），各地可按本地口径调整。',
  theme: '主题标签用于按年度主题或专项工作归集活动。',
  volume: '台账卷对应迎检时分卷整理的台账（组织领导、宣传教育……）。',
};

/** 标签: the three lists entries are tagged from — “进”载体, 主题 and 台账卷. */
export function TagsTab({ index, loading, onChanged }: TagsTabProps) {
  const { working, toggle, editing, setEditing, saved } = useSettingsTab<TagFormMode>(updateTag, onChanged);
  const [kind, setKind] = useState<TagKind>('carrier');

  return (
    <>
      <SettingsToolbar wrap addLabel="新增标签" onAdd={() => setEditing({ kind: 'create', tagKind: kind })}>
        <Segmented<TagKind>
          value={kind}
          onChange={setKind}
          options={TAG_KINDS.map((k) => ({ value: k, label: `${TAG_KIND_LABELS[k]}（${index?.tagsByKind[k].length ?? 0}）` }))}
        />
      </SettingsToolbar>
      <Typography.Paragraph type="secondary">{KIND_HINTS[kind]}</Typography.Paragraph>
      <SettingsTable<Tag>
        loading={loading}
        dataSource={index?.tagsByKind[kind] ?? []}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: '排序号', dataIndex: 'sortOrder', width: 90, align: 'right' },
        ]}
        widths={{ status: 90, actions: 140 }}
        working={working}
        onEdit={(tag) => setEditing({ kind: 'edit', tag })}
        onToggle={toggle}
      />
      {editing && <TagFormModal mode={editing} onClose={() => setEditing(undefined)} onSaved={saved} />}
    </>
  );
}
