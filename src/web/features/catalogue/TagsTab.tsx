import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { TAG_KIND_LABELS, TAG_KINDS, type Tag, type TagKind } from '../../../contracts/catalogue.contract.js';
import { updateTag } from '../../api/catalogue.api.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { ActiveToggle } from './ActiveToggle.js';
import { TagFormModal, type TagFormMode } from './TagFormModal.js';

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
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [kind, setKind] = useState<TagKind>('carrier');
  const [form, setForm] = useState<TagFormMode | undefined>(undefined);

  const toggle = (tag: Tag, active: boolean) =>
    run(async () => {
      await updateTag(tag.id, { active });
      message.success(active ? `已启用「${tag.name}」` : `已停用「${tag.name}」`);
      onChanged();
    });

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12 }}>
        <Segmented<TagKind>
          value={kind}
          onChange={setKind}
          options={TAG_KINDS.map((k) => ({ value: k, label: `${TAG_KIND_LABELS[k]}（${index?.tagsByKind[k].length ?? 0}）` }))}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'create', tagKind: kind })}>
          新增标签
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{KIND_HINTS[kind]}</Typography.Paragraph>
      <Table<Tag>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={index?.tagsByKind[kind] ?? []}
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: '排序号', dataIndex: 'sortOrder', width: 90, align: 'right' },
          { title: '状态', dataIndex: 'active', width: 90, render: (active: boolean) => <ActiveTag active={active} /> },
          {
            title: '操作',
            key: 'actions',
            width: 140,
            render: (_: unknown, tag) => (
              <>
                <Button type="link" size="small" disabled={working} onClick={() => setForm({ kind: 'edit', tag })}>
                  编辑
                </Button>
                <ActiveToggle active={tag.active} name={tag.name} disabled={working} onToggle={(active) => void toggle(tag, active)} />
              </>
            ),
          },
        ]}
      />
      {form && (
        <TagFormModal
          mode={form}
          onClose={() => setForm(undefined)}
          onSaved={() => {
            setForm(undefined);
            message.success('已保存');
            onChanged();
          }}
        />
      )}
    </>
  );
}
