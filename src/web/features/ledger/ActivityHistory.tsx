import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import type { HistoryEntry } from '../../../contracts/ledger.contract.js';
import { describeError } from '../../api/api-error.js';
import type { CatalogueIndex } from '../../api/catalogue-index.js';
import { listActivityHistory } from '../../api/ledger.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { historyDiff, reasonOf } from './history-diff.js';

type OrgNameOf = (orgId: number) => string | undefined;

interface ActivityHistoryProps {
  activityId: number;
  /** Names units in the record; the log keeps only ids, and the page knows the entry's own unit. */
  orgName: OrgNameOf;
  /** Changes whenever the entry does, so the history follows every action taken on the page. */
  refreshKey: string;
  index: CatalogueIndex | undefined;
}

// Workflow steps stand out: green for approval, red for sending back, blue for submission.
const ACTION_COLORS: Record<string, string> = {
  approve: '#2e7d4f',
  return: '#c0392b',
  reopen: '#c0392b',
  submit: '#2f6fb0',
  delete: 'gray',
  restore: '#2f6fb0',
};
const WITH_REASON = new Set(['return', 'reopen']);

/** `activity.approve` → `approve`: the audit log names actions by entity, the timeline needs only the verb. */
function verbOf(action: string): string {
  return action.slice(action.lastIndexOf('.') + 1);
}
const NO_LOOKUPS = { indicatorByCode: new Map(), tagById: new Map(), typeById: new Map() };

/** 处理记录: who did what when, newest first, with what each edit changed. */
export function ActivityHistory({ activityId, orgName, refreshKey, index }: ActivityHistoryProps) {
  const load = useCallback((signal: AbortSignal) => listActivityHistory(activityId, signal), [activityId]);
  const history = useApiQuery(load, refreshKey);
  if (history.error !== undefined && !history.data) return <Alert type="error" showIcon title={describeError(history.error)} />;
  if (!history.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />;

  const entries = [...history.data].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        color: ACTION_COLORS[verbOf(entry.action)] ?? 'gray',
        content: <HistoryItem entry={entry} index={index} orgName={orgName} />,
      }))}
    />
  );
}

function HistoryItem({ entry, index, orgName }: { entry: HistoryEntry; index: CatalogueIndex | undefined; orgName: OrgNameOf }) {
  const verb = verbOf(entry.action);
  // A workflow step's label already says how the status moved.
  const lines = historyDiff(entry.before, entry.after, { ...(index ?? NO_LOOKUPS), orgName }).filter((l) => !(l.key === 'status' && verb in ACTION_COLORS));
  const reason = WITH_REASON.has(verb) ? reasonOf(entry.after) : undefined;
  return (
    <div style={{ fontSize: 13 }}>
      <div>
        <Typography.Text strong>{entry.actionLabel}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {entry.user?.displayName ?? '系统'} · {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
      </div>
      {reason && <div style={{ marginTop: 4, color: '#a8071a' }}>原因：{reason}</div>}
      {lines.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 16, color: 'rgba(0,0,0,0.65)' }}>
          {lines.map((l) => (
            <li key={l.key}>
              {l.label}：<span style={{ textDecoration: 'line-through', color: 'rgba(0,0,0,0.45)' }}>{l.before}</span> → {l.after}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
