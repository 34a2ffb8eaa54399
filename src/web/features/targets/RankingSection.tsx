import { Card, Empty, Progress, Table, Typography } from 'antd';
import type { TargetProgress } from '../../../contracts/target.contract.js';
import { barPercent, percentText } from './targets-view.js';

type RankingRow = TargetProgress['ranking'][number];

const PAGE_SIZE = 20;

interface RankingSectionProps {
  progress: TargetProgress | undefined;
  loading: boolean;
  compact: boolean;
}

/** 下级排名: the unit's children by mean completion of the targets judged inside them. */
export function RankingSection({ progress, loading, compact }: RankingSectionProps) {
  const ranking = progress?.ranking ?? [];
  // Numbered over the whole list, not the page (the table's own index restarts on every page).
  const rankOf = (row: RankingRow) => ranking.indexOf(row) + 1;
  return (
    <Card title="下级排名" data-testid="targets-ranking" styles={{ body: { padding: compact ? 12 : undefined } }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        完成率为各单位内目标完成率（每项最高按100%计）的平均值；滞后项数含已到期未完成的目标。
      </Typography.Paragraph>
      <Table<RankingRow>
        rowKey="orgId"
        size="small"
        // A township has a few dozen villages; a page of them keeps the rest of the page in reach.
        pagination={ranking.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, size: 'small', showSizeChanger: false } : false}
        loading={loading}
        dataSource={ranking}
        // On a phone the two counts take short titles so the whole row fits without scrolling.
        scroll={compact ? undefined : { x: 560 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={loading ? ' ' : '下级单位没有需要考核的目标'} /> }}
        columns={[
          { title: '排名', key: 'rank', width: compact ? 44 : 64, align: 'center', render: (_: unknown, row) => rankOf(row) },
          { title: '单位', dataIndex: 'name', ellipsis: true, ...(!compact && { width: 260 }) },
          {
            title: '完成率',
            dataIndex: 'percent',
            ...(compact && { width: 112 }),
            render: (percent: number) => <Progress percent={barPercent(percent)} size="small" format={() => percentText(percent)} />,
          },
          { title: compact ? '目标' : '目标项数', dataIndex: 'targets', width: compact ? 48 : 96, align: 'right' },
          {
            title: compact ? '滞后' : '滞后项数',
            dataIndex: 'behind',
            width: compact ? 48 : 96,
            align: 'right',
            render: (behind: number) => (behind > 0 ? <Typography.Text type="warning">{behind}</Typography.Text> : behind),
          },
        ]}
      />
    </Card>
  );
}
