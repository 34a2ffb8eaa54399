import { CheckOutlined, DisconnectOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Input, Tooltip, Typography, type GetRef } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { Figure, Inline } from '../../../contracts/report.contract.js';
import { decideEdit, figureAt, unbindFigure, type EditIntent, type Selection } from './figure-edit.js';
import { applyTokenEdit, insertToken, splitTokenText, toInlines, toTokenText, tokenSpans, type TokenText } from './figure-tokens.js';
import { FIGURE_BOUND_HINT, FIGURE_REFUSALS, figureUnbound, figuresRemoved, TOKEN_HINT, UNBIND_LABEL, UNBIND_TIP, UNDO_FIGURE_LABEL } from './report-labels.js';
import styles from './ReportEditor.module.css';

const caret = (at: number): Selection => ({ start: at, end: at });

interface BlockTextEditorProps {
  inlines: Inline[];
  figures: ReadonlyMap<string, Figure>;
  /** Every figure of the report, offered by 插入数据 (a deleted one can be put back). */
  allFigures: readonly Figure[];
  /** Called on every keystroke, so nothing typed is ever lost to a missed "done"; `step`: a figure deleted or unbound, its own undo step. */
  onChange: (inlines: Inline[], step?: boolean) => void;
  /** Enter in a paragraph: the text after the caret becomes a new paragraph. Absent: Enter is ignored. */
  onSplit?: (left: Inline[], right: Inline[]) => void;
  onDone: () => void;
  /** The block's typography, so editing looks like the page. */
  style: CSSProperties;
  ariaLabel: string;
  /** Caret at the start instead of the end (the second half of a split paragraph). */
  caretAtStart?: boolean;
}

/** A line under the text after a key near a figure: what happened, and for a figure taken away, a way back. */
interface Notice {
  text: string;
  /** The text before a figure was deleted, replaced or unbound, with the caret there. */
  undo?: { value: TokenText; caret: number };
}

/** The browser's kinds of input (InputEvent.inputType) as what they do to a selection. */
function intentOf(e: InputEvent): EditIntent | undefined {
  const text = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
  switch (e.inputType) {
    case 'insertText':
    case 'insertReplacementText':
      return { kind: 'type', text };
    case 'insertFromDrop':
    case 'insertFromPaste':
    case 'insertFromPasteAsQuotation':
    case 'insertFromYank':
      return { kind: 'paste', text };
    case 'deleteByCut':
    case 'deleteByDrag':
      return { kind: 'cut' };
    case 'deleteContentForward':
    case 'deleteWordForward':
    case 'deleteSoftLineForward':
    case 'deleteHardLineForward':
      return { kind: 'delete', direction: 'forward' };
    default:
      return e.inputType.startsWith('delete') ? { kind: 'delete', direction: 'backward' } : undefined;
  }
}

/**
 * Edits one block's text in a plain textarea, with each figure as an atomic token ⟦300余场次⟧
 * (figure-tokens.ts): a textarea keeps Chinese input methods, undo, selection and paste as the
 * browser makes them, and every key that reaches a figure is decided first (figure-edit.ts), so a
 * figure is either whole, deleted whole on an explicit key (and can be put back), or unbound.
 */
export function BlockTextEditor({ inlines, figures, allFigures, onChange, onSplit, onDone, style, ariaLabel, caretAtStart }: BlockTextEditorProps) {
  // The editor owns its text while open; the parent remounts it when the body comes from the server.
  const [value, setValue] = useState<TokenText>(() => toTokenText(inlines, (id) => figures.get(id)?.text));
  const [selection, setSelection] = useState<Selection>(() => caret(caretAtStart ? 0 : value.text.length));
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const ref = useRef<GetRef<typeof Input.TextArea>>(null);
  const pendingSelection = useRef<Selection | undefined>(caret(caretAtStart ? 0 : value.text.length));
  const latest = useRef({ value, notice });
  useEffect(() => {
    latest.current = { value, notice };
  });
  const textarea = () => ref.current?.resizableTextArea?.textArea;

  // A corrected value (a refused or decided edit) needs the selection put back where it belongs.
  useLayoutEffect(() => {
    const wanted = pendingSelection.current;
    const area = textarea();
    if (wanted === undefined || !area) return;
    pendingSelection.current = undefined;
    if (document.activeElement !== area) area.focus({ preventScroll: true });
    area.setSelectionRange(wanted.start, wanted.end);
  });

  const byText = useMemo(() => {
    const map = new Map<string, string>();
    for (const f of allFigures) if (!map.has(f.text)) map.set(f.text, f.id);
    return map;
  }, [allFigures]);

  /**
   * `select`: where the selection goes after the redraw; undefined leaves the browser's alone
   * (mid-composition too). `step`: a figure deleted, replaced or unbound is its own undo step.
   */
  const commit = useCallback(
    (next: TokenText, select: Selection | undefined, step = false) => {
      setValue(next);
      latest.current = { ...latest.current, value: next };
      pendingSelection.current = select;
      if (select) setSelection(select);
      onChange(toInlines(next), step);
    },
    [onChange],
  );

  const selectionNow = (): Selection => {
    const area = textarea();
    return area ? { start: area.selectionStart, end: area.selectionEnd } : caret(value.text.length);
  };

  /** Carries out the decision on a key near a figure; true when the browser must not act. */
  const decide = useCallback(
    (intent: EditIntent, at: Selection): boolean => {
      const before = latest.current.value;
      const decision = decideEdit(before, at, intent, (label) => byText.get(label));
      if (decision.kind === 'native') return false;
      if (decision.kind === 'refuse') {
        pendingSelection.current = decision.select;
        setSelection(decision.select);
        setNotice({ text: FIGURE_REFUSALS[decision.reason](decision.figures.join('」「')) });
        // Nothing changed, so nothing redraws by itself: the selection is put on the figure now.
        textarea()?.setSelectionRange(decision.select.start, decision.select.end);
        return true;
      }
      commit(decision.value, caret(decision.caret), true);
      setNotice({ text: figuresRemoved(decision.removed), undo: { value: before, caret: at.end } });
      return true;
    },
    [byText, commit],
  );

  // beforeinput is the one event that says what a key, a paste or a cut is about to do, and can stop it.
  useEffect(() => {
    const area = textarea();
    if (!area) return;
    const onBeforeInput = (e: InputEvent) => {
      if (e.isComposing) return;
      const intent = intentOf(e);
      if (intent && decide(intent, { start: area.selectionStart, end: area.selectionEnd })) e.preventDefault();
    };
    area.addEventListener('beforeinput', onBeforeInput);
    return () => area.removeEventListener('beforeinput', onBeforeInput);
  }, [decide]);

  const undoFigure = () => {
    const undo = latest.current.notice?.undo;
    if (!undo) return;
    commit(undo.value, caret(undo.caret), true);
    setNotice(undefined);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // An input method's Enter confirms the candidate; it is not a paragraph break.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!onSplit) return;
      const [left, right] = splitTokenText(value, selectionNow().start);
      onSplit(toInlines(left), toInlines(right));
    } else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && notice?.undo) {
      // The browser's own undo knows nothing of a figure the editor took away: put it back here.
      e.preventDefault();
      undoFigure();
    }
  };

  const unbind = () => {
    const span = figureAt(value, selection);
    if (!span) return;
    const unbound = unbindFigure(value, span);
    commit(unbound.value, caret(unbound.caret), true);
    setNotice({ text: figureUnbound(unbound.text), undo: { value, caret: span.end } });
  };
  const atFigure = figureAt(value, selection) !== undefined;

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
            const { value: next, caret: after, refused } = applyTokenEdit(value, shown.value, shown.selectionStart, (label) => byText.get(label));
            if (refused) setNotice({ text: `${FIGURE_BOUND_HINT}。` });
            else if (notice) setNotice(undefined);
            // Ordinary typing leaves the text as shown; only a corrected one needs its caret set again.
            commit(next, next.text === shown.value && after === shown.selectionStart ? undefined : caret(after));
          }}
          onPaste={(e) => {
            // Decided here rather than on beforeinput: the clipboard's text is certain to be there.
            if (decide({ kind: 'paste', text: e.clipboardData.getData('text/plain') }, selectionNow())) e.preventDefault();
          }}
          onSelect={(e) => setSelection({ start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd })}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className={styles.editBar}>
        <Typography.Text type={notice ? 'warning' : 'secondary'} className={styles.editHint} role="status" data-testid="figure-notice">
          {notice?.text ?? TOKEN_HINT}
          {notice?.undo && (
            <Button size="small" type="link" onMouseDown={(e) => e.preventDefault()} onClick={undoFigure} style={{ height: 20, paddingInline: 4 }}>
              {UNDO_FIGURE_LABEL}
            </Button>
          )}
        </Typography.Text>
        <div className={styles.editButtons}>
          {atFigure && (
            <Tooltip title={UNBIND_TIP}>
              {/* Keeps the caret (and so the figure it is at) while the button is pressed. */}
              <Button size="small" icon={<DisconnectOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={unbind}>
                {UNBIND_LABEL}
              </Button>
            </Tooltip>
          )}
          {insertMenu.length > 0 && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: insertMenu,
                style: { maxHeight: 320, overflowY: 'auto' },
                onClick: ({ key }) => {
                  const figure = allFigures.find((f) => f.id === key);
                  if (!figure) return;
                  const { value: next, caret: after } = insertToken(value, selectionNow().start, figure.id, figure.text);
                  commit(next, caret(after));
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
