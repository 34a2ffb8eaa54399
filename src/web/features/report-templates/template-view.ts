import type { FieldError } from '../../../contracts/problem.contract.js';
import {
  PLACEHOLDER_GROUP_LABELS,
  PLACEHOLDER_GROUPS,
  type Placeholder,
  type PlaceholderField,
  type PlaceholderGroup,
} from '../../../contracts/report-template.contract.js';
import { splitFieldErrors } from '../../api/field-errors.js';
import { leftoversMore } from './template-labels.js';

/**
 * How the 自定义模板 page shows placeholders and problems: the text a user pastes into Word, the
 * search over the catalogue, its groups, and the server's errors as a list. Pure, so it is tested.
 */

/** `{宣讲场次}`, or with a number style `{宣讲场次:约数}`. */
export function placeholderTag(name: string, style?: string): string {
  return style ? `{${name}:${style}}` : `{${name}}`;
}

/** How a placeholder reads on the page: `{宣讲场次}`, a loop as `{#下级单位}…{/下级单位}`. */
export function placeholderLabel(placeholder: Pick<Placeholder, 'name' | 'group'>): string {
  return placeholder.group === 'loop' ? `{#${placeholder.name}}…{/${placeholder.name}}` : placeholderTag(placeholder.name);
}

/**
 * What the copy button puts on the clipboard: the tag itself, or a whole loop around its first
 * field (`{#下级单位}{名称}{/下级单位}`); the user adds more fields from the list between the marks.
 */
export function placeholderPasteText(placeholder: Pick<Placeholder, 'name' | 'group' | 'fields'>): string {
  if (placeholder.group !== 'loop') return placeholderTag(placeholder.name);
  const first = placeholder.fields?.[0];
  return `{#${placeholder.name}}${first ? placeholderTag(first.name) : ''}{/${placeholder.name}}`;
}

/**
 * The words to search for in what the user typed: braces, loop marks and a style are dropped, so a
 * tag pasted back from Word (`{宣讲场次:约数}`, `{#下级单位}`) finds its placeholder.
 */
export function normalizeSearch(text: string): string {
  return text
    .trim()
    .replace(/[{}｛｝#/]/g, '')
    .replace(/[:：].*$/, '')
    .trim()
    .toLowerCase();
}

/** The placeholders whose name or description (or a loop field's) contains the search text. */
export function filterPlaceholders<P extends Placeholder>(items: readonly P[], search: string): P[] {
  const needle = normalizeSearch(search);
  if (needle === '') return [...items];
  const hit = (text: string) => text.toLowerCase().includes(needle);
  return items.filter((p) => hit(p.name) || hit(p.description) || (p.fields ?? []).some((f) => hit(f.name) || hit(f.description)));
}

/**
 * The loop fields to show under a loop: all of them, unless the search found the loop through some
 * of its fields (searching 宣讲 shows the loops' 宣讲场次, not their twenty other fields).
 */
export function fieldsToShow(placeholder: Pick<Placeholder, 'name' | 'description' | 'fields'>, search: string): PlaceholderField[] {
  const fields = placeholder.fields ?? [];
  const needle = normalizeSearch(search);
  const hit = (text: string) => text.toLowerCase().includes(needle);
  if (needle === '' || hit(placeholder.name) || hit(placeholder.description)) return fields;
  return fields.filter((f) => hit(f.name) || hit(f.description));
}

/**
 * Loops whose item fields are the very same as an earlier loop's (the catalogue gives every loop
 * every indicator), each with that earlier loop's name, so the page lists a field set only once.
 */
export function loopsSharingFields(loops: readonly { name: string; fields: readonly PlaceholderField[] }[]): Map<string, string> {
  const firstWith = new Map<string, string>();
  const shared = new Map<string, string>();
  for (const loop of loops) {
    if (loop.fields.length === 0) continue;
    const key = JSON.stringify(loop.fields.map((f) => [f.name, f.description]));
    const earlier = firstWith.get(key);
    if (earlier === undefined) firstWith.set(key, loop.name);
    else shared.set(loop.name, earlier);
  }
  return shared;
}

export interface PlaceholderGroupView<P extends Placeholder = Placeholder> {
  group: PlaceholderGroup;
  label: string;
  items: P[];
}

/** The placeholders by group, in the contract's order, leaving out groups with nothing to show. */
export function groupPlaceholders<P extends Placeholder>(items: readonly P[]): PlaceholderGroupView<P>[] {
  return PLACEHOLDER_GROUPS.map((group) => ({ group, label: PLACEHOLDER_GROUP_LABELS[group], items: items.filter((p) => p.group === group) })).filter(
    (g) => g.items.length > 0,
  );
}

/** How many placeholders of a long group show before the user asks for the rest. */
export const GROUP_PREVIEW = 5;

/**
 * The rows of a group to show. The activity-type group holds every type's count and figures (well
 * over a hundred with the default catalogue), so without a search it shows the first few and the
 * number left; a search, or the user's asking, shows them all.
 */
export function visibleRows<P>(group: PlaceholderGroup, items: readonly P[], search: string, expanded: boolean): { items: P[]; hidden: number } {
  if (group !== 'type' || expanded || normalizeSearch(search) !== '' || items.length <= GROUP_PREVIEW + 1) return { items: [...items], hidden: 0 };
  return { items: items.slice(0, GROUP_PREVIEW), hidden: items.length - GROUP_PREVIEW };
}

/** The placeholder the style examples are written with (`{宣讲场次:约数}`): the first numeric indicator, else any number. */
export function styleSampleName(items: readonly Pick<Placeholder, 'name' | 'group' | 'numeric'>[]): string {
  const numbers = items.filter((p) => p.numeric && p.group !== 'loop');
  return (numbers.find((p) => p.group === 'indicator') ?? numbers[0])?.name ?? '数字';
}

/**
 * The tags a template uses as the list shows them, one per placeholder: `{宣讲场次:约数}`,
 * `{#下级单位}`; a loop's closing tag (if the server lists it) adds nothing to read.
 */
export function usedPlaceholderTags(placeholders: readonly string[]): string[] {
  const tags = placeholders.filter((p) => !p.startsWith('/')).map((p) => `{${p}}`);
  return [...new Set(tags)];
}

export interface TemplateProblems {
  /** Messages that belong under a form field (a name that is too long, a unit out of reach). */
  byField: Map<string, string[]>;
  /** Everything else, mostly the file's problems (第3段：未知占位符…), each its own line. */
  messages: string[];
}

/**
 * Sorts a refused upload or fill into field messages and a list of the file's problems, keeping
 * every message (not only the first) and dropping exact repeats. Without field errors, the
 * problem's own sentence is the one message.
 */
export function templateProblems(
  problem: { title: string; detail?: string | undefined; errors?: readonly FieldError[] | undefined },
  formFields: readonly string[] = [],
): TemplateProblems {
  const errors = problem.errors ?? [];
  if (errors.length === 0) return { byField: new Map(), messages: [problem.detail ?? problem.title] };
  const { byField, unplaced } = splitFieldErrors(errors, formFields);
  return { byField, messages: [...new Set(unplaced.map((e) => e.message))] };
}

export interface TemplateWarningsView {
  /** The warnings listed one by one (第5段：「20XX年」…). */
  items: string[];
  /** A line about the ones not listed (另有N处…), shown unnumbered. */
  more: string | undefined;
  /** How many leftovers were found in all, listed or not. */
  total: number;
}

/** More than this is a template copied whole from a website: the first ones make the point. */
export const LISTED_WARNINGS = 20;

/** A template's leftover warnings as the page shows them: the first ones numbered, a line about the rest, and the count of all. */
export function templateWarnings(warnings: readonly string[]): TemplateWarningsView {
  const rest = warnings.length - LISTED_WARNINGS;
  return { items: warnings.slice(0, LISTED_WARNINGS), more: rest > 0 ? leftoversMore(rest) : undefined, total: warnings.length };
}
