import { InvalidError } from '../../../domain/errors.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import { parseTag, type CompiledTemplate, type TagParser } from './template-inspect.js';
import { formatValue, styleOf, type ScalarValue } from './template-placeholders.js';
import { templateStamp, writeStamp, type StampRequest } from './template-stamp.js';

/**
 * Fills a parsed template: values by placeholder name, loops as lists of items whose fields shadow
 * the unit's own values (inside {#下级单位}, {活动数} is the child's). Only a template whose tags
 * passed `checkTags` against the same catalogue is filled, so every tag has a value.
 */

/** The values of one unit and period: scalars by name, loops as items of fields by name. */
export interface TemplateValues {
  scalars: Map<string, ScalarValue>;
  loops: Map<string, Array<Map<string, ScalarValue>>>;
}

type Scope = Record<string, unknown>;

/**
 * The docxtemplater parser: a tag's name looks up the current scope (docxtemplater moves to the
 * enclosing scope when this answers undefined) and its style formats the value. Scopes are
 * prototype-less and looked up by own keys only, so no tag can reach Object.prototype.
 */
export const valueParser: TagParser = (tag) => {
  const { name, style } = parseTag(tag);
  const format = style === undefined ? undefined : styleOf(style);
  return {
    get(scope: unknown) {
      if (scope === null || typeof scope !== 'object' || !Object.hasOwn(scope, name)) return undefined;
      const value = (scope as Scope)[name];
      return Array.isArray(value) ? value : formatValue(value as ScalarValue, format);
    },
  };
};

function scopeOf(values: Map<string, unknown>): Scope {
  const scope = Object.create(null) as Scope;
  for (const [name, value] of values) scope[name] = value;
  return scope;
}

/**
 * What a tag outside loops (as written between its braces) is filled with, as valueParser formats
 * it; '' for a tag without a value (filling refuses those).
 */
export function scalarTexts(values: TemplateValues): (tag: string) => string {
  const scope = scopeOf(values.scalars);
  return (tag) => {
    const value = valueParser(tag).get(scope);
    return typeof value === 'string' ? value : '';
  };
}

/**
 * Renders the template with the values and returns the .docx; an unfilled tag is a 422, never a
 * blank. With `stamp` (the catalogue it was checked against and the period filled), the file
 * carries the stamp 材料体检 reads back: its period and its figures (template-stamp.ts).
 */
export function fillTemplate(template: CompiledTemplate, values: TemplateValues, stamp?: StampRequest): Buffer {
  const data = scopeOf(values.scalars);
  for (const [name, items] of values.loops) data[name] = items.map((item) => scopeOf(item));
  try {
    template.doc.render(data);
  } catch (err) {
    const e = err as { properties?: { id?: string; xtag?: string } };
    if (!e?.properties?.id) throw err;
    const detail = m.badSyntax(e.properties.xtag ?? '');
    throw new InvalidError('TEMPLATE_FILL_FAILED', detail, [{ pointer: '/params/id', message: detail }]);
  }
  if (template.unfilled.size > 0) {
    const detail = m.valueMissing([...template.unfilled].map((t) => `「{${t}}」`).join('、'));
    throw new InvalidError('TEMPLATE_VALUE_MISSING', detail, [{ pointer: '/params/id', message: detail }]);
  }
  const zip = template.doc.getZip();
  if (stamp) writeStamp(zip, templateStamp(template, scalarTexts(values), stamp));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
