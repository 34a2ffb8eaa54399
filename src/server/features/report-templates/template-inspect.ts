import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { PLACEHOLDER_STYLES, type PlaceholderStyle } from '../../../contracts/report-template.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import { withoutStampProperties } from '../../word/docx-stamp.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import { locator, type XmlLexedPart } from './template-locate.js';
import { syntaxProblems, type SyntaxProblem } from './template-syntax.js';
import { isWritableName, scalarNamed, styleMisfit, styleOf, type TemplateCatalogue } from './template-placeholders.js';
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
  /**
   * Its part did not parse: docxtemplater then leaves every loop of the part unexpanded, so which
   * loop (if any) the tag sits in is unknown, and only what holds wherever it sits is checked.
   */
  inBrokenPart: boolean;
}

/** A templated part's text as docxtemplater read it (its tags' offsets count in it). */
export interface TemplatePart {
  file: string;
  xmllexed: readonly XmlLexedPart[];
}

export interface CompiledTemplate {
  doc: Docxtemplater<PizZip>;
  tags: TemplateTag[];
  /** Every templated part, in document order (headers, body, notes, footers, properties). */
  parts: TemplatePart[];
  /** Tags that found no value while rendering (docxtemplater's nullGetter writes them here). */
  unfilled: Set<string>;
}

/**
 * The outcome of reading a template: its tags, or the syntax problems that stop it from being one
 * together with the tags docxtemplater could still read, less those the problems are about.
 */
export type CompileResult = { ok: true; template: CompiledTemplate } | { ok: false; problems: string[]; tags: TemplateTag[] };

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
  /** Set on a loop mark left unexpanded (its part failed to parse): `start` {#…}, `end` {/…}. */
  location?: 'start' | 'end';
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
 * A report downloaded from Shiliu carries its stamp as JSON in docProps/custom.xml, braces and all,
 * and docxtemplater reads that part as template text too: a report made into a template would be
 * refused for tags it never showed. A template needs no stamp (a fill writes its own).
 */
const CUSTOM_PROPERTIES = 'docProps/custom.xml';

function dropStamp(zip: PizZip): void {
  const part = zip.file(CUSTOM_PROPERTIES);
  if (!part) return;
  const xml = part.asText();
  const kept = withoutStampProperties(xml);
  if (kept !== xml) zip.file(CUSTOM_PROPERTIES, kept);
}

/**
 * Parses a template: the bytes are first checked as a plain, sane .docx (InvalidError otherwise),
 * then docxtemplater reads every part. A parsed template comes back with its tags for `checkTags`
 * and ready to render; otherwise the syntax errors, with the tags that can still be checked by name
 * (docxtemplater keeps the parts' tags when parsing fails, and the collector keeps them for us).
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
  dropStamp(zip);
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
    // docxtemplater lists lexing errors before loop errors; a reader wants them top to bottom.
    const syntax = syntaxProblems(err, (file) => files.get(file)?.xmllexed ?? []).sort(
      (a, b) => partRank(a.file ?? '') - partRank(b.file ?? '') || (a.offsets[0] ?? 0) - (b.offsets[0] ?? 0),
    );
    return { ok: false, problems: syntax.map((p) => p.message), tags: tagsOf(files, syntax) };
  }
  return { ok: true, template: { doc, tags: tagsOf(files, []), parts: partsOf(files), unfilled } };
}

function partsOf(files: Map<string, LexedFile>): TemplatePart[] {
  return [...files.keys()].sort((a, b) => partRank(a) - partRank(b)).map((file) => ({ file, xmllexed: files.get(file)!.xmllexed ?? [] }));
}

/** Every tag of every part, in document order; with syntax problems, those a problem is about are left out. */
function tagsOf(files: Map<string, LexedFile>, syntax: SyntaxProblem[]): TemplateTag[] {
  const ordered = [...files.keys()].sort((a, b) => partRank(a) - partRank(b));
  return ordered.flatMap((file) => {
    const lexed = files.get(file)!;
    const problems = syntax.filter((p) => p.file === file);
    const broken = problems.length > 0;
    // A problem is about a tag when docxtemplater places it on the tag's text, from the '{' at its
    // offset to its '}' (a doubled '{' is placed one character before it, a loop's at its '{').
    const isSubject = (part: DocxPart) =>
      part.offset !== undefined && problems.some((p) => p.offsets.some((at) => at >= part.offset! - 1 && at <= part.offset! + part.value.length + 1));
    // A closing mark repeats its opening one's name; an empty tag in a broken part is what a
    // doubled '}' leaves behind. Neither is the user's tag to check.
    const keep = (part: DocxPart) => !broken || (part.location !== 'end' && part.value !== '' && !isSubject(part));
    return collectTags(lexed.postparsed ?? [], locator(file, lexed.xmllexed ?? []).where, undefined, { broken, keep });
  });
}

// Document order as a reader meets the parts: headers, body, notes, footers, then the properties.
function partRank(file: string): number {
  if (file.startsWith('word/header')) return 0;
  if (file === 'word/document.xml') return 1;
  if (file.startsWith('word/footnotes') || file.startsWith('word/endnotes')) return 2;
  if (file.startsWith('word/footer')) return 3;
  return 4;
}

function collectTags(
  parts: DocxPart[],
  where: (offset: number | undefined) => string,
  loop: TemplateTag | undefined,
  reading: { broken: boolean; keep: (part: DocxPart) => boolean },
): TemplateTag[] {
  const tags: TemplateTag[] = [];
  for (const p of parts) {
    if (p.type !== 'placeholder' || !reading.keep(p)) continue;
    const prefix = p.module === 'loop' ? (p.inverted ? '^' : '#') : p.module === 'rawxml' ? '@' : '';
    const tag: TemplateTag = { ...parseTag(p.value), prefix, where: where(p.offset), loop, children: [], inBrokenPart: reading.broken };
    tags.push(tag);
    if (p.subparsed) {
      // Inside {^loop}…{/loop} (shown when the loop is empty) there is no item: values are the unit's own.
      tag.children = collectTags(p.subparsed, where, prefix === '#' ? tag : loop, reading);
      tags.push(...tag.children);
    }
  }
  return tags;
}

const STYLE_LIST = PLACEHOLDER_STYLES.join('、');

/**
 * Problems of a template's tags against the catalogue: unknown names (with the nearest known one
 * when it is close), loop fields outside loops, loops used as values or nested, styles that do not
 * exist or do not fit the value. Empty when every tag can be filled. Tags of a part that did not
 * parse are checked only for what holds wherever they sit (their name and style).
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

/** Every problem of a template: its syntax first, then what its tags name (a tag a syntax problem is about is left to that one). */
export function templateProblems(compiled: CompileResult, catalogue: TemplateCatalogue): string[] {
  return compiled.ok ? checkTags(compiled.template.tags, catalogue) : [...compiled.problems, ...checkTags(compiled.tags, catalogue)];
}

function tagProblem(tag: TemplateTag, catalogue: TemplateCatalogue, loopNames: string[]): string | undefined {
  const written = tag.style === undefined ? tag.name : `${tag.name}:${tag.style}`;
  if (tag.prefix === '@') return m.rawTag(written);
  if (tag.name === '' && tag.prefix === '') return m.empty;
  if (tag.prefix !== '') {
    if (!catalogue.loops.has(tag.name)) {
      if (scalarNamed(catalogue, tag.name) || catalogue.fields.has(tag.name)) return m.notALoop(tag.name, loopNames.join('、'));
      const near = nearest(tag.name, loopNames);
      return m.unknown(`${tag.prefix}${written}`, near && `${tag.prefix}${near}`);
    }
    if (tag.style !== undefined) return m.styleOnLoop(written);
    if (tag.loop) return m.nestedLoop(tag.name, tag.loop.name);
    return undefined;
  }
  // In a part that did not parse, a tag may well have been meant inside a loop: fields count.
  const inLoop = tag.loop !== undefined || tag.inBrokenPart;
  const def = (inLoop ? catalogue.fields.get(tag.name) : undefined) ?? scalarNamed(catalogue, tag.name);
  if (!def) {
    if (catalogue.loops.has(tag.name)) return m.loopAsValue(tag.name);
    if (!inLoop && catalogue.fields.has(tag.name)) return m.loopFieldOutside(tag.name, loopNames[0] ?? '');
    const known = [...(inLoop ? catalogue.fields.keys() : []), ...catalogue.scalars.keys(), ...catalogue.aliases.keys()];
    const near = nearest(tag.name, known);
    return m.unknown(written, near && (tag.style === undefined ? near : `${near}:${tag.style}`));
  }
  // A unit total inside {#下级单位}…: every row would repeat the same figure, which reads as each
  // item's own. Text (单位名称, 报告年度) is fine there; numbers must be the item's fields.
  if (tag.loop?.prefix === '#' && def.kind !== 'text' && !catalogue.fields.has(tag.name)) return m.totalInLoop(written, tag.loop.name, fieldNames(catalogue));
  if (tag.style === undefined) return undefined;
  if (tag.style === '') return m.emptyStyle(written);
  const style = styleOf(tag.style);
  if (!style) return m.unknownStyle(written, tag.style, STYLE_LIST);
  return misfitMessage(written, style, styleMisfit(def.kind, style));
}

/** A few of the item fields, to say what to write instead. */
function fieldNames(catalogue: TemplateCatalogue): string {
  return [...catalogue.fields.values()]
    .filter((f) => f.kind !== 'text')
    .slice(0, 3)
    .map((f) => `{${f.name}}`)
    .join('、');
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
 * character off for names of up to three, two for up to six, three beyond. Between equally near
 * names, one of the same length wins (a word miswritten, 宣讲次数 → 宣讲场次, is likelier than one
 * grown or shrunk), then the earlier.
 */
export function nearest(name: string, known: string[]): string | undefined {
  if (!isWritableName(name)) return undefined;
  const allowed = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  const length = [...name].length;
  let best: { name: string; distance: number; stretch: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    const stretch = Math.abs([...candidate].length - length);
    if (distance <= allowed && (!best || distance < best.distance || (distance === best.distance && stretch < best.stretch)))
      best = { name: candidate, distance, stretch };
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
