/**
 * Drafting a summary report from data: pure phrasing (templates as data, seeded choices) over
 * facts the server reads from the statistics. See compose.ts.
 */
export { composeDraft } from './compose.js';
export type { CategoryFact, DraftFacts, IndicatorFact, PlannedTarget, TargetFact, TypeFact } from './facts.js';
export { headingNumbers, reportPlainText, type PlacedFigure } from './plain-text.js';
export { periodWords, selfWords } from './wording.js';
