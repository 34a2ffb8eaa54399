import { Tooltip } from 'antd';
import { Link } from 'react-router';
import type { Figure } from '../../../contracts/report.contract.js';
import { formatNumber } from '../../components/format-measure.js';
import { describeFigureSource, figureDrillHref, UNIT_METRICS, type SourceNames } from './report-view.js';
import styles from './ReportEditor.module.css';

interface FigureChipProps {
  figureId: string;
  figure: Figure | undefined;
  names: SourceNames;
}

/** The value the text was written from, unrounded. */
function exactText(figure: Figure): string {
  if (figure.style === 'money') return `${formatNumber(figure.value)}元`;
  if (figure.style === 'percent') return `${formatNumber(figure.value * 100)}%`;
  return `${formatNumber(figure.value)}${figure.unit}`;
}

/** The question behind a figure, for its tooltip: what it counts, where, when, on which basis. */
function FigureSourceTip({ figure, names }: { figure: Figure; names: SourceNames }) {
  const source = describeFigureSource(figure, names);
  const changed = figure.previousText !== null && figure.previousText !== figure.text;
  const exact = exactText(figure);
  return (
    <div style={{ fontSize: 13, lineHeight: 1.7 }}>
      <div style={{ fontWeight: 600 }}>{source.label}</div>
      {changed && <div style={{ color: '#ffc069' }}>刷新后有变化，原为「{figure.previousText}」</div>}
      <div>精确值：{exact}</div>
      <div>统计单位：{source.unit}</div>
      <div>统计时间：{source.period}</div>
      <div>统计口径：{source.basis}</div>
      <div>指标：{source.metric}</div>
      {source.filters.map((f) => (
        <div key={f}>{f}</div>
      ))}
      <div style={{ opacity: 0.75 }}>{UNIT_METRICS.has(figure.query.metric) ? '点击查看统计分析中的填报覆盖' : '点击查看背后的台账条目'}</div>
    </div>
  );
}

/** A figure in the text: its words, coloured as data, with its source on hover; a click opens the entries behind it. */
export function FigureChip({ figureId, figure, names }: FigureChipProps) {
  if (!figure) {
    return (
      <Tooltip title="该数据已不在报告中，请删除或重新插入">
        <span className={`${styles.chip} ${styles.chipMissing}`}>[缺失数据]</span>
      </Tooltip>
    );
  }
  const changed = figure.previousText !== null && figure.previousText !== figure.text;
  return (
    <Tooltip title={<FigureSourceTip figure={figure} names={names} />} styles={{ root: { maxWidth: 360 } }}>
      <Link
        to={figureDrillHref(figure)}
        className={`${styles.chip}${changed ? ` ${styles.chipChanged}` : ''}`}
        data-testid="figure-chip"
        data-figure-id={figureId}
        data-value={figure.value}
        // The paragraph around it opens for editing on a click; the figure leads away instead.
        onClick={(e) => e.stopPropagation()}
      >
        {figure.text}
        {changed && <span className={styles.changedBadge}>变</span>}
      </Link>
    </Tooltip>
  );
}
