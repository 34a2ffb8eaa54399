import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Empty, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Indicator } from '../../../contracts/catalogue.contract.js';
import type { ActivitySummary } from '../../../contracts/ledger.contract.js';
import { CoverThumb } from './CoverThumb.js';
import { formatDateRange } from './format-dates.js';
import { MeasureSummary } from './MeasureSummary.js';
import { StatusTag } from './StatusTag.js';

interface ActivityCardListProps {
  items: readonly ActivitySummary[];
  loading: boolean;
  indicators: ReadonlyMap<string, Indicator>;
  emptyText: string;
  renderActions?: (item: ActivitySummary) => ReactNode;
}

/** The ledger as stacked cards for phones; a tap opens the entry. */
export function ActivityCardList({ items, loading, indicators, emptyText, renderActions }: ActivityCardListProps) {
  const navigate = useNavigate();
  if (!loading && items.length === 0) return <Empty description={emptyText} />;
  return (
    <Spin spinning={loading}>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 10, minHeight: 80 }}>
        {items.map((a) => (
          <Card key={a.id} size="small" hoverable onClick={() => navigate(`/ledger/${a.id}`)} styles={{ body: { padding: 12 } }}>
            <div style={{ display: 'flex', gap: 12 }}>
              <CoverThumb url={a.coverThumbnailUrl} size={64} />
              <div style={{ flex: 1, minWidth: 0 }}>
                <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
                  <Typography.Text strong style={{ flex: 1, minWidth: 0, fontSize: 15 }} ellipsis={{ tooltip: a.title }}>
                    {a.title}
                  </Typography.Text>
                  <StatusTag status={a.status} />
                </div>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 2 }} ellipsis>
                  {formatDateRange(a.startDate, a.endDate)} · {a.orgName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                  {a.typeName}
                  {a.evidenceCount > 0 && (
                    <span style={{ marginInlineStart: 8 }}>
                      <PaperClipOutlined /> {a.evidenceCount}
                    </span>
                  )}
                </Typography.Text>
              </div>
            </div>
            <div style={{ marginTop: 8, fontSize: 13 }}>
              <MeasureSummary measures={a.measures} indicators={indicators} limit={3} />
            </div>
            {renderActions && (
              // Buttons inside a tappable card must not also open the entry.
              <div style={{ marginTop: 8 }} onClick={(e) => e.stopPropagation()}>
                {renderActions(a)}
              </div>
            )}
          </Card>
        ))}
      </div>
    </Spin>
  );
}
