import { TEXT_MAX, TITLE_MAX } from '../../../../contracts/ledger.contract.js';
import { parseMeasures, type IndicatorSpec, type ScaledMeasure } from '../../../../domain/measures.js';
import { specOf, type Resolved, type TagResolver, type TypeResolver } from './activity-import.catalogue.js';
import type { ColumnMap } from './activity-import.columns.js';
import type { ImportType, RawCell, RawRow, ScopeUnit } from './activity-import.types.js';
import type { UnitResolver } from './activity-import.units.js';
import { cellText, parseDateCell, parseMeasureCell, splitNames } from './activity-import.values.js';
import { COLUMN, importMessages as m, type FixedColumn } from './import.messages.js';

const SHORT_TEXT_MAX = 100;

/** A row that passed every check, ready to be written. */
export interface PlannedRow {
  row: number;
  unit: ScopeUnit;
  type: ImportType;
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  organiser: string;
  summary: string;
  measures: ScaledMeasure[];
  tagIds: number[];
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ValidationContext {
  columns: ColumnMap;
  units: UnitResolver;
  types: TypeResolver;
  specsByType: Map<number, IndicatorSpec[]>;
  tags: Record<'carrier' | 'theme' | 'volume', TagResolver>;
}

/** Checks one row at a time, collecting every problem; rows are only planned when clean. */
class RowChecker {
  private errors: RowError[] = [];
  private readonly firstRowOfKey = new Map<string, number>();
  /** Measure checks of a row whose type is unknown: number format only. */
  private readonly looseSpecs: IndicatorSpec[];

  constructor(private readonly ctx: ValidationContext) {
    this.looseSpecs = ctx.columns.indicators.map((c) => specOf(c.indicator, false));
  }

  get allErrors(): RowError[] {
    return this.errors;
  }

  check(raw: RawRow): PlannedRow | undefined {
    const before = this.errors.length;
    const fail = (column: string, message: string) => this.errors.push({ row: raw.row, column, message: m.cell(raw.row, column, message) });
    const text = (col: FixedColumn) => {
      const index = this.ctx.columns.fixed[col];
      return index === undefined ? '' : cellText(raw.cells[index] ?? null);
    };
    const unit = this.resolve(text('unit'), COLUMN.unit, (t) => this.ctx.units.resolve(t), fail);
    const type = this.resolve(text('type'), COLUMN.type, (t) => this.ctx.types.resolve(t), fail);
    const title = text('title');
    if (!title) fail(COLUMN.title, m.required);
    else if (title.length > TITLE_MAX) fail(COLUMN.title, m.tooLong(TITLE_MAX));
    const startDate = this.date(raw, 'startDate', true, fail);
    const endDate = this.date(raw, 'endDate', false, fail);
    if (startDate && endDate && endDate < startDate) fail(COLUMN.endDate, m.endBeforeStart);
    const [place, organiser, summary] = (['place', 'organiser', 'summary'] as const).map((col) => {
      const value = text(col);
      const max = col === 'summary' ? TEXT_MAX : SHORT_TEXT_MAX;
      if (value.length > max) fail(COLUMN[col], m.tooLong(max));
      return value;
    }) as [string, string, string];
    const measures = this.measures(raw, type, fail);
    const tagIds = (['carrier', 'theme', 'volume'] as const).flatMap((col) => this.tagIds(text(col), col, fail));
    if (unit && type && title && startDate) this.checkDuplicate(entryKey(unit.id, type.id, startDate, title), raw.row, fail);
    if (this.errors.length > before || !unit || !type || !startDate) return undefined;
    return { row: raw.row, unit, type, title, startDate, endDate: endDate ?? startDate, place, organiser, summary, measures, tagIds };
  }

  private resolve<T>(value: string, column: string, lookup: (t: string) => Resolved<T>, fail: Fail): T | undefined {
    if (!value) {
      fail(column, m.required);
      return undefined;
    }
    const r = lookup(value);
    if (!r.ok) {
      fail(column, r.message);
      return undefined;
    }
    return r.value;
  }

  private date(raw: RawRow, col: 'startDate' | 'endDate', required: boolean, fail: Fail): string | undefined {
    const index = this.ctx.columns.fixed[col];
    const cell: RawCell = index === undefined ? null : (raw.cells[index] ?? null);
    if (cell === null || cellText(cell) === '') {
      if (required) fail(COLUMN[col], m.required);
      return undefined;
    }
    const parsed = parseDateCell(cell);
    if (parsed.ok) return parsed.date;
    fail(COLUMN[col], parsed.reason === 'impossible' ? m.dateImpossible(cellText(cell)) : m.dateInvalid(cellText(cell)));
    return undefined;
  }

  private measures(raw: RawRow, type: ImportType | undefined, fail: Fail): ScaledMeasure[] {
    const input: Record<string, number> = {};
    const columnOf = new Map<string, string>();
    for (const { index, indicator } of this.ctx.columns.indicators) {
      columnOf.set(indicator.code, indicator.name);
      const value = parseMeasureCell(raw.cells[index] ?? null);
      if (value !== undefined) input[indicator.code] = value;
    }
    const specs = type ? (this.ctx.specsByType.get(type.id) ?? []) : this.looseSpecs;
    const { values, problems } = parseMeasures(input, specs);
    for (const p of problems) fail('name' in p ? p.name : (columnOf.get(p.code) ?? p.code), m.measure(p, type?.name ?? ''));
    return values;
  }

  private tagIds(value: string, col: 'carrier' | 'theme' | 'volume', fail: Fail): number[] {
    if (!value) return [];
    const ids: number[] = [];
    for (const name of splitNames(value)) {
      const r = this.ctx.tags[col].resolve(name);
      if (r.ok) ids.push(r.value);
      else fail(COLUMN[col], r.message);
    }
    return ids;
  }

  private checkDuplicate(key: string, row: number, fail: Fail) {
    const first = this.firstRowOfKey.get(key);
    if (first === undefined) this.firstRowOfKey.set(key, row);
    else fail(COLUMN.title, m.duplicateInFile(first));
  }
}

type Fail = (column: string, message: string) => void;

/** Validates every row against the scope and the catalogue; duplicates within the file included. */
export function validateRows(rows: RawRow[], ctx: ValidationContext): { planned: PlannedRow[]; errors: RowError[] } {
  const checker = new RowChecker(ctx);
  const planned: PlannedRow[] = [];
  for (const raw of rows) {
    const p = checker.check(raw);
    if (p) planned.push(p);
  }
  return { planned, errors: checker.allErrors };
}

/** Key shared by file rows and stored entries for duplicate detection. */
export function entryKey(orgId: number, typeId: number, startDate: string, title: string): string {
  return `${orgId}|${typeId}|${startDate}|${title}`;
}
