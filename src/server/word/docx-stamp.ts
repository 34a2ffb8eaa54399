import { ReportDocxStampSchema, type ReportDocxStamp } from '../../contracts/report.contract.js';
import { withoutCustomProperties } from '../ooxml/custom-properties.js';

/**
 * The stamp (report, version, period, figure marks) travels as custom document properties, which
 * Word, WPS and LibreOffice keep when they save a file. Word edits a text property only up to 255
 * characters and may cut longer ones on save, so the JSON is cut into numbered properties shorter
 * than that and joined again when read.
 */
export const STAMP_PROPERTY = '石榴台账数字';
const CHUNK = 240;
const NAME = new RegExp(`^${STAMP_PROPERTY}-(\\d{1,4})$`);

/** The stamp as custom properties `石榴台账数字-1`, `-2`, … in order. */
export function stampProperties(stamp: ReportDocxStamp): Array<{ name: string; value: string }> {
  const json = JSON.stringify(stamp);
  const chunks: string[] = [];
  let current = '';
  // By code point, so a character outside the BMP is never split between two properties.
  for (const ch of json) {
    if (current.length + ch.length > CHUNK) {
      chunks.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '') chunks.push(current);
  return chunks.map((value, i) => ({ name: `${STAMP_PROPERTY}-${i + 1}`, value }));
}

/** Whether a custom property is a part of a stamp (`石榴台账数字-N`), as stampFromProperties reads them. */
export function isStampProperty(name: string): boolean {
  return NAME.test(name);
}

/** docProps/custom.xml without the properties of a stamp; every other property as it was. */
export function withoutStampProperties(xml: string): string {
  return withoutCustomProperties(xml, isStampProperty);
}

/**
 * The stamp from a file's custom properties (name → text), or undefined when it has none or it was
 * damaged (a part missing, edited, or not what Shiliu writes): the file is then checked as any other.
 */
export function stampFromProperties(properties: ReadonlyMap<string, string>): ReportDocxStamp | undefined {
  const parts: string[] = [];
  for (const [name, value] of properties) {
    const n = NAME.exec(name);
    if (n) parts[Number(n[1]) - 1] = value;
  }
  // A hole (a part lost) makes the array sparse: its keys are fewer than its length.
  if (parts.length === 0 || Object.keys(parts).length !== parts.length) return undefined;
  try {
    const parsed = ReportDocxStampSchema.safeParse(JSON.parse(parts.join('')));
    // A period back to front would fail the whole check; the file is then read without its stamp.
    return parsed.success && parsed.data.from <= parsed.data.to ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
