import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { PLACEHOLDER_STYLES, type PlaceholderStyle } from '../../../contracts/report-template.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import { locator, type XmlLexedPart } from './template-locate.js';
import { syntaxProblems } from './template-syntax.js';
import { isWritableName, styleMisfit, styleOf, type TemplateCatalogue } from './template-placeholders.js';
import { assertTemplateDocx } from './template-zip.js';

/**
 * Reads a template's tags and checks them against the placeholder catalogue: pure over the bytes
 * and the catalogue. docxtemplater parses (so what is checked is exactly what will be filled), with
 * a parser that takes Chinese names and a style after ':' or '：'. Every problem becomes one
 * Chinese message saying where (第3段) and what, never an exception the user sees as a 500.
 */

/** A tag as written between the braces: its name, its style, and whether it opens a loop. */
export interface ParsedTag {
  name: string;
  /** The text after the colon, trimmed; undefined without a colon. */
  style: string | undefined;
}

/** `宣讲场次：约数` → { name: 宣讲场次, style: 约数 }; spaces around either part do not count. */
export function parseTag(tag: string): ParsedTag {
  const colon = tag.search(/[:：]/);
  if (colon < 0) return { name: tag.trim(), style: undefined };
  return { name: tag.slice(0, colon).trim(), style: tag.slice(colon + 1).trim() };
}

/** One tag of the template, in document order, with where it is. */
export interface TemplateTag extends ParsedTag {
  /** '' a value, '#' a loop, '^' shown when the loop is empty, '@' raw XML (refused). */
  prefix: '' | '#' | '^' | '@';
  where: string;
  /** The loop this tag sits in, if any. */
  loop: TemplateTag | undefined;
  children: TemplateTag[];
}

export interface CompiledTemplate {
  doc: Docxtemplater<PizZip>;
  tags: TemplateTag[];
  /** Tags that found no value while rendering (docxtemplater's nullGetter writes them here). */
  unfilled: Set<string>;
}

/** The outcome of reading a template: its tags, or the problems that stop it from being one. */
export type CompileResult = { ok: true; template: CompiledTemplate } | { ok: false; problems: string[] };

/** The parser docxtemplater uses at fill time; here it only has to exist (values come at render). */
export type TagParser = (tag: string) => { get(scope: unknown): unknown };

interface LexedFile {
  xmllexed?: XmlLexedPart[];
  postparsed?: DocxPart[];
}

interface DocxPart {
  type: string;
  value: string;
  module?: string;
  raw?: string;
  inverted?: boolean;
  offset?: number;
  subparsed?: DocxPart[];
}


/** A docxtemplater module that keeps each part's lexed XML and parsed tags, even when parsing fails. */
function collector(files: Map<string, LexedFile>) {
  return {
    name: 'ShiliuTagCollector',
    set(options: { inspect?: { filePath?: string; xmllexed?: XmlLexedPart[]; postparsed?: DocxPart[] } }) {
      const inspect = options.inspect;
      if (!inspect?.filePath) return;
      const file = files.get(inspect.filePath) ?? {};
      if (inspect.xmllexed) file.xmllexed = inspect.xmllexed;
      if (inspect.postparsed) file.postparsed = inspect.postparsed;
      files.set(inspect.filePath, file);
    },
  };
}

/**
 * Parses a template: the bytes are first checked as a plain, sane .docx (InvalidError otherwise),
 * then docxtemplater reads every part. Syntax errors come back as problems; a parsed template
 * comes back with its tags for `checkTags` and ready to render.
 */
export function compileTemplate(bytes: Uint8Array, parser: TagParser): CompileResult {
  assertTemplateDocx(bytes);
  const files = new Map<string, LexedFile>();
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new InvalidError('TEMPLATE_UNREADABLE', m.unreadable, [{ pointer: '/body/file', message: m.unreadable }]);
  }
  const unfilled = new Set<string>();
  let doc: Docxtemplater<PizZip>;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // Its default logs each template error to the console as JSON; ours are answered as 422s.
      errorLogging: false,
      // A control character in a unit's name must not make the filled file unreadable (or fail it).
      stripInvalidXMLChars: true,
      parser,
      // A safety net only: checkTags refuses every tag without a value before anything is rendered.
      nullGetter: (part) => {
        unfilled.add(part.value);
        return '';
      },
      modules: [collector(files)],
    });
  } catch (err) {
    return { ok: false, problems: syntaxProblems(err, (file) => files.get(file)?.xmllexed ?? []) };
  }
  const ordered = [...files.keys()].sort((a, b) => partRank(a) - partRank(b));
  const tags = ordered.flatMap((file) => {
    const lexed = files.get(file)!;
    return collectTags(lexed.postparsed ?? [], locator(file, lexed.xmllexed ?? []).where, undefined);
  });
  return { ok: true, template: { doc, tags, unfilled } };
}

// Document order as a reader meets the parts: headers, body, notes, footers, then the properties.
function partRank(file: string): number {
  if (file.startsWith('word/header')) return 0;
  if (file === 'word/document.xml') return 1;
  if (file.startsWith('word/footnotes') || file.startsWith('word/endnotes')) return 2;
  if (file.startsWith('word/footer')) return 3;
  return 4;
}

function collectTags(parts: DocxPart[], where: (offset: number | undefined) => string, loop: TemplateTag | undefined): TemplateTag[] {
  const tags: TemplateTag[] = [];
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const prefix = part.module === 'loop' ? (part.inverted ? '^' : '#') : part.module === 'rawxml' ? '@' : '';
    const tag: TemplateTag = { ...parseTag(part.value), prefix, where: where(part.offset), loop, children: [] };
    tags.push(tag);
    if (part.subparsed) {
      // Inside {^loop}…{/loop} (shown when the loop is empty) there is no item: values are the unit's own.
      tag.children = collectTags(part.subparsed, where, prefix === '#' ? tag : loop);
      tags.push(...tag.children);
    }
  }
  return tags;
}

const STYLE_LIST = PLACEHOLDER_STYLES.join('、');

/**
 * Problems of a parsed template's tags against the catalogue: unknown names (with the nearest
 * known one when it is close), loop fields outside loops, loops used as values or nested, styles
 * that do not exist or do not fit the value. Empty when every tag can be filled.
 */
export function checkTags(tags: TemplateTag[], catalogue: TemplateCatalogue): string[] {
  const problems: string[] = [];
  const loopNames = [...catalogue.loops.keys()];
  for (const tag of tags) {
    const problem = tagProblem(tag, catalogue, loopNames);
    if (problem) problems.push(`${tag.where}：${problem}`);
  }
  return problems;
}

function tagProblem(tag: TemplateTag, catalogue: TemplateCatalogue, loopNames: string[]): string | undefined {
  const written = tag.style === undefined ? tag.name : `${tag.name}:${tag.style}`;
  if (tag.prefix === '@') return m.rawTag(written);
  if (tag.name === '' && tag.prefix === '') return m.empty;
  if (tag.prefix !== '') {
    if (!catalogue.loops.has(tag.name)) {
      if (catalogue.scalars.has(tag.name) || catalogue.fields.has(tag.name)) return m.notALoop(tag.name, loopNames.join('、'));
      const near = nearest(tag.name, loopNames);
      return m.unknown(`${tag.prefix}${written}`, near && `${tag.prefix}${near}`);
    }
    if (tag.style !== undefined) return m.styleOnLoop(written);
    if (tag.loop) return m.nestedLoop(tag.name, tag.loop.name);
    return undefined;
  }
  const inLoop = tag.loop !== undefined;
  const def = (inLoop ? catalogue.fields.get(tag.name) : undefined) ?? catalogue.scalars.get(tag.name);
  if (!def) {
    if (catalogue.loops.has(tag.name)) return m.loopAsValue(tag.name);
    if (!inLoop && catalogue.fields.has(tag.name)) return m.loopFieldOutside(tag.name, loopNames[0] ?? '');
    const known = [...(inLoop ? catalogue.fields.keys() : []), ...catalogue.scalars.keys()];
    const near = nearest(tag.name, known);
    return m.unknown(written, near && (tag.style === undefined ? near : `${near}:${tag.style}`));
  }
  if (tag.style === undefined) return undefined;
  if (tag.style === '') return m.emptyStyle(written);
  const style = styleOf(tag.style);
  if (!style) return m.unknownStyle(written, tag.style, STYLE_LIST);
  return misfitMessage(written, style, styleMisfit(def.kind, style));
}

function misfitMessage(written: string, style: PlaceholderStyle, misfit: ReturnType<typeof styleMisfit>): string | undefined {
  switch (misfit) {
    case 'text':
      return m.styleOnText(written);
    case 'money':
      return m.styleMoneyOnly(written);
    case 'percent':
      return m.stylePercentOnly(written);
    case 'ratio':
      return m.styleRatioOnly(written, style);
    case 'whole':
      return m.styleWholeOnly(written);
    default:
      return undefined;
  }
}

/** The tags as the contract lists them (宣讲场次:约数, #下级单位), in document order without repeats. */
export function writtenTags(tags: TemplateTag[]): string[] {
  const written = tags.map((t) => `${t.prefix === '@' ? '@' : t.prefix}${t.name}${t.style === undefined ? '' : `:${t.style}`}`);
  return [...new Set(written)];
}

/**
 * The known name nearest to `name` by edit distance, when it is close enough to be a slip: one
 * character off for names of up to three, two for up to six, three beyond. Ties go to the earlier.
 */
export function nearest(name: string, known: string[]): string | undefined {
  if (!isWritableName(name)) return undefined;
  const allowed = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Levenshtein distance over code points (Chinese characters count one each). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}
