import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { PlaceholderField } from '../../../contracts/report-template.contract.js';
import styles from './ReportTemplates.module.css';
import { COPY_TOOLTIPS } from './template-labels.js';
import { placeholderTag } from './template-view.js';

// Loops offer every indicator as a field; the first few say what a field is, the rest wait for a click.
const PREVIEW = 6;

/** The fields each item of a loop offers (`{名称}`, `{活动数}`…), each copyable. */
export function LoopFields({ fields }: { fields: readonly PlaceholderField[] }) {
  const [expanded, setExpanded] = useState(false);
  if (fields.length === 0) return null;
  const shown = expanded ? fields : fields.slice(0, PREVIEW);
  return (
    <div className={styles.fields}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        写在 {'{#…}'} 与 {'{/…}'} 之间，每一项可用的字段：
      </Typography.Text>
      <div className={styles.fieldGrid}>
        {shown.map((f) => (
          <div key={f.name} className={styles.field}>
            <Typography.Text code copyable={{ text: placeholderTag(f.name), tooltips: [...COPY_TOOLTIPS] }}>
              {placeholderTag(f.name)}
            </Typography.Text>
            <Typography.Text type="secondary">{f.description}</Typography.Text>
          </div>
        ))}
      </div>
      {fields.length > PREVIEW && (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setExpanded((v) => !v)}>
          {expanded ? '收起' : `显示全部 ${fields.length} 个字段`}
        </Button>
      )}
    </div>
  );
}
