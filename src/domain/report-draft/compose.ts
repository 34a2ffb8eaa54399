import type { ReportBody } from '../../contracts/report.contract.js';
import { chineseDate } from '../chinese-date.js';
import { text } from './builder.js';
import { composeBasic, composeLead } from './compose-basic.js';
import { composeHighlights } from './compose-highlights.js';
import { composeNext, composeShortcomings } from './compose-outlook.js';
import { composePractices } from './compose-practices.js';
import { DraftContext } from './context.js';
import type { DraftFacts } from './facts.js';
import { draftTitle } from './wording.js';

/**
 * Drafts a summary report (总结汇报材料) from the facts of a unit and period: 标题 · 称呼 · 导语 ·
 * 一、基本情况 · 二、主要做法 · 三、亮点及特色 · 四、存在的不足 · 五、下一步工作打算 · 落款.
 * Pure and deterministic: the same facts give the same draft. Every number is a bound figure
 * (its question and exact value kept), except target goals (settings, not ledger figures) and
 * the count of units without entries (units − reporting, which no single question answers).
 */
export function composeDraft(facts: DraftFacts): { title: string; body: ReportBody } {
  const ctx = new DraftContext(facts);
  const { b } = ctx;
  const title = draftTitle(facts.org.name, ctx.period);
  b.push({ type: 'title', section: 'title', inlines: text(title) });
  // Counties and townships present their summary to a visiting team or a meeting (汇报); schools,
  // bureaus, enterprises and villages file it upward as a written summary, which has no greeting.
  if (ctx.isArea) b.push({ type: 'salutation', section: 'salutation', inlines: text('各位领导：') });
  composeLead(ctx);
  composeBasic(ctx);
  composePractices(ctx);
  composeHighlights(ctx);
  composeShortcomings(ctx);
  composeNext(ctx);
  b.push({ type: 'signature', section: 'signature', inlines: text(facts.org.name) });
  b.push({ type: 'date', section: 'signature', inlines: text(chineseDate(facts.reportDate)) });
  return { title, body: { blocks: b.blocks, figures: b.figures, options: { charts: true, appendix: false } } };
}
