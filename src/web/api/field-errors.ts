import type { FieldError } from '../../contracts/problem.contract.js';

/** Request parts whose members are form fields: `/body/name` and `/query/q` both name a field. */
const FIELD_LOCATIONS = new Set(['body', 'query']);

/** Undoes JSON-pointer escaping (RFC 6901): `~1` is `/`, `~0` is `~`. */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The form field a problem pointer speaks about: `/body/name` → `name`, `/body/roles/0` → `roles`
 * (an error on one item belongs to the whole list field). Anything else has no field.
 */
export function fieldNameOfPointer(pointer: string): string | undefined {
  const [location, field] = pointerSegments(pointer);
  if (location === undefined || field === undefined || field === '') return undefined;
  return FIELD_LOCATIONS.has(location) ? field : undefined;
}

export interface SplitFieldErrors {
  /** Messages per form field, in the order the server gave them. */
  byField: Map<string, string[]>;
  /** Errors that fit no field of this form; they still have to be shown somewhere. */
  unplaced: FieldError[];
}

/** Sorts a problem's errors into those that can sit under a field of the form and the rest. */
export function splitFieldErrors(errors: readonly FieldError[], formFields: readonly string[]): SplitFieldErrors {
  const known = new Set(formFields);
  const byField = new Map<string, string[]>();
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const field = fieldNameOfPointer(error.pointer);
    if (field === undefined || !known.has(field)) {
      unplaced.push(error);
      continue;
    }
    const messages = byField.get(field) ?? [];
    if (!messages.includes(error.message)) messages.push(error.message);
    byField.set(field, messages);
  }
  return { byField, unplaced };
}

/** A form field's path: `title`, or `['measures', 'attendance']` for a field inside a group. */
export type FieldPath = readonly (string | number)[];

export interface GroupedFieldErrors {
  /** Messages per field path, in the order the server gave them. */
  fields: { name: FieldPath; errors: string[] }[];
  unplaced: FieldError[];
}

/**
 * Sorts a problem's errors by a form's own idea of where each pointer belongs, for forms whose
 * fields do not match the body one to one (nested values, one input for two body members).
 */
export function groupFieldErrors(errors: readonly FieldError[], fieldOf: (pointer: string) => FieldPath | undefined): GroupedFieldErrors {
  const byKey = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const name = fieldOf(error.pointer);
    if (name === undefined) {
      unplaced.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byKey.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(error.message)) entry.errors.push(error.message);
    byKey.set(key, entry);
  }
  return { fields: [...byKey.values()], unplaced };
}
