import { memo, useMemo, type Ref } from 'react';
import type { FindingView } from '../../../contracts/report.contract.js';
import { markSegments, type Severity } from './check-view.js';
import styles from './ReportCheckPage.module.css';

const MARK_CLASS: Record<Severity, string | undefined> = { error: styles.markError, warning: styles.markWarning, info: styles.markInfo };

interface CheckedTextProps {
  text: string;
  findings: readonly FindingView[];
  /** Index of the finding to show as selected. */
  active: number | undefined;
  /** A mark was clicked: the finding it stands for (the next one, where findings overlap). */
  onPick: (index: number) => void;
  ref?: Ref<HTMLDivElement>;
}

/**
 * The checked text, read-only, each finding's span marked in its severity's colour. Marks carry
 * `data-findings` (the indexes they cover), which is how a finding in the list scrolls to its text.
 */
export const CheckedText = memo(function CheckedText({ text, findings, active, onPick, ref }: CheckedTextProps) {
  const segments = useMemo(() => markSegments(text, findings), [text, findings]);
  return (
    <div ref={ref} className={styles.text} data-testid="checked-text">
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (!segment.severity) return piece;
        const isActive = active !== undefined && segment.findings.includes(active);
        const next = isActive ? segment.findings[(segment.findings.indexOf(active) + 1) % segment.findings.length]! : segment.findings[0]!;
        return (
          <mark
            key={segment.start}
            className={[styles.mark, MARK_CLASS[segment.severity], isActive && styles.markActive].filter(Boolean).join(' ')}
            data-findings={segment.findings.join(' ')}
            data-active={isActive || undefined}
            title={segment.findings.map((i) => findings[i]!.message).join('\n')}
            onClick={() => onPick(next)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
});
