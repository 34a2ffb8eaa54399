import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Popover, Tag } from 'antd';
import type { ReportTemplate } from '../../../contracts/report-template.contract.js';
import { LEFTOVERS_ADVICE, leftoversTag, LEFTOVERS_TITLE, leftoversUploaded } from './template-labels.js';
import { templateWarnings } from './template-view.js';

/** The warnings as a numbered list, the server's line about the unlisted rest after it. */
function WarningList({ warnings }: { warnings: readonly string[] }) {
  const { items, more } = templateWarnings(warnings);
  return (
    <>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20, overflowWrap: 'anywhere' }}>
        {items.map((w, i) => (
          // The same leftover may well be told twice in one paragraph: the index keeps keys apart.
          <li key={`${i}-${w}`}>{w}</li>
        ))}
      </ol>
      {more && <div style={{ marginTop: 4 }}>{more}</div>}
    </>
  );
}

/**
 * After an upload that found leftovers (XX县, 20XX年, 小编…) in the template's own text: the upload
 * went through, and here is every place to look at. Stays until the user closes it.
 */
export function UploadWarningsAlert({ template, onClose }: { template: ReportTemplate; onClose: () => void }) {
  const { total } = templateWarnings(template.warnings);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="upload-warnings"
      closable={{ onClose, 'aria-label': '关闭' }}
      style={{ marginBottom: 12 }}
      title={leftoversUploaded(template.name, total)}
      description={
        <>
          <div>{LEFTOVERS_ADVICE}</div>
          <WarningList warnings={template.warnings} />
        </>
      }
    />
  );
}

/** A small tag on a listed template with leftovers; a click (or hover) lists them. */
export function TemplateWarningsTag({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  const { total } = templateWarnings(warnings);
  return (
    <Popover
      title={LEFTOVERS_TITLE}
      trigger={['hover', 'click']}
      content={
        <div style={{ maxWidth: 'min(420px, calc(100vw - 48px))', maxHeight: 320, overflowY: 'auto', fontSize: 13 }}>
          <div style={{ color: 'rgba(0,0,0,0.6)' }}>{LEFTOVERS_ADVICE}</div>
          <WarningList warnings={warnings} />
        </div>
      }
    >
      <Tag
        color="warning"
        icon={<ExclamationCircleOutlined />}
        role="button"
        tabIndex={0}
        style={{ cursor: 'pointer', marginInlineStart: 6 }}
        data-testid="template-warnings"
      >
        {leftoversTag(total)}
      </Tag>
    </Popover>
  );
}
