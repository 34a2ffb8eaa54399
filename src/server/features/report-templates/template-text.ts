import type { TemplatePart } from './template-inspect.js';
import { paragraphRuns } from './template-locate.js';
import { decodeXmlEntities } from '../../ooxml/xml-text.js';

/**
 * A template's paragraphs as pieces: its own text (XML entities decoded) and its tags, in order.
 * What a tag reads as is up to the reader: a stand-in when the template is checked for leftovers
 * (template-leftovers.ts), the filled value when a filled document is stamped (template-stamp.ts).
 */

/** A tag as written between its braces, and the sections ({#…} or {^…}) open around it. */
export interface TextTag {
  content: string;
  /** '#' or '^' opens a section, '/' closes one, '' is a value. */
  mark: '#' | '^' | '/' | '';
  /** The marks of the sections open around the tag (not counting the tag itself), outermost first. */
  sections: readonly string[];
}

export type TextPiece = { text: string } | { tag: TextTag };

export interface TaggedParagraph {
  where: string;
  pieces: TextPiece[];
}

// With a valid template (only those are read) the braces alternate, so each {…} is a tag, even
// one split over runs or paragraphs: docxtemplater reads a part's text as one string too.
const TAG = /\{([^{}]*)\}/g;

/** Every tag of a part's text by the offset of its '{', with the offset just past its '}'. */
function tagsOf(text: string): Map<number, { tag: TextTag; end: number }> {
  const out = new Map<number, { tag: TextTag; end: number }>();
  const open: string[] = [];
  for (const found of text.matchAll(TAG)) {
    const content = found[1] ?? '';
    const first = content.trimStart()[0];
    const mark = first === '#' || first === '^' || first === '/' ? first : '';
    out.set(found.index, { tag: { content, mark, sections: [...open] }, end: found.index + found[0].length });
    if (mark === '/') open.pop();
    else if (mark !== '') open.push(mark);
  }
  return out;
}

/**
 * Every paragraph of a part (see locatedParagraphs: body, table cells, text boxes; none outside
 * paragraphs), in order, as its text and tags. A tag belongs to the paragraph holding its '{'.
 */
export function taggedParagraphs(part: TemplatePart): TaggedParagraph[] {
  const text = part.xmllexed
    .filter((x) => x.type === 'content' && x.position === 'insidetag')
    .map((x) => x.value)
    .join('');
  const tags = tagsOf(text);
  // Offsets inside a tag after its '{': they read as nothing.
  const inside = new Uint8Array(text.length);
  for (const [start, { end }] of tags) inside.fill(1, start + 1, end);
  return paragraphRuns(part.file, part.xmllexed).map(({ where, runs }) => {
    const pieces: TextPiece[] = [];
    let literal = '';
    const flush = () => {
      if (literal !== '') pieces.push({ text: decodeXmlEntities(literal) });
      literal = '';
    };
    for (const run of runs) {
      for (let i = run.offset; i < run.offset + run.text.length; i++) {
        const tag = tags.get(i);
        if (tag) {
          flush();
          pieces.push({ tag: tag.tag });
        } else if (inside[i] === 0) literal += text[i];
      }
    }
    flush();
    return { where, pieces };
  });
}
