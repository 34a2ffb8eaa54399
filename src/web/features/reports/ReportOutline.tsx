import { Typography } from 'antd';
import type { Block, Figure } from '../../../contracts/report.contract.js';
import { inlineText, levelOf } from './report-view.js';
import styles from './ReportEditor.module.css';

interface ReportOutlineProps {
  blocks: readonly Block[];
  numbers: ReadonlyMap<string, string>;
  figures: ReadonlyMap<string, Figure>;
  onLocate: (blockId: string) => void;
}

/** The report's headings (levels 1 and 2) beside the page, to jump through a long report. Wide screens only. */
export function ReportOutline({ blocks, numbers, figures, onLocate }: ReportOutlineProps) {
  const headings = blocks.filter((b) => b.type === 'heading' && levelOf(b) <= 2);
  if (headings.length === 0) return null;
  return (
    <nav className={styles.outline} aria-label="报告提纲">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        提纲
      </Typography.Text>
      {headings.map((h) => (
        <button key={h.id} type="button" className={levelOf(h) === 1 ? styles.outlineH1 : styles.outlineH2} onClick={() => onLocate(h.id)}>
          {numbers.get(h.id)}
          {inlineText(h, figures) || '（无标题）'}
        </button>
      ))}
    </nav>
  );
}
