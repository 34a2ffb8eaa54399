/**
 * A report as the checker (材料体检) reads it: one paragraph a line, headings with their computed
 * numbers, figures as written, charts left out. One implementation for drafting, the editor, the
 * checker and the .docx writer lives in domain/report-body; this keeps the drafting module's names.
 */
export { headingNumbers, reportPlainText, type PlacedFigure } from '../report-body/index.js';
