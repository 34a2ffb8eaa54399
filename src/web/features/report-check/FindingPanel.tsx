import { CheckCircleOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { SEVERITY_LABELS } from '../../../domain/report-check/messages.js';
import { groupFindings, type Severity } from './check-view.js';
import styles from './ReportCheckPage.module.css';

export const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

interface FindingPanelProps {
  result: CheckResult;
  active: number | undefined;
  onPick: (index: number) => void;
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
          未发现占位符、序号、数字前后不一致、网页残留等问题。内容是否准确，仍需人工把关。
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
            {group.items.map(({ index, finding, line }) => (
              <button
                key={index}
                type="button"
                className={`${styles.finding} ${index === active ? styles.findingActive : ''}`}
                data-finding={index}
                aria-pressed={index === active}
                onClick={() => onPick(index)}
              >
                <div className={styles.findingMeta}>
                  <Tag color={SEVERITY_COLORS[finding.severity]} style={{ marginInlineEnd: 0 }}>
                    {SEVERITY_LABELS[finding.severity]}
                  </Tag>
                  <span>第 {line} 段</span>
                </div>
                <div>{finding.message}</div>
              </button>
            ))}
          </section>
        ))
      )}
    </div>
  );
}
