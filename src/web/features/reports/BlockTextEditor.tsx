import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Input, Typography, type GetRef } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { Figure, Inline } from '../../../contracts/report.contract.js';
import { applyTokenEdit, insertToken, snapCaret, splitTokenText, toInlines, toTokenText, tokenSpans, type TokenText } from './figure-tokens.js';
import { TOKEN_HINT } from './report-labels.js';
import styles from './ReportEditor.module.css';

interface BlockTextEditorProps {
  inlines: Inline[];
  figures: ReadonlyMap<string, Figure>;
  /** Every figure of the report, offered by 插入数据 (a deleted one can be put back). */
  allFigures: readonly Figure[];
  /** Called on every keystroke, so nothing typed is ever lost to a missed "done". */
  onChange: (inlines: Inline[]) => void;
  /** Enter in a paragraph: the text after the caret becomes a new paragraph. Absent: Enter is ignored. */
  onSplit?: (left: Inline[], right: Inline[]) => void;
  onDone: () => void;
  /** The block's typography, so editing looks like the page. */
  style: CSSProperties;
  ariaLabel: string;
  /** Caret at the start instead of the end (the second half of a split paragraph). */
  caretAtStart?: boolean;
}

/**
 * Edits one block's text in a plain textarea, with each figure as an atomic token ⟦300余场次⟧
 * (figure-tokens.ts): a textarea keeps Chinese input methods, undo, selection and paste as the
 * browser makes them, and the tokens guarantee a figure is either whole or gone.
 */
export function BlockTextEditor({ inlines, figures, allFigures, onChange, onSplit, onDone, style, ariaLabel, caretAtStart }: BlockTextEditorProps) {
  // The editor owns its text while open; the parent remounts it when the body comes from the server.
  const [value, setValue] = useState<TokenText>(() => toTokenText(inlines, (id) => figures.get(id)?.text));
  const ref = useRef<GetRef<typeof Input.TextArea>>(null);
  const pendingCaret = useRef<number | undefined>(caretAtStart ? 0 : value.text.length);

  // A corrected value (a token taken whole) needs the caret put back where the edit ended.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const textarea = ref.current?.resizableTextArea?.textArea;
    if (caret === undefined || !textarea) return;
    pendingCaret.current = undefined;
    if (document.activeElement !== textarea) textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(caret, caret);
  });

  const byText = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of allFigures) if (!map.has(f.text)) map.set(f.text, f.id);
    return map;
  }, [allFigures]);

  /** `caret`: where to put it after the redraw; undefined leaves the browser's caret alone (mid-composition too). */
  const commit = (next: TokenText, caret: number | undefined) => {
    setValue(next);
    pendingCaret.current = caret;
    onChange(toInlines(next));
  };

  const caretNow = () => ref.current?.resizableTextArea?.textArea.selectionStart ?? value.text.length;

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // An input method's Enter confirms the candidate; it is not a paragraph break.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!onSplit) return;
      const [left, right] = splitTokenText(value, caretNow());
      onSplit(toInlines(left), toInlines(right));
    }
  };

  const insertMenu = allFigures.map((f) => ({ key: f.id, label: `${f.label}：${f.text}` }));

  // The same text laid out behind the transparent textarea, with the tokens marked, so figures
  // look like figures while being edited.
  const backdrop: ReactNode[] = [];
  let at = 0;
  for (const span of tokenSpans(value)) {
    backdrop.push(value.text.slice(at, span.start), <mark key={span.start}>{value.text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  backdrop.push(value.text.slice(at));

  return (
    <div className={styles.editing} data-testid="block-editor">
      <div className={styles.editField}>
        <div className={styles.backdrop} style={{ ...style, color: 'transparent' }} aria-hidden>
          {backdrop}
        </div>
        <Input.TextArea
          ref={ref}
          aria-label={ariaLabel}
          value={value.text}
          autoSize={{ minRows: 1 }}
          className={styles.editArea}
          style={style}
          onChange={(e) => {
            const shown = e.target;
            const { value: next, caret } = applyTokenEdit(value, shown.value, shown.selectionStart, (label) => byText.get(label));
            // Ordinary typing leaves the text as shown; only a corrected one needs its caret set again.
            commit(next, next.text === shown.value && caret === shown.selectionStart ? undefined : caret);
          }}
          onSelect={(e) => {
            const textarea = e.currentTarget;
            // Only a bare caret is moved out of a token; a selection may well cover one.
            if (textarea.selectionStart !== textarea.selectionEnd) return;
            const snapped = snapCaret(value, textarea.selectionStart);
            if (snapped !== textarea.selectionStart) textarea.setSelectionRange(snapped, snapped);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className={styles.editBar}>
        <Typography.Text type="secondary" className={styles.editHint}>
          {TOKEN_HINT}
        </Typography.Text>
        <div className={styles.editButtons}>
          {insertMenu.length > 0 && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: insertMenu,
                style: { maxHeight: 320, overflowY: 'auto' },
                onClick: ({ key }) => {
                  const figure = allFigures.find((f) => f.id === key);
                  if (!figure) return;
                  const { value: next, caret } = insertToken(value, caretNow(), figure.id, figure.text);
                  commit(next, caret);
                },
              }}
            >
              {/* Keeps the caret where it is while the menu is used. */}
              <Button size="small" icon={<PlusOutlined />} onMouseDown={(e) => e.preventDefault()}>
                插入数据
              </Button>
            </Dropdown>
          )}
          <Button size="small" type="primary" icon={<CheckOutlined />} onClick={onDone}>
            完成
          </Button>
        </div>
      </div>
    </div>
  );
}
