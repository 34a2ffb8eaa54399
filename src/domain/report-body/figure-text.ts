import type { Figure } from '../../contracts/report.contract.js';
import { formatFigure } from '../chinese-number.js';

/**
 * A figure's text in its style, the one rule for drafting, saving and refreshing alike: money
 * figures (style money or unit 元) are exact 元 values, percentages ratios, the rest counts with
 * their measure word. Throws RangeError when the style cannot write the value.
 */
export function figureText(figure: Pick<Figure, 'style' | 'unit'>, value: number): string {
  if (figure.style === 'percent') return formatFigure(value, 'percent', { kind: 'ratio' });
  if (figure.style === 'money' || figure.unit === '元') return formatFigure(value, figure.style, { kind: 'money_yuan' });
  return formatFigure(value, figure.style, { unit: figure.unit, kind: 'count' });
}
