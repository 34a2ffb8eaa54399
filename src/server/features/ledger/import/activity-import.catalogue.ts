import type { TagKind } from '../../../../contracts/catalogue.contract.js';
import type { IndicatorSpec } from '../../../../domain/measures.js';
import type { ImportCatalogue, ImportIndicator, ImportTag, ImportType } from './activity-import.types.js';
import { matchKey } from './activity-import.values.js';
import { importMessages as m } from './import.messages.js';

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Activity types by name or code; only an active type under an active category can take entries. */
export class TypeResolver {
  private readonly byKey = new Map<string, ImportType[]>();
  private readonly byId: Map<number, ImportType>;
  private readonly cache = new Map<string, Resolved<ImportType>>();

  constructor(private readonly types: ImportType[]) {
    this.byId = new Map(types.map((t) => [t.id, t]));
    for (const t of types) {
      push(this.byKey, matchKey(t.name), t);
      if (matchKey(t.code) !== matchKey(t.name)) push(this.byKey, matchKey(t.code), t);
    }
  }

  /** A type that entries may be recorded under now. */
  isUsable(t: ImportType): boolean {
    if (t.parentId === null || !t.active) return false;
    return this.byId.get(t.parentId)?.active ?? false;
  }

  resolve(text: string): Resolved<ImportType> {
    let result = this.cache.get(text);
    if (!result) {
      result = this.lookup(text);
      this.cache.set(text, result);
    }
    return result;
  }

  private lookup(text: string): Resolved<ImportType> {
    const candidates = this.byKey.get(matchKey(text)) ?? [];
    const usable = candidates.filter((t) => this.isUsable(t));
    if (usable.length === 1) return { ok: true, value: usable[0]! };
    if (usable.length > 1) return { ok: false, message: m.typeAmbiguous(text) };
    const category = candidates.find((t) => t.parentId === null);
    if (category) {
      const example = this.types.find((t) => t.parentId === category.id && this.isUsable(t));
      return { ok: false, message: m.typeIsCategory(text, example?.name) };
    }
    return { ok: false, message: candidates.length > 0 ? m.typeInactive(text) : m.typeUnknown(text) };
  }
}

/** Tags of one kind by name; “进村” also finds 进村(社区) when nothing else starts that way. */
export class TagResolver {
  private readonly byKey = new Map<string, ImportTag[]>();
  readonly options: string[];

  constructor(tags: ImportTag[], kind: TagKind) {
    const own = tags.filter((t) => t.kind === kind);
    this.options = own.filter((t) => t.active).map((t) => t.name);
    for (const t of own) push(this.byKey, matchKey(t.name), t);
    const bases = new Map<string, ImportTag[]>();
    for (const t of own) {
      const base = matchKey(t.name).split('(')[0]!;
      if (base !== matchKey(t.name)) push(bases, base, t);
    }
    for (const [base, list] of bases) if (list.length === 1 && !this.byKey.has(base)) this.byKey.set(base, list);
  }

  resolve(name: string): Resolved<number> {
    const tag = this.byKey.get(matchKey(name))?.[0];
    if (!tag) return { ok: false, message: m.tagUnknown(name, this.options) };
    if (!tag.active) return { ok: false, message: m.tagInactive(name) };
    return { ok: true, value: tag.id };
  }
}

/** Each type's indicators as the measure rules see them; inactive indicators are never required. */
export function indicatorSpecsByType(catalogue: ImportCatalogue): Map<number, IndicatorSpec[]> {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const result = new Map<number, IndicatorSpec[]>();
  for (const t of catalogue.types) {
    const specs: IndicatorSpec[] = [];
    for (const link of t.indicators) {
      const i = indicators.get(link.indicatorId);
      if (i) specs.push(specOf(i, link.required));
    }
    result.set(t.id, specs);
  }
  return result;
}

export function specOf(i: ImportIndicator, required: boolean): IndicatorSpec {
  return { indicatorId: i.id, code: i.code, name: i.name, valueKind: i.valueKind, scale: i.scale, required, active: i.active };
}
