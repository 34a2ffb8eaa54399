import { decodeXmlEntities } from '../../ooxml/xml-text.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import { locator, type XmlLexedPart } from './template-locate.js';

/**
 * docxtemplater's template errors (unclosed or unopened tags, doubled braces, loops that do not
 * close or cross) as Chinese messages, each with where it is and the tag as the user wrote it.
 */

/** The shape of docxtemplater's errors: `properties.id` names the kind; a multi error holds many. */
export interface DocxError {
  properties?: {
    id?: string;
    xtag?: string;
    offset?: number | number[];
    file?: string;
    openingtag?: string;
    closingtag?: string;
    lastPair?: { left: string };
    pair?: { left: string };
    errors?: DocxError[];
  };
}

/** One syntax problem: its message, and where docxtemplater saw it (to tell which tags it is about). */
export interface SyntaxProblem {
  message: string;
  file: string | undefined;
  /** Text offsets in the part docxtemplater names (two for a loop whose marks do not match). */
  offsets: number[];
}

/** docxtemplater's errors (one, or a multi error holding many), each as a Chinese message with its place. */
export function syntaxProblems(err: unknown, xmllexedOf: (file: string) => readonly XmlLexedPart[]): SyntaxProblem[] {
  const e = err as DocxError;
  if (!e?.properties?.id) throw err;
  const errors = e.properties.errors ?? [e];
  return errors.map((error) => {
    const p = error.properties ?? {};
    const offsets = p.offset === undefined ? [] : Array.isArray(p.offset) ? p.offset : [p.offset];
    const at = p.file ? locator(p.file, xmllexedOf(p.file)) : undefined;
    return { message: `${at?.where(offsets[0]) ?? m.elsewhere}：${syntaxMessage(p, at?.paragraphAt(offsets[0]))}`, file: p.file, offsets };
  });
}

// docxtemplater's own tag text runs on into the next paragraphs (their text is one string); the
// tag as the user sees it stops at the paragraph's end, a space or another brace.
const NAME_AFTER = /^[^{}\s]{0,20}/;
const NAME_BEFORE = /[^{}\s]{0,20}$/;

/** The tag text docxtemplater complains about, cut to what the user wrote in that paragraph. */
function snippet(id: string | undefined, fallback: string, at: { text: string; index: number } | undefined): string {
  if (!at) return fallback;
  const before = at.text.slice(0, at.index);
  const after = at.text.slice(at.index);
  switch (id) {
    case 'unclosed_tag':
      return decodeXmlEntities(NAME_AFTER.exec(after.slice(1))?.[0] ?? fallback);
    case 'unopened_tag':
      return decodeXmlEntities(NAME_BEFORE.exec(before)?.[0] ?? fallback);
    case 'duplicate_open_tag':
      return decodeXmlEntities(/^\{+[^{}\s]{0,20}/.exec(after)?.[0] ?? fallback);
    case 'duplicate_close_tag':
      return decodeXmlEntities(`${NAME_BEFORE.exec(before.replace(/\{+$/, ''))?.[0] ?? ''}${/^[^{}\s]{0,20}\}+/.exec(after)?.[0] ?? ''}`) || fallback;
    default:
      return fallback;
  }
}

function syntaxMessage(p: NonNullable<DocxError['properties']>, at: { text: string; index: number } | undefined): string {
  const tag = snippet(p.id, p.xtag ?? '', at);
  switch (p.id) {
    case 'unclosed_tag':
      return m.unclosedTag(tag);
    case 'unopened_tag':
      return m.unopenedTag(tag);
    case 'duplicate_open_tag':
      return m.duplicateOpen(tag);
    case 'duplicate_close_tag':
      return m.duplicateClose(tag);
    case 'unclosed_loop':
      return m.unclosedLoop(tag);
    case 'unopened_loop':
      return m.unopenedLoop(tag);
    case 'closing_tag_does_not_match_opening_tag':
      return m.loopMismatch(p.openingtag ?? '', p.closingtag ?? '');
    case 'unbalanced_loop_tags':
      return m.loopsCross(p.lastPair?.left ?? '', p.pair?.left ?? '');
    case 'loop_position_invalid':
      return m.loopPosition(tag);
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
    case 'raw_tag_outerxml_invalid':
      return m.rawTag(tag);
    case 'file_has_invalid_xml':
    case 'malformed_xml':
      return m.brokenXml;
    case 'filetype_not_identified':
    case 'filetype_not_handled':
      return m.notDocx;
    default:
      return m.badSyntax(tag);
  }
}
