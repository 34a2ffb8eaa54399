import { CheckCircleOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { SEVERITY_LABELS } from '../../../domain/report-check/messages.js';
import { groupFindings, nextPick, type FindingCard, type Severity } from './check-view.js';
import styles from './ReportCheckPage.module.css';

export const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

interface FindingPanelProps {
  result: CheckResult;
  active: number | undefined;
  onPick: (index: number) => void;
}

/** At most this many distinct texts are quoted on a card of many findings. */
const QUOTED_TEXTS = 6;

/** What a card of several findings adds: 本段共 N 处 and the texts found (「,」「;」…). */
function occurrencesNote(card: FindingCard): string {
  const quoted = card.texts
    .slice(0, QUOTED_TEXTS)
    .map((t) => `「${t}」`)
    .join('');
  return `本段共 ${card.members.length} 处${quoted ? `：${quoted}` : ''}${card.texts.length > QUOTED_TEXTS ? '等' : ''}，点击依次定位。`;
}

/** One card: a finding, or several of one kind in one paragraph; each click selects the next of them. */
function FindingCardButton({ card, active, onPick }: { card: FindingCard; active: number | undefined; onPick: (index: number) => void }) {
  const { index, finding, line } = card.members[0]!;
  const isActive = card.members.some((m) => m.index === active);
  const many = card.members.length > 1;
  return (
    <button
      type="button"
      className={`${styles.finding} ${isActive ? styles.findingActive : ''}`}
      data-finding={index}
      data-members={card.members.map((m) => m.index).join(' ')}
      aria-pressed={isActive}
      onClick={() => onPick(nextPick(card, active))}
    >
      <div className={styles.findingMeta}>
        <Tag color={SEVERITY_COLORS[finding.severity]} style={{ marginInlineEnd: 0 }}>
          {SEVERITY_LABELS[finding.severity]}
        </Tag>
        <span>第 {line} 段</span>
        {many && <span>{card.members.length} 处</span>}
      </div>
      <div>{finding.message}</div>
      {many && <div className={styles.findingMore}>{occurrencesNote(card)}</div>}
    </button>
  );
}

/** 错误 n / 警告 n / 提示 n, then every finding grouped under its rule's title; a click selects one. */
export function FindingPanel({ result, active, onPick }: FindingPanelProps) {
  const groups = useMemo(() => groupFindings(result), [result]);
  const counts: Array<[Severity, number, string | undefined]> = [
    ['error', result.summary.errors, styles.countError],
    ['warning', result.summary.warnings, styles.countWarning],
    ['info', result.summary.infos, styles.countInfo],
  ];
  return (
    <div>
      <div className={styles.summary} data-testid="check-summary">
        {counts.map(([severity, n, className]) => (
          <div key={severity} className={`${styles.count} ${className}`} data-severity={severity} data-count={n}>
            <div className={styles.countValue}>{n}</div>
            <div>{SEVERITY_LABELS[severity]}</div>
          </div>
        ))}
      </div>
      {groups.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          <CheckCircleOutlined style={{ color: '#389e0d', marginRight: 6 }} />
          未发现占位符、序号、半角标点、数字前后不一致、网页残留等问题。内容是否准确，仍需人工把关。
        </Typography.Paragraph>
      ) : (
        groups.map((group) => (
          <section key={group.rule} aria-label={group.title}>
            <div className={styles.groupTitle}>
              <span>{group.title}</span>
              <Tag color={SEVERITY_COLORS[group.worst]} style={{ marginInlineEnd: 0 }}>
                {group.items.length} 处
              </Tag>
            </div>
            {group.cards.map((card) => (
              <FindingCardButton key={card.members[0]!.index} card={card} active={active} onPick={onPick} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}
