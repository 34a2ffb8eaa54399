import { PLACEHOLDER_STYLES, type Placeholder, type PlaceholderGroup, type PlaceholderStyle } from '../../../contracts/report-template.contract.js';
import { formatFigure } from '../../../domain/chinese-number.js';

/**
 * The placeholders a template may use, built from the catalogue as it is now: basic facts of the
 * unit and period, one per active indicator (by its Chinese name), one per activity category, per
 * activity type its entry count and each indicator it measures (宣讲/报告会场次, also written
 * 宣讲场次), and five loops whose items carry 名称, 序号, 活动数 and every indicator. Pure: the
 * values come from template-values.service.ts; formatting by style is here so validation and
 * filling agree.
 */

/** What a value is, which decides the styles it takes: text none, counts all but 金额/百分比. */
export type ValueKind = 'text' | 'count' | 'decimal' | 'money' | 'ratio';

export type BasicKey =
  'orgName' | 'parentName' | 'year' | 'period' | 'from' | 'to' | 'today' | 'childCount' | 'entries' | 'units' | 'reportingUnits' | 'reportingRate';

/**
 * Where a value comes from: a basic fact, an indicator sum (by code), a category's entry count (by
 * its id), or one total of an activity type (by its id): `entries` or an indicator code.
 */
export type ScalarSource = { basic: BasicKey } | { indicator: string } | { category: number } | { type: number; total: string };
/** Where a loop item's field comes from. */
export type FieldSource = { item: 'name' | 'index' | 'entries' } | { indicator: string };
export type LoopGroupBy = 'child' | 'category' | 'type' | 'month';

export interface ScalarDef {
  name: string;
  group: Exclude<PlaceholderGroup, 'loop'>;
  description: string;
  kind: ValueKind;
  source: ScalarSource;
}

export interface FieldDef {
  name: string;
  description: string;
  kind: ValueKind;
  source: FieldSource;
}

export interface LoopDef {
  name: string;
  description: string;
  groupBy: LoopGroupBy;
  /**
   * Whether the items end with the unit's own (本级) figures, the entries recorded by the unit
   * itself rather than by any child, so that a table of the items adds up to the unit's total.
   */
  withOwn: boolean;
  fields: FieldDef[];
}

export interface TemplateCatalogue {
  scalars: Map<string, ScalarDef>;
  /** Other ways to write a scalar (宣讲场次 for 宣讲/报告会场次), each to its scalar's name. */
  aliases: Map<string, string>;
  loops: Map<string, LoopDef>;
  /** The fields every loop item has (the same for all loops). */
  fields: Map<string, FieldDef>;
}

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: string;
  valueKind: 'integer' | 'decimal' | 'money';
}

export interface CatalogueCategory {
  id: number;
  name: string;
}

/** A live activity type entries are recorded under, with the codes of the indicators it measures. */
export interface CatalogueType {
  id: number;
  name: string;
  indicators: string[];
}

const BASIC: Array<[name: string, key: BasicKey, kind: ValueKind, description: string]> = [
  ['单位名称', 'orgName', 'text', '报告单位的名称'],
  ['上级单位', 'parentName', 'text', '报告单位的上级单位名称（顶级单位为空）'],
  ['报告年度', 'year', 'text', '报告期结束日期所在的年份，如 2025'],
  ['报告期', 'period', 'text', '报告期的起止日期，如 2025年1月1日至12月31日'],
  ['开始日期', 'from', 'text', '报告期的第一天，如 2025年1月1日'],
  ['结束日期', 'to', 'text', '报告期的最后一天，如 2025年12月31日'],
  ['成文日期', 'today', 'text', '生成文档当天的日期，如 2026年11月29日'],
  ['下级单位数', 'childCount', 'count', '直属下级单位的个数（即循环「下级单位」的项数）'],
  ['活动数', 'entries', 'count', '报告期内本单位及所辖单位的活动（台账）条数'],
  ['台账条数', 'entries', 'count', '同「活动数」'],
  ['单位总数', 'units', 'count', '本单位及所辖单位（在用）的个数'],
  ['填报单位数', 'reportingUnits', 'count', '报告期内有台账记录的单位个数'],
  ['填报率', 'reportingRate', 'ratio', '填报单位数占单位总数的百分比，如 42.96（不带%号；加“:百分比”写作 42.96%）'],
];

const LOOPS: Array<[name: string, groupBy: LoopGroupBy, withOwn: boolean, description: string]> = [
  ['下级单位', 'child', false, '逐个列出直属下级单位（表格中写在一行内即逐行列出）；不含本级，各项相加可能小于「活动数」，要合计到总数请用「下级单位及本级」'],
  [
    '下级单位及本级',
    'child',
    true,
    '逐个列出直属下级单位，最后一项是本级（本单位自己登记、不属于任何下级单位的活动，名称如“示例县（本级）”）；各项相加等于「活动数」等总数，适合做合计表',
  ],
  ['活动类别', 'category', false, '逐个列出报告期内有活动的活动类别'],
  ['活动类型', 'type', false, '逐个列出报告期内有活动的活动类型'],
  ['月份', 'month', false, '逐月列出报告期内的各月'],
];

const MONEY_HINT = '；加“:金额”写作 1.24亿元';

const KIND_OF_INDICATOR: Record<CatalogueIndicator['valueKind'], ValueKind> = { integer: 'count', decimal: 'decimal', money: 'money' };

/** A name that can be written between braces: no delimiter, no style colon, no loop or raw prefix. */
export function isWritableName(name: string): boolean {
  return name.trim() === name && name !== '' && !/[{}:：]/.test(name) && !/^[#^/@]/.test(name);
}

/**
 * The catalogue of placeholders; a later name that repeats an earlier one (or a loop) is left out.
 * Types come last, so a fixed, indicator or category name always wins over a type's.
 */
export function buildCatalogue(indicators: CatalogueIndicator[], categories: CatalogueCategory[], types: CatalogueType[] = []): TemplateCatalogue {
  const loops = new Map<string, LoopDef>();
  const scalars = new Map<string, ScalarDef>();
  const taken = (name: string) => !isWritableName(name) || scalars.has(name) || loops.has(name);
  const fields = new Map<string, FieldDef>([
    [
      '名称',
      {
        name: '名称',
        description: '该项的名称：单位名（本级一项如“示例县（本级）”）、类别名、类型名或月份（如 2025年3月）',
        kind: 'text',
        source: { item: 'name' },
      },
    ],
    ['序号', { name: '序号', description: '该项的序号：1、2、3……', kind: 'count', source: { item: 'index' } }],
    ['活动数', { name: '活动数', description: '该项的活动（台账）条数', kind: 'count', source: { item: 'entries' } }],
  ]);
  for (const i of indicators) {
    if (!isWritableName(i.name) || fields.has(i.name)) continue;
    fields.set(i.name, { name: i.name, description: `该项的${i.name}合计（${i.unit}）`, kind: KIND_OF_INDICATOR[i.valueKind], source: { indicator: i.code } });
  }
  for (const [name, groupBy, withOwn, description] of LOOPS) loops.set(name, { name, groupBy, withOwn, description, fields: [...fields.values()] });
  for (const [name, key, kind, description] of BASIC) scalars.set(name, { name, group: 'basic', description, kind, source: { basic: key } });
  for (const i of indicators) {
    if (taken(i.name)) continue;
    const money = i.valueKind === 'money' ? MONEY_HINT : '';
    scalars.set(i.name, {
      name: i.name,
      group: 'indicator',
      description: `报告期内本单位及所辖单位的${i.name}合计（${i.unit}${money}）`,
      kind: KIND_OF_INDICATOR[i.valueKind],
      source: { indicator: i.code },
    });
  }
  for (const c of categories) {
    const name = `${c.name}活动数`;
    if (taken(name)) continue;
    scalars.set(name, { name, group: 'category', description: `报告期内「${c.name}」类活动的条数`, kind: 'count', source: { category: c.id } });
  }
  // A loop field is written bare inside loops: a type's name equal to one would be shadowed there.
  const aliases = addTypeScalars(scalars, types, indicators, categories, (name) => taken(name) || fields.has(name));
  return { scalars, aliases, loops, fields };
}

/** The scalar a name stands for, written as listed or as one of its aliases. */
export function scalarNamed(catalogue: TemplateCatalogue, name: string): ScalarDef | undefined {
  const canonical = catalogue.aliases.get(name) ?? name;
  return catalogue.scalars.get(canonical);
}

/** 媒体宣传(电视专栏、公众号) → 媒体宣传: the name without trailing parentheticals (half- or full-width). */
export function typeShortName(name: string): string {
  const trailing = /[(（][^()（）]*[)）]$/;
  let short = name.trim();
  while (trailing.test(short)) short = short.replace(trailing, '').trim();
  return short;
}

/** 宣讲/报告会 → [宣讲, 报告会]: each side of a name that offers two (or more); none otherwise. */
function typeSides(short: string): string[] {
  const sides = short.split(/[/／]/).map((side) => side.trim());
  return sides.length > 1 && sides.every((side) => side !== '') ? [...new Set(sides)] : [];
}

interface TypeScalar {
  def: ScalarDef;
  typeId: number;
  /** What follows the type's name: 活动数, or the indicator's name. */
  suffix: string;
  /** The type's name as the description quotes it. */
  typeName: string;
  unit: string | undefined;
  money: boolean;
}

/**
 * Adds per type `<简称>活动数` and `<简称><指标名>` for each indicator it measures, and returns the
 * aliases a name with '/' allows (宣讲场次 and 报告会场次 for 宣讲/报告会场次). A name two types
 * would both claim is given to neither (nor is anything to two types of one short name): a figure
 * must never silently be the wrong type's. Aliases follow the same rule, and a side shared by two
 * types (or naming a category) makes no alias.
 */
function addTypeScalars(
  scalars: Map<string, ScalarDef>,
  types: CatalogueType[],
  indicators: CatalogueIndicator[],
  categories: CatalogueCategory[],
  taken: (name: string) => boolean,
): Map<string, string> {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const shortNames = countBy(types.map((t) => typeShortName(t.name)));
  const candidates: TypeScalar[] = [];
  for (const t of types) {
    const short = typeShortName(t.name);
    // Two types of one short name (其他 under two categories): no name says which is meant.
    if (short === '' || shortNames.get(short)! > 1) continue;
    candidates.push({
      typeId: t.id,
      suffix: '活动数',
      typeName: t.name,
      unit: undefined,
      money: false,
      def: { name: `${short}活动数`, group: 'type', description: '', kind: 'count', source: { type: t.id, total: 'entries' } },
    });
    for (const code of new Set(t.indicators)) {
      const i = byCode.get(code);
      if (!i) continue;
      candidates.push({
        typeId: t.id,
        suffix: i.name,
        typeName: t.name,
        unit: i.unit,
        money: i.valueKind === 'money',
        def: { name: `${short}${i.name}`, group: 'type', description: '', kind: KIND_OF_INDICATOR[i.valueKind], source: { type: t.id, total: i.code } },
      });
    }
  }
  const claims = countBy(candidates.map((c) => c.def.name));
  const kept = candidates.filter((c) => !taken(c.def.name) && claims.get(c.def.name) === 1);

  // Which types each side names (a type's own short name counts too), so a shared side is no alias.
  const sidesOf = new Map(types.map((t) => [t.id, typeSides(typeShortName(t.name))]));
  const owners = new Map<string, Set<number>>();
  for (const t of types) {
    for (const word of [typeShortName(t.name), ...sidesOf.get(t.id)!]) owners.set(word, (owners.get(word) ?? new Set()).add(t.id));
  }
  const categoryNames = new Set(categories.map((c) => c.name));
  const proposed: Array<[alias: string, canonical: string]> = kept.flatMap((c) =>
    sidesOf
      .get(c.typeId)!
      .filter((side) => owners.get(side)?.size === 1 && !categoryNames.has(side))
      .map((side): [string, string] => [`${side}${c.suffix}`, c.def.name]),
  );
  const canonicalNames = new Set(candidates.map((c) => c.def.name));
  const targets = new Map<string, Set<string>>();
  for (const [alias, canonical] of proposed) targets.set(alias, (targets.get(alias) ?? new Set()).add(canonical));
  const aliases = new Map(proposed.filter(([alias]) => !taken(alias) && !canonicalNames.has(alias) && targets.get(alias)!.size === 1));

  const aliasesOf = new Map<string, string[]>();
  for (const [alias, canonical] of aliases) aliasesOf.set(canonical, [...(aliasesOf.get(canonical) ?? []), alias]);
  for (const c of kept) {
    const also = aliasesOf.get(c.def.name) ?? [];
    const shorter = also.length > 0 ? `；可简写为${also.map((a) => `「${a}」`).join('')}` : '';
    const what = c.unit === undefined ? '条数' : `${c.suffix}合计（${c.unit}${c.money ? MONEY_HINT : ''}）`;
    scalars.set(c.def.name, { ...c.def, description: `报告期内本单位及所辖单位「${c.typeName}」活动的${what}${shorter}` });
  }
  return aliases;
}

function countBy(names: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

const STYLE_OF: Record<string, PlaceholderStyle> = Object.fromEntries(PLACEHOLDER_STYLES.map((s) => [s, s]));

/** The style written after a colon, if it is one of the styles. */
export function styleOf(text: string): PlaceholderStyle | undefined {
  return STYLE_OF[text];
}

/** Why a style does not fit a kind of value, as a key of the messages; undefined when it fits. */
export function styleMisfit(kind: ValueKind, style: PlaceholderStyle): 'text' | 'money' | 'percent' | 'ratio' | 'whole' | undefined {
  if (kind === 'text') return 'text';
  if (kind === 'ratio') return style === '百分比' ? undefined : 'ratio';
  if (style === '百分比') return 'percent';
  if (style === '金额' && kind !== 'money') return 'money';
  if (style === '中文' && kind !== 'count') return 'whole';
  return undefined;
}

/** A value a placeholder is filled with. Money is in 元, a ratio a share (0.4296). */
export type ScalarValue = { kind: 'text'; text: string } | { kind: Exclude<ValueKind, 'text'>; value: number };

/**
 * A value as the template writes it: plain numbers are exact digits without a unit (money exact
 * 元, a ratio its percentage without %); styles round as summary reports do (domain/chinese-number).
 */
export function formatValue(v: ScalarValue, style: PlaceholderStyle | undefined): string {
  if (v.kind === 'text') return v.text;
  try {
    if (v.kind === 'ratio') {
      const percent = formatFigure(v.value, 'percent', { kind: 'ratio' });
      return style === '百分比' ? percent : percent.slice(0, -1);
    }
    switch (style) {
      case undefined:
        return formatFigure(v.value, 'exact', { kind: 'count' });
      case '约数':
        return formatFigure(v.value, 'approx', { kind: 'count' });
      case '多':
        return formatFigure(v.value, 'approx_duo', { kind: 'count' });
      case '万':
        return formatFigure(v.value, 'wan', { kind: 'count' });
      case '中文':
        return formatFigure(v.value, 'chinese', { kind: 'count' });
      case '金额':
        return formatFigure(v.value, 'money', { kind: 'money_yuan' });
      case '百分比':
        return formatFigure(v.value, 'percent', { kind: 'ratio' });
    }
  } catch (err) {
    // A value a style cannot write (a negative correction, a fraction in Chinese numerals) is
    // still a figure the reader must see: plain digits rather than a blank or a failed download.
    if (!(err instanceof RangeError)) throw err;
  }
  return String(v.value);
}

/** What each style does, with an example, for the page that lists placeholders. */
export function styleGuide(): Array<{ name: PlaceholderStyle; description: string; example: string }> {
  const count = (value: number, style: PlaceholderStyle) => formatValue({ kind: 'count', value }, style);
  const guide: Record<PlaceholderStyle, [string, string]> = {
    约数: ['向下取整，加“余”', `312 → ${count(312, '约数')}`],
    多: ['向下取整，加“多”', `312 → ${count(312, '多')}`],
    万: ['以万、亿为单位', `14230 → ${count(14230, '万')}`],
    中文: ['中文数字（仅整数）', `312 → ${count(312, '中文')}`],
    金额: ['金额，以元、万元、亿元为单位（仅金额指标）', `124000000 → ${formatValue({ kind: 'money', value: 124_000_000 }, '金额')}`],
    百分比: ['百分比，保留两位小数（仅比率，如填报率）', `0.4296 → ${formatValue({ kind: 'ratio', value: 0.4296 }, '百分比')}`],
  };
  return PLACEHOLDER_STYLES.map((name) => ({ name, description: guide[name][0], example: guide[name][1] }));
}

/** The catalogue as the contract lists it; with values, each with its example. */
export function listPlaceholders(
  catalogue: TemplateCatalogue,
  values?: { scalars: Map<string, ScalarValue>; loops: Map<string, unknown[]> },
  loopCount?: (n: number) => string,
): Placeholder[] {
  const scalars = [...catalogue.scalars.values()].map((d): Placeholder => {
    const v = values?.scalars.get(d.name);
    return { name: d.name, group: d.group, description: d.description, numeric: d.kind !== 'text', ...(v && { example: formatValue(v, undefined) }) };
  });
  const loops = [...catalogue.loops.values()].map((d): Placeholder => {
    const items = values?.loops.get(d.name);
    return {
      name: d.name,
      group: 'loop',
      description: d.description,
      numeric: false,
      ...(items && loopCount && { example: loopCount(items.length) }),
      fields: d.fields.map((f) => ({ name: f.name, description: f.description, numeric: f.kind !== 'text' })),
    };
  });
  return [...scalars, ...loops];
}
