import { Space, Tag, Typography } from 'antd';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../contracts/catalogue.contract.js';
import type { Activity } from '../../../contracts/ledger.contract.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';

const KIND_COLORS: Record<TagKind, string> = { carrier: 'volcano', theme: 'gold', volume: 'blue' };

/** An entry's tags under their kinds: “进”载体, 主题, 台账卷. */
export function ActivityTagGroups({ activity, index }: { activity: Activity; index: CatalogueIndex | undefined }) {
  if (activity.tagIds.length === 0) return <Typography.Text type="secondary">未添加标签</Typography.Text>;
  const tags = activity.tagIds.map((id) => index?.tagById.get(id));
  const unknown = activity.tagIds.filter((id) => !index?.tagById.has(id)).length;
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      {TAG_KINDS.map((kind) => {
        const ofKind = tags.filter((t) => t?.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind}>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>
              {TAG_KIND_LABELS[kind]}
            </Typography.Text>
            <Space size={[6, 6]} wrap>
              {ofKind.map(
                (t) =>
                  t && (
                    <Tag key={t.id} color={KIND_COLORS[kind]}>
                      {t.name}
                    </Tag>
                  ),
              )}
            </Space>
          </div>
        );
      })}
      {unknown > 0 && <Typography.Text type="secondary">另有 {unknown} 个已停用的标签</Typography.Text>}
    </div>
  );
}
