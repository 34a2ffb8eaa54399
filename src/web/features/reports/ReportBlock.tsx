import { BarChartOutlined, CheckOutlined, DeleteOutlined, LineChartOutlined, PieChartOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Block, Figure, Inline } from '../../../contracts/report.contract.js';
import { describePeriod } from '../../components/format-stats.js';
import { BlockTextEditor } from './BlockTextEditor.js';
import { BlockTools } from './BlockTools.js';
import { FigureChip } from './FigureChip.js';
import { BLOCK_TYPE_LABELS, CHART_GROUP_LABELS, CHART_KIND_LABELS, CHART_NOTE, EMPTY_BLOCK, SUGGESTION_LABEL } from './report-labels.js';
import { levelOf, type HeadingLevel, type SourceNames } from './report-view.js';
import styles from './ReportEditor.module.css';

/** What a block asks of the editor; one stable dispatcher for all blocks keeps untouched blocks from redrawing. */
export type BlockAction =
  | { type: 'select' }
  | { type: 'deselect' }
  | { type: 'setInlines'; inlines: Inline[]; step?: boolean }
  | { type: 'split'; left: Inline[]; right: Inline[] }
  | { type: 'accept' }
  | { type: 'move'; delta: -1 | 1 }
  | { type: 'remove' }
  | { type: 'addAfter'; blockType: 'paragraph' | 'heading'; level?: HeadingLevel }
  | { type: 'setLevel'; level: HeadingLevel };
export type BlockDispatch = (blockId: string, action: BlockAction) => void;

interface ReportBlockProps {
  block: Block;
  /** 一、（一）1.（1） for headings. */
  number: string | undefined;
  figures: ReadonlyMap<string, Figure>;
  allFigures: readonly Figure[];
  names: SourceNames;
  selected: boolean;
  editable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  flash: boolean;
  caretAtStart: boolean;
  dispatch: BlockDispatch;
}

const CHART_ICONS = { bar: BarChartOutlined, line: LineChartOutlined, pie: PieChartOutlined } as const;

// What the textarea inherits from the block, so editing looks like the page.
const INHERIT: CSSProperties = {
  font: 'inherit',
  lineHeight: 'inherit',
  letterSpacing: 'inherit',
  textAlign: 'inherit',
  textIndent: 'inherit',
  color: 'inherit',
};

function typeClass(block: Block): string {
  switch (block.type) {
    case 'title':
      return styles.title ?? '';
    case 'salutation':
      return styles.salutation ?? '';
    case 'heading':
      return `${styles.heading} ${styles[`h${levelOf(block)}`] ?? ''}`;
    case 'signature':
      return styles.signature ?? '';
    case 'date':
      return styles.date ?? '';
    default:
      return styles.paragraph ?? '';
  }
}

function Inlines({ block, figures, names }: { block: Block; figures: ReadonlyMap<string, Figure>; names: SourceNames }) {
  if (block.inlines.every((i) => i.kind === 'text' && i.text.trim() === '')) return <span className={styles.empty}>{EMPTY_BLOCK}</span>;
  return (
    <>
      {block.inlines.map((inline, i) =>
        inline.kind === 'text' ? (
          <span key={i}>{inline.text}</span>
        ) : (
          <FigureChip key={i} figureId={inline.figureId} figure={figures.get(inline.figureId)} names={names} />
        ),
      )}
    </>
  );
}

function ChartPlaceholder({ block }: { block: Block }) {
  const chart = block.chart;
  const Icon = chart ? CHART_ICONS[chart.kind] : BarChartOutlined;
  return (
    <div className={styles.chart} data-testid="chart-block">
      <Icon className={styles.chartIcon} />
      <div>
        <div style={{ fontWeight: 600 }}>图表：{chart?.title ?? '（未命名图表）'}</div>
        {chart && (
          <div style={{ color: '#8c7f7c', fontSize: 13 }}>
            {CHART_KIND_LABELS[chart.kind]} · {CHART_GROUP_LABELS[chart.groupBy] ?? chart.groupBy} · {describePeriod(chart.from, chart.to)} · {CHART_NOTE}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * One block of the report page. Selected (a click), a text block turns into its editor in place and
 * shows its tools; a suggestion carries its mark and 采纳/删除 until the writer decides.
 */
export const ReportBlock = memo(function ReportBlock(props: ReportBlockProps) {
  const { block, number, figures, allFigures, names, selected, editable, dispatch } = props;
  const id = block.id;
  const actions = useMemo(
    () => ({
      select: () => dispatch(id, { type: 'select' }),
      deselect: () => dispatch(id, { type: 'deselect' }),
      setInlines: (inlines: Inline[], step?: boolean) => dispatch(id, { type: 'setInlines', inlines, ...(step === true && { step }) }),
      split: (left: Inline[], right: Inline[]) => dispatch(id, { type: 'split', left, right }),
      accept: () => dispatch(id, { type: 'accept' }),
      move: (delta: -1 | 1) => dispatch(id, { type: 'move', delta }),
      remove: () => dispatch(id, { type: 'remove' }),
      addAfter: (blockType: 'paragraph' | 'heading', level?: HeadingLevel) =>
        dispatch(id, { type: 'addAfter', blockType, ...(level !== undefined && { level }) }),
      setLevel: (level: HeadingLevel) => dispatch(id, { type: 'setLevel', level }),
    }),
    [dispatch, id],
  );
  const editing = selected && editable && block.type !== 'chart';
  const classes = [
    styles.block,
    block.type === 'chart' ? '' : typeClass(block),
    selected && editable ? styles.selected : '',
    editable ? '' : styles.readOnly,
    block.suggestion ? styles.suggestion : '',
    props.flash ? styles.flash : '',
  ]
    .filter(Boolean)
    .join(' ');

  let content: ReactNode;
  if (block.type === 'chart') {
    content = <ChartPlaceholder block={block} />;
  } else if (editing) {
    const editor = (
      <BlockTextEditor
        inlines={block.inlines}
        figures={figures}
        allFigures={allFigures}
        onChange={actions.setInlines}
        {...(block.type === 'paragraph' && { onSplit: actions.split })}
        onDone={actions.deselect}
        style={{ ...INHERIT, textIndent: block.type === 'paragraph' ? '2em' : 0 }}
        ariaLabel={`编辑${BLOCK_TYPE_LABELS[block.type]}`}
        caretAtStart={props.caretAtStart}
      />
    );
    // The number is computed, never typed: it stays outside the text being edited.
    content =
      number !== undefined ? (
        <div style={{ display: 'flex', alignItems: 'flex-start', paddingLeft: '2em', textIndent: 0 }}>
          <span style={{ flex: 'none', whiteSpace: 'nowrap' }}>{number}</span>
          <div style={{ flex: 1, minWidth: 0 }}>{editor}</div>
        </div>
      ) : (
        editor
      );
  } else {
    content = (
      <p className={styles.text}>
        {number}
        <Inlines block={block} figures={figures} names={names} />
      </p>
    );
  }

  return (
    <div
      className={classes}
      data-block-id={block.id}
      data-testid={`block-${block.type}`}
      data-level={block.type === 'heading' ? levelOf(block) : undefined}
      onClick={editable && !selected ? actions.select : undefined}
    >
      {block.suggestion && (
        <div className={styles.suggestionBar} onClick={(e) => e.stopPropagation()}>
          <span className={styles.suggestionLabel}>{SUGGESTION_LABEL}</span>
          {editable && (
            <>
              <Button size="small" type="link" icon={<CheckOutlined />} onClick={actions.accept} style={{ paddingInline: 4, height: 22 }}>
                采纳
              </Button>
              <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={actions.remove} style={{ paddingInline: 4, height: 22 }}>
                删除
              </Button>
            </>
          )}
        </div>
      )}
      {selected && editable && <BlockTools block={block} canMoveUp={props.canMoveUp} canMoveDown={props.canMoveDown} actions={actions} />}
      {content}
    </div>
  );
});
