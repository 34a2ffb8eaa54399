import { Alert, Card, Collapse, Progress, Skeleton, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { CoverageResult } from '../../../contracts/stats.contract.js';
import { describeError } from '../../api/api-error.js';
import type { ApiQuery } from '../../api/useApiQuery.js';
import { useOrgKinds } from '../../api/useOrgKinds.js';
import { formatPercent } from '../../components/format-stats.js';
import { drillHref, type StatsView } from './stats-query.js';

type ChildCoverage = CoverageResult['byChild'][number];
type GapUnit = CoverageResult['gaps'][number];

const ratio = (reporting: number, units: number) => (units > 0 ? reporting / units : 0);

/** How many units of the subtree recorded anything in the period, per child unit, and which did not. */
export function CoverageCard({ view, query }: { view: StatsView; query: ApiQuery<CoverageResult> }) {
  const { labelOf } = useOrgKinds();
  const data = query.data;
  let body;
  if (query.error !== undefined) body = <Alert type="error" showIcon title={describeError(query.error)} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else {
    const share = ratio(data.reporting, data.units);
    body = (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <Progress type="circle" percent={Math.round(share * 100)} size={72} strokeColor="#c0392b" format={() => formatPercent(share)} />
          <div>
            <Typography.Text type="secondary">已填报单位</Typography.Text>
            <div data-testid="coverage-figure" style={{ fontSize: 22, fontWeight: 600 }}>
              {data.reporting} / {data.units}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {data.gaps.length > 0 ? `${data.gaps.length}个单位在所选时间内没有登记活动` : '所有单位都有登记'}
            </Typography.Text>
          </div>
        </div>
        {data.byChild.length > 0 && (
          <Table<ChildCoverage>
            rowKey="key"
            size="small"
            pagination={data.byChild.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
            dataSource={data.byChild}
            columns={[
              {
                title: '下级单位',
                dataIndex: 'label',
                ellipsis: true,
                render: (label: string, row) => <Link to={drillHref(view, { groupBy: 'child', key: row.key })}>{label}</Link>,
              },
              { title: '已填报/单位数', key: 'count', width: 112, align: 'right', render: (_: unknown, row) => `${row.reporting} / ${row.units}` },
              {
                title: '覆盖率',
                key: 'share',
                width: 120,
                render: (_: unknown, row) => <Progress percent={Math.round(ratio(row.reporting, row.units) * 100)} size="small" strokeColor="#c0392b" />,
              },
            ]}
          />
        )}
        {data.gaps.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: 'gaps',
                label: `未填报单位（${data.gaps.length}）`,
                children: (
                  <Table<GapUnit>
                    rowKey="id"
                    size="small"
                    pagination={data.gaps.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
                    dataSource={data.gaps}
                    columns={[
                      { title: '单位', dataIndex: 'pathName' },
                      { title: '类型', dataIndex: 'kind', width: 88, render: (kind: string) => labelOf(kind) },
                    ]}
                  />
                ),
              },
            ]}
          />
        )}
      </Space>
    );
  }
  return (
    <Card title="填报覆盖" data-testid="stats-coverage" style={{ height: '100%' }} styles={{ body: { padding: 12, opacity: query.loading && data ? 0.6 : 1 } }}>
      {body}
    </Card>
  );
}
