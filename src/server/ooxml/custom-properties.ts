import { decodeXmlEntities } from './xml-text.js';

/**
 * docProps/custom.xml (a document's custom properties, where Shiliu's stamp travels), read and
 * edited as text whatever namespace prefixes the writing program chose.
 */

// A property element, empty or not: its prefix, its attributes and its content.
const PROPERTY = /<((?:[\w.-]+:)?)property\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1property\s*>)/g;
const NAME_ATTRIBUTE = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const PID_ATTRIBUTE = /\bpid\s*=\s*["'](\d+)["']/;
const TEXT_VALUE = /<(?:[\w.-]+:)?(?:lpwstr|lpstr|bstr)>([\s\S]*?)<\/(?:[\w.-]+:)?(?:lpwstr|lpstr|bstr)>/;

const nameOf = (attributes: string): string | undefined => {
  const name = NAME_ATTRIBUTE.exec(attributes);
  return name ? decodeXmlEntities(name[1] ?? name[2] ?? '') : undefined;
};

/** Text-valued properties by name. */
export function readCustomProperties(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, , attributes = '', inner = ''] of xml.matchAll(PROPERTY)) {
    const name = nameOf(attributes);
    const value = TEXT_VALUE.exec(inner);
    if (name !== undefined && value) out.set(name, decodeXmlEntities(value[1] ?? ''));
  }
  return out;
}

/** The part without the properties whose names `drop` picks; every other byte as it was. */
export function withoutCustomProperties(xml: string, drop: (name: string) => boolean): string {
  return xml.replace(PROPERTY, (element, _prefix, attributes: string) => {
    const name = nameOf(attributes);
    return name !== undefined && drop(name) ? '' : element;
  });
}

/** The pids in use (a new property takes a higher one; Word numbers them from 2). */
export function customPropertyIds(xml: string): number[] {
  return [...xml.matchAll(PROPERTY)].map((p) => Number(PID_ATTRIBUTE.exec(p[2] ?? '')?.[1] ?? 1));
}
