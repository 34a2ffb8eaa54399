/**
 * How a report body reads as text, shared by the editor, the checker and the .docx writer: heading
 * numbers from levels, each block's line with its figures' spans, the whole plain text, and the
 * marks a written .docx carries so its figures can be found again.
 */
export { figureMarks, MARK_CONTEXT_CHARS } from './figure-marks.js';
export { figureText } from './figure-text.js';
export { headingNumbers, levelOf, type HeadingLevel } from './numbering.js';
export {
  blockAtOffset,
  blockLine,
  figureIndex,
  inlineText,
  reportPlainText,
  type BlockLine,
  type BlockSpan,
  type FigureSpan,
  type PlacedFigure,
  type PlainReport,
  XML_INVALID,
} from './plain-text.js';
