import type PizZip from 'pizzip';
import { FigureMarkSchema, type ReportDocxStamp } from '../../../contracts/report.contract.js';
import { figureMarks, XML_INVALID, type BlockLine } from '../../../domain/report-body/index.js';
import type { FigureMark } from '../../../domain/report-check/types.js';
import { customPropertyIds } from '../../ooxml/custom-properties.js';
import { escapeXml } from '../../ooxml/xml-text.js';
import { stampProperties, withoutStampProperties } from '../../word/docx-stamp.js';
import { parseTag, type CompiledTemplate } from './template-inspect.js';
import { scalarNamed, type TemplateCatalogue } from './template-placeholders.js';
import { taggedParagraphs, type TaggedParagraph } from './template-text.js';

/**
 * A filled template carries the stamp Shiliu's own reports carry (server/word/docx-stamp.ts), so
 * that 材料体检 of the downloaded file defaults to the period it was filled for and finds a figure
 * typed over afterwards. Its figures are the numeric placeholders of the body, each marked with
 * the text around it as the filled document reads, by the rule of the reports
 * (domain/report-body/figure-marks.ts). It names no report: report and version are null.
 */

/** What the stamp of a fill needs besides the template and its values. */
export interface StampRequest {
  catalogue: TemplateCatalogue;
  from: string;
  to: string;
}

/** The part the checker reads; headers, footers and notes are not checked, so their figures are not marked. */
const MAIN_PART = 'word/document.xml';

/**
 * The marks of a template's paragraphs once filled: each tag reads as `filled` gives it (XML-invalid
 * characters dropped, as docxtemplater drops them from values), and each numeric scalar is a figure
 * labelled with the placeholder as written ({场次:约数} → 场次:约数). Paragraphs inside a loop, or
 * holding a loop's marks, are skipped: a loop's paragraphs and table rows repeat once per item (or
 * vanish), so no single context of them stands in the filled document.
 */
export function templateFigureMarks(paragraphs: readonly TaggedParagraph[], catalogue: TemplateCatalogue, filled: (tag: string) => string): FigureMark[] {
  const lines: BlockLine[] = [];
  const labels = new Map<string, { label: string }>();
  for (const { pieces } of paragraphs) {
    if (pieces.some((p) => 'tag' in p && (p.tag.mark !== '' || p.tag.sections.length > 0))) continue;
    const line: BlockLine = { text: '', figures: [] };
    for (const piece of pieces) {
      if (!('tag' in piece)) {
        line.text += piece.text;
        continue;
      }
      const text = filled(piece.tag.content).replace(XML_INVALID, '');
      const def = scalarNamed(catalogue, parseTag(piece.tag.content).name);
      if (def && def.kind !== 'text') {
        const figureId = String(labels.size);
        labels.set(figureId, { label: piece.tag.content.trim() });
        line.figures.push({ figureId, start: line.text.length, end: line.text.length + text.length });
      }
      line.text += text;
    }
    if (line.figures.length > 0) lines.push(line);
  }
  return figureMarks(lines, labels);
}

/** The stamp of a filled template: no report, the period filled, the marks of its body. */
export function templateStamp(template: Pick<CompiledTemplate, 'parts'>, filled: (tag: string) => string, request: StampRequest): ReportDocxStamp {
  const paragraphs = template.parts.filter((p) => p.file === MAIN_PART).flatMap((p) => taggedParagraphs(p));
  const figures = templateFigureMarks(paragraphs, request.catalogue, filled)
    // What the stamp's schema would refuse is left out, so one odd figure does not void the others.
    .filter((mark) => FigureMarkSchema.safeParse(mark).success)
    .slice(0, 2000);
  return { v: 1, report: null, version: null, from: request.from, to: request.to, figures };
}

const CUSTOM_PART = 'docProps/custom.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const ROOT_RELS = '_rels/.rels';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const PROPERTIES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** The format id every user-defined property has. */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const ROOT_END = /<\/((?:[\w.-]+:)?)Properties\s*>\s*$/;
const ROOT_EMPTY = /<((?:[\w.-]+:)?Properties)\b([^>]*?)\/>\s*$/;

/**
 * Writes the stamp into a filled .docx's custom properties: docProps/custom.xml is made, or the
 * template's own is kept with any older stamp (a template made from a Shiliu report carries one)
 * replaced; the part's content type and package relationship are added when missing.
 */
export function writeStamp(zip: PizZip, stamp: ReportDocxStamp): void {
  zip.file(CUSTOM_PART, customXml(zip.file(CUSTOM_PART)?.asText(), stampProperties(stamp)));
  const types = zip.file(CONTENT_TYPES)?.asText();
  if (types !== undefined && !/PartName\s*=\s*["']\/docProps\/custom\.xml["']/i.test(types)) {
    zip.file(
      CONTENT_TYPES,
      types.replace(
        /<\/((?:[\w.-]+:)?)Types\s*>\s*$/,
        (end, prefix: string) => `<${prefix}Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/>${end}`,
      ),
    );
  }
  const rels = zip.file(ROOT_RELS)?.asText();
  if (rels !== undefined && !/Target\s*=\s*["']\/?docProps\/custom\.xml["']/i.test(rels)) {
    const taken = new Set([...rels.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((id) => id[1]));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    zip.file(
      ROOT_RELS,
      rels.replace(
        /<\/((?:[\w.-]+:)?)Relationships\s*>\s*$/,
        (end, prefix: string) => `<${prefix}Relationship Id="rId${n}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/>${end}`,
      ),
    );
  }
}

/** The custom properties part with the stamp's properties: the existing part's others kept, in order. */
function customXml(existing: string | undefined, properties: ReadonlyArray<{ name: string; value: string }>): string {
  const fresh = () =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${PROPERTIES_NS}" xmlns:vt="${VT_NS}">${elements(properties, 2, true)}</Properties>`;
  if (existing === undefined) return fresh();
  const kept = withoutStampProperties(existing);
  const pids = customPropertyIds(kept);
  const firstPid = Math.max(1, ...pids) + 1;
  // Written in the namespaces the part declares when it declares them plainly, else declaring them.
  const plain = /<Properties\b/.test(kept) && kept.includes(`xmlns="${PROPERTIES_NS}"`) && kept.includes(`xmlns:vt="${VT_NS}"`);
  const ours = elements(properties, firstPid, plain);
  if (ROOT_END.test(kept)) return kept.replace(ROOT_END, (end) => `${ours}${end}`);
  if (ROOT_EMPTY.test(kept)) return kept.replace(ROOT_EMPTY, (_whole, root: string, attributes: string) => `<${root}${attributes}>${ours}</${root}>`);
  // Not a part Shiliu can add to: replaced, since the stamp matters more than properties it cannot read.
  return fresh();
}

function elements(properties: ReadonlyArray<{ name: string; value: string }>, firstPid: number, plain: boolean): string {
  const ns = plain ? '' : ` xmlns="${PROPERTIES_NS}"`;
  const vtNs = plain ? '' : ` xmlns:vt="${VT_NS}"`;
  return properties
    .map(
      (p, i) =>
        `<property${ns} fmtid="${FMTID}" pid="${firstPid + i}" name="${escapeXml(p.name)}"><vt:lpwstr${vtNs}>${escapeXml(p.value)}</vt:lpwstr></property>`,
    )
    .join('');
}
