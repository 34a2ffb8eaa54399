/** Every user-facing string of the report checker, so wording stays consistent in one place. */
import type { ReportPeriod, RuleId, Severity } from './types.js';

/** Rule titles for the UI and each rule's usual severity (some findings of a rule are milder). */
export const RULES: Record<RuleId, { title: string; severity: Severity }> = {
  placeholder: { title: '未填写的占位符', severity: 'error' },
  masked: { title: '被屏蔽的文字', severity: 'error' },
  numbering: { title: '标题序号错误', severity: 'error' },
  breakdown: { title: '分项合计与总数不符', severity: 'error' },
  conflict: { title: '同一数字前后不一致', severity: 'warning' },
  punctuation: { title: '中文里的半角标点', severity: 'warning' },
  debris: { title: '网页残留内容', severity: 'error' },
  date_out_of_period: { title: '日期超出报告期', severity: 'warning' },
  figure_mismatch: { title: '数字与台账不符', severity: 'error' },
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

const q = (s: string): string => `「${s}」`;

export const placeholderMessages = {
  token: (token: string, where: string) => (where === token ? `${q(token)}是未填写的占位符。` : `${q(where)}中的${q(token)}是未填写的占位符。`),
  date: (date: string) => `${q(date)}是未填写完整的日期占位符。`,
  blank: (token: string, where: string) => `${q(where)}中的${q(token)}是未填写的空格占位符。`,
  /** Full-width spaces inside a sentence, where a name or title was cut from a template. */
  spaceBlank: (where: string) => `${q(where)}中间有一串空格，像是模板里留待填写的名称，请补全或删除空格。`,
  emptyBrackets: (token: string) => `${q(token)}是未填写内容的空括号。`,
  missingNumber: (measure: string, where: string) => `${q(where)}中${q(measure)}前缺少数字。`,
};

export const maskedMessages = {
  masked: (stars: string, where: string) => `${q(where)}中的${q(stars)}是被屏蔽的文字，需补回原文。`,
};

export const numberingMessages = {
  gap: (got: string, missing: string) => `${q(got)}前缺少${q(missing)}，序号跳号。`,
  repeat: (got: string) => `${q(got)}与前面的序号重复。`,
  backwards: (got: string, after: string) => `${q(got)}出现在${q(after)}之后，序号倒退。`,
  outOfOrder: (got: string, expected: string) => `${q(got)}出现在${q(expected)}之前，序号顺序错乱。`,
  levelOneInside: (got: string, section: string, previous: string, expected: string, suggested: string) =>
    `${q(got)}出现在第${section}部分的${q(previous)}之后，而${q(expected)}尚未出现，疑似应为${q(suggested)}。`,
  levelOneMisplaced: (got: string, expected: string) => `${q(got)}出现时${q(expected)}尚未出现，一级标题序号错乱。`,
  punctuation: (got: string, correct: string, why: string) => `${q(got)}应写作${q(correct)}（${why}）。`,
  whyChinese: '汉字序号后用顿号',
  whyArabic: '阿拉伯数字序号后用下脚点',
  whyBracket: '括号序号后不加标点',
  halfWidth: (got: string, correct: string) => `${q(got)}使用了半角括号，公文宜用全角${q(correct)}。`,
  skippedLevel: (got: string, parent: string, missing: string) =>
    `${q(parent)}下直接使用${q(got)}，跳过了${q(missing)}一级；层次较少时可以越级，但全文应保持一致。`,
  restart: (got: string) => `${q(got)}重新从一开始编号，按新的一篇材料检查。`,
  inlineGap: (got: string, expected: string) => `段内${q(got)}前应为${q(expected)}，列举序号跳号。`,
  inlineRepeat: (got: string) => `段内${q(got)}重复出现，列举序号重复。`,
  inlineBackwards: (got: string, after: string) => `段内${q(got)}出现在${q(after)}之后，列举序号倒退。`,
};

export const breakdownMessages = {
  mismatch: (total: string, sum: string, parts: string) => `${q(total)}的分项合计为${sum}（${parts}），与总数不符。`,
};

export const conflictMessages = {
  conflict: (later: string, earlier: string) => `${q(later)}与前文${q(earlier)}说法不一致，请核对。`,
};

export const punctuationMessages = {
  mark: (mark: string, full: string, where: string) => `${q(where)}中的${q(mark)}是半角标点，中文正文应使用全角${q(full)}。`,
  /** Short contents are shown fixed; a long aside is cut, and only the brackets are named. */
  parentheses: (inner: string) =>
    inner.length <= 12
      ? `${q(`(${inner})`)}使用了半角括号，中文正文应写作${q(`（${inner}）`)}。`
      : `${q(`(${inner.slice(0, 8)}…)`)}使用了半角括号，中文正文应改用全角括号「（）」。`,
};

export const debrisMessages = {
  /** A sentence that talks to the website's readers about the article, not about the work. */
  boilerplate: (phrase: string) => `${q(phrase)}是范文网站对读者说的话，与工作内容无关，应删除。`,
  phrase: (phrase: string) => `${q(phrase)}是从网站复制带入的残留内容，应删除。`,
  url: (url: string) => `${q(url)}是网址，总结材料中不应出现，应删除。`,
  fileName: (name: string) => `${q(name)}是网站下载文件名，应删除。`,
  collectionHeader: (line: string) => `${q(line)}像是范文网站的“篇N”标题，请确认是否为多篇拼接。`,
};

const periodText = (p: ReportPeriod): string => `${p.from}至${p.to}`;

export const dateMessages = {
  outside: (date: string, p: ReportPeriod) => `${q(date)}不在报告期（${periodText(p)}）内。`,
  comparison: (date: string, p: ReportPeriod) => `${q(date)}不在报告期（${periodText(p)}）内，此处用作对比，请确认。`,
  plan: (date: string, p: ReportPeriod) => `${q(date)}在报告期（${periodText(p)}）之后，此处是工作打算，请确认。`,
  quoted: (date: string, p: ReportPeriod) => `${q(date)}不在报告期（${periodText(p)}）内，出现在引号中的名称里，请确认。`,
  history: (date: string, p: ReportPeriod) => `${q(date)}早于报告期（${periodText(p)}）十年以上，应是历史沿革，请确认。`,
};

/** Who a figure finding is about: the figure's label when it has one. */
const figureSubject = (label: string | undefined): string => (label ? q(label) : '数字');
const reasonText = (reason: string): string => reason.replace(/[。；，\s]+$/u, '');

export const figureMessages = {
  /** A stored figure whose ledger answer has moved since its last refresh. */
  mismatch: (actual: string, expected: string, label: string | undefined) =>
    `${figureSubject(label)}与台账不符：材料中为${q(actual)}，台账现为${q(expected)}，请刷新数字。`,
  outOfRange: (expected: string, label: string | undefined) => `${label ? `${label}：` : ''}台账数据${q(expected)}绑定的位置已不在正文范围内。`,
  unanswerable: (actual: string, reason: string, label: string | undefined) =>
    `${figureSubject(label)}已无法按台账重新计算（${reasonText(reason)}）：材料中为${q(actual)}，请核对数字的来源。`,
  /** A figure of a Shiliu .docx typed over after download. */
  rewritten: (actual: string, written: string, label: string | undefined) =>
    `${figureSubject(label)}被改写：原为${q(written)}，现为${q(actual)}，数字应以台账为准。`,
  deleted: (written: string, label: string | undefined) => `${figureSubject(label)}被删除：原为${q(written)}，数字应以台账为准。`,
};

export const periodErrors = {
  invalid: '报告期格式不正确，应为 YYYY-MM-DD，且开始日期不晚于结束日期。',
};
