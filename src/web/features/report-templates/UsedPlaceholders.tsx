import { Button, Popover, Typography } from 'antd';
import { usedPlaceholderTags } from './template-view.js';

/** How many placeholders a template uses; a click (or hover) lists them in document order. */
export function UsedPlaceholders({ placeholders }: { placeholders: readonly string[] }) {
  const tags = usedPlaceholderTags(placeholders);
  if (tags.length === 0) return <Typography.Text type="secondary">无占位符</Typography.Text>;
  return (
    <Popover
      title="模板中的占位符（按出现顺序）"
      trigger={['hover', 'click']}
      content={
        <div style={{ maxWidth: 'min(360px, calc(100vw - 48px))', maxHeight: 280, overflowY: 'auto', display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {tags.map((t) => (
            <Typography.Text key={t} code style={{ margin: 0 }}>
              {t}
            </Typography.Text>
          ))}
        </div>
      }
    >
      <Button type="link" size="small" style={{ paddingInline: 0 }} data-testid="used-placeholders">
        {tags.length} 个占位符
      </Button>
    </Popover>
  );
}
