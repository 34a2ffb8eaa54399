import { Typography } from 'antd';
import type { Placeholder, PlaceholderField } from '../../../contracts/report-template.contract.js';
import styles from './ReportTemplates.module.css';
import { LoopFields } from './LoopFields.js';
import { COPY_TOOLTIPS } from './template-labels.js';
import { placeholderLabel, placeholderPasteText } from './template-view.js';

/** A loop's example is how many items it has; say so. */
const exampleText = (p: Placeholder): string | undefined => {
  if (p.example === undefined) return undefined;
  return p.group === 'loop' && /^\d+$/.test(p.example) ? `共 ${p.example} 项` : p.example;
};

/** One placeholder: the tag to paste (copy button beside it), what it holds, its value for the chosen unit and period, and a loop's fields. */
interface PlaceholderRowProps {
  placeholder: Placeholder;
  /** A loop's fields as the search leaves them. */
  fields: readonly PlaceholderField[];
  /** The earlier loop whose item fields are the same, to point to instead of listing them again. */
  fieldsAsIn: string | undefined;
}

export function PlaceholderRow({ placeholder: p, fields, fieldsAsIn }: PlaceholderRowProps) {
  const example = exampleText(p);
  return (
    <div className={styles.row} data-testid="placeholder-row" data-name={p.name}>
      <div className={styles.tag}>
        <Typography.Text code copyable={{ text: placeholderPasteText(p), tooltips: [...COPY_TOOLTIPS] }}>
          {placeholderLabel(p)}
        </Typography.Text>
      </div>
      <div className={styles.description}>{p.description}</div>
      <div className={styles.example} data-testid="placeholder-example">
        {example === undefined || example === '' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Typography.Text strong title="所选单位和时间的值">
            {example}
          </Typography.Text>
        )}
      </div>
      {p.group === 'loop' &&
        (fieldsAsIn === undefined ? (
          <LoopFields fields={fields} />
        ) : (
          <div className={styles.fields}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              每一项可用的字段与上面的「{`{#${fieldsAsIn}}`}」相同
            </Typography.Text>
          </div>
        ))}
    </div>
  );
}
