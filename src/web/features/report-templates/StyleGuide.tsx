import { Typography } from 'antd';
import type { PlaceholderList } from '../../../contracts/report-template.contract.js';
import styles from './ReportTemplates.module.css';
import { COPY_TOOLTIPS, STYLES_HINT } from './template-labels.js';
import { placeholderTag } from './template-view.js';

interface StyleGuideProps {
  styles: PlaceholderList['styles'];
  /** The numeric placeholder the examples are written with. */
  sampleName: string;
}

/** 数字写法: how a number placeholder takes a style after a colon, each with what it gives. */
export function StyleGuide({ styles: list, sampleName }: StyleGuideProps) {
  if (list.length === 0) return null;
  const first = list[0]?.name;
  return (
    <div data-testid="placeholder-styles">
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {STYLES_HINT}
        {first && (
          <>
            例如{' '}
            <Typography.Text code copyable={{ text: placeholderTag(sampleName, first), tooltips: [...COPY_TOOLTIPS] }}>
              {placeholderTag(sampleName, first)}
            </Typography.Text>
          </>
        )}
      </Typography.Text>
      <ul className={styles.styles}>
        {list.map((s) => (
          <li key={s.name} className={styles.styleItem}>
            <Typography.Text code strong>
              :{s.name}
            </Typography.Text>{' '}
            <span>{s.description}</span>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              （例：{s.example}）
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
