import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import dayjs from 'dayjs';
import type { Activity } from '../../../contracts/ledger.contract.js';
import { formatDateRange } from './format-dates.js';

const TIME = 'YYYY-MM-DD HH:mm';

type DescriptionsItemType = NonNullable<DescriptionsProps['items']>[number];

/** An entry's facts: unit, type, dates, place, organiser, who recorded and reviewed it, and its summary. */
export function ActivityFacts({ activity, column }: { activity: Activity; column: number }) {
  const who = (ref: Activity['createdBy'], at: string | null) =>
    ref || at ? [ref?.displayName, at && dayjs(at).format(TIME)].filter(Boolean).join(' · ') : '—';
  const optional = (text: string) => text || <Typography.Text type="secondary">未填写</Typography.Text>;
  const facts: DescriptionsItemType[] = [
    { key: 'org', label: '登记单位', children: activity.orgName },
    { key: 'type', label: '活动类型', children: `${activity.categoryName} / ${activity.typeName}` },
    { key: 'date', label: '活动日期', children: formatDateRange(activity.startDate, activity.endDate) },
    { key: 'place', label: '地点', children: optional(activity.place) },
    { key: 'organiser', label: '组织者', children: optional(activity.organiser) },
    { key: 'created', label: '登记', children: who(activity.createdBy, activity.createdAt) },
    ...(activity.submittedAt ? [{ key: 'submitted', label: '提交审核', children: dayjs(activity.submittedAt).format(TIME) }] : []),
    ...(activity.reviewedAt ? [{ key: 'reviewed', label: '审核', children: who(activity.reviewedBy, activity.reviewedAt) }] : []),
  ];
  // The last fact widens to close its row, so the summary always starts a row of its own.
  const last = facts.at(-1);
  if (last && facts.length % column !== 0) last.span = 'filled';
  const summary = activity.summary ? <span style={{ whiteSpace: 'pre-wrap' }}>{activity.summary}</span> : optional('');
  return (
    <Descriptions
      bordered
      size="small"
      column={column}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      items={[...facts, { key: 'summary', label: '内容摘要', span: column, children: summary }]}
    />
  );
}
