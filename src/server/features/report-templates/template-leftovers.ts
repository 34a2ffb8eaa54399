import { checkReport, type Finding, type RuleId } from '../../../domain/report-check/index.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import { parseTag, type CompiledTemplate, type TemplatePart } from './template-inspect.js';
import type { LocatedParagraph } from './template-locate.js';
import { scalarNamed, type TemplateCatalogue } from './template-placeholders.js';
import { taggedParagraphs, type TextTag } from './template-text.js';

/**
 * Leftovers in a template's own text (XX县, 20XX年, 某某, ****, 小编…): what an office copied from
 * an essay website and never filled in. They are the user's text, so the upload is not refused,
 * but every filled document would carry them, so the user is told where each one is. The report
 * checker (材料体检) reads the template's paragraphs with each tag replaced by a neutral stand-in,
 * so that 共有下级单位{下级单位数}个 reads 共有下级单位8个, not a measure word without a number.
 */

/** What a numeric tag reads as: a digit, so a measure word after it has its number. */
export const NUMBER_STAND_IN = '8';
/** What a text tag (单位名称, 报告年度, 名称…) reads as: a word that is no placeholder. */
export const TEXT_STAND_IN = '示例';
/** At most this many warnings are listed; the rest are counted in one last line. */
/** Stored at most: far beyond what anyone reads, a bound on what one upload can store. */
export const MAX_LEFTOVER_WARNINGS = 1000;

/** The checker's rules about leftovers; numbering, sums and dates are no business of a template. */
const LEFTOVER_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['placeholder', 'masked', 'debris']);

/**
 * The stand-in of a tag: nothing for a loop's marks, a digit for a number, 示例 for text. Inside a
 * {#loop} an item's field wins over the unit's value of that name, as it does when filling.
 */
function standIn(tag: TextTag, catalogue: TemplateCatalogue): string {
  if (tag.mark !== '') return '';
  const { name } = parseTag(tag.content);
  const field = tag.sections.includes('#') ? catalogue.fields.get(name) : undefined;
  const kind = (field ?? scalarNamed(catalogue, name) ?? catalogue.fields.get(name))?.kind ?? 'text';
  return kind === 'text' ? TEXT_STAND_IN : NUMBER_STAND_IN;
}

/** One part's paragraphs that hold text once its tags read as stand-ins. */
function partText(part: TemplatePart, catalogue: TemplateCatalogue): LocatedParagraph[] {
  return taggedParagraphs(part)
    .map((p) => ({ where: p.where, text: p.pieces.map((piece) => ('tag' in piece ? standIn(piece.tag, catalogue) : piece.text)).join('') }))
    .filter((p) => p.text.trim() !== '');
}

/**
 * The plain text of a template as the checker reads it: every paragraph of every part (headers,
 * body and table cells, notes, footers), in document order, each with where it is, its tags read
 * as stand-ins; those left blank (a loop's marks alone) are left out. Text outside paragraphs
 * (document properties) is not read.
 */
export function standInParagraphs(parts: readonly TemplatePart[], catalogue: TemplateCatalogue): LocatedParagraph[] {
  return parts.flatMap((part) => partText(part, catalogue));
}

const X = '[XxＸｘ]';
const SPACE = '[ \\u3000]?';
const YEAR_ONLY = new RegExp(`^\\d{0,2}${X}{1,4}${SPACE}年$`);
const FULL_DATE = new RegExp(`^(?:(?:\\d{1,4}|\\d{0,2}${X}{1,4})${SPACE}年${SPACE})?${X}{1,2}${SPACE}月${SPACE}${X}{1,2}${SPACE}[日号]$`);
/** A blank standing for a name: XX, ××, 某某. */
const NAME_BLANK = new RegExp(`^(?:${X}+|×+|某{2,})$`);
/** Suffixes of the units Shiliu serves (县 to 村), after which a blank is the unit's name. */
const UNIT_SUFFIX = /^[ \u3000]*(街道|社区|县|区|镇|乡|村)/;

interface Located {
  finding: Finding;
  line: { start: number; text: string };
  where: string;
}

/** A blank before a unit suffix (XX县), with the text it takes up: the blank and the suffix. */
function unitBlank(l: Located): { shown: string; end: number } | undefined {
  const { finding, line } = l;
  if (finding.rule !== 'placeholder' || !NAME_BLANK.test(finding.text)) return undefined;
  const end = finding.end - line.start;
  const suffix = UNIT_SUFFIX.exec(line.text.slice(end));
  if (!suffix) return undefined;
  return { shown: line.text.slice(finding.start - line.start, end + suffix[0].length), end: finding.end + suffix[0].length };
}

/**
 * The placeholder a leftover obviously stands for, and the text it would replace: 20XX年 →
 * {报告年度}年; a date alone in its paragraph (the date under the signature) → {成文日期}; a unit
 * blank (XX镇) → {单位名称}, or {上级单位} when another unit blank follows it at once (XX县XX镇 is
 * a township's county); further up (the XX市 of XX市XX县XX镇) nothing fits.
 */
function suggestion(l: Located, all: readonly Located[]): { shown: string; tag: string } | undefined {
  const { finding, line } = l;
  if (finding.rule !== 'placeholder') return undefined;
  if (YEAR_ONLY.test(finding.text)) return { shown: finding.text, tag: '{报告年度}年' };
  if (FULL_DATE.test(finding.text) && line.text.trim() === finding.text) return { shown: finding.text, tag: '{成文日期}' };
  const unit = unitBlank(l);
  if (!unit) return undefined;
  let above = 0;
  for (let end = unit.end, next = nextUnitBlank(end, all); next; next = nextUnitBlank(end, all)) {
    above += 1;
    end = next.end;
  }
  const tag = above === 0 ? '{单位名称}' : above === 1 ? '{上级单位}' : undefined;
  return tag && { shown: unit.shown, tag };
}

/** The unit blank starting right at `at` (spaces aside), if any. */
function nextUnitBlank(at: number, all: readonly Located[]): { end: number } | undefined {
  for (const l of all) {
    const gap = l.finding.start - at;
    if (gap < 0 || gap > 1 || (gap === 1 && !/[ \u3000]/.test(l.line.text[at - l.line.start] ?? ''))) continue;
    const unit = unitBlank(l);
    if (unit) return unit;
  }
  return undefined;
}

const sentence = (message: string) => message.replace(/。$/, '');

/**
 * The warnings of a template's leftovers, in document order: where each is and what it is, with
 * the placeholder to write instead when one obviously fits. All of them (up to MAX_LEFTOVER_WARNINGS):
 * the page lists the first ones and counts the rest. Empty for a clean template.
 */
export function leftoverWarnings(paragraphs: readonly LocatedParagraph[]): string[] {
  const lines: Array<{ start: number; text: string; where: string }> = [];
  let start = 0;
  for (const p of paragraphs) {
    // A paragraph's own line breaks (w:br) are not in docxtemplater's text: one line each.
    lines.push({ start, text: p.text, where: p.where });
    start += p.text.length + 1;
  }
  const text = lines.map((l) => l.text).join('\n');
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < lines.length && lines[i + 1]!.start <= offset) i++;
    return lines[i]!;
  };
  const located: Located[] = checkReport(text)
    .filter((f) => LEFTOVER_RULES.has(f.rule) && (f.severity === 'error' || f.severity === 'warning'))
    .map((finding) => {
      const line = lineAt(finding.start);
      return { finding, line, where: line.where };
    });
  const warnings = located.map((l) => {
    const suggested = suggestion(l, located);
    return suggested ? m.leftoverSuggested(l.where, suggested.shown, suggested.tag) : m.leftover(l.where, sentence(l.finding.message));
  });
  return warnings.slice(0, MAX_LEFTOVER_WARNINGS);
}

/** The warnings of a parsed template's leftovers (see leftoverWarnings). */
export function templateLeftovers(template: Pick<CompiledTemplate, 'parts'>, catalogue: TemplateCatalogue): string[] {
  return leftoverWarnings(standInParagraphs(template.parts, catalogue));
}
