import { IMPORT_PREVIEW_ROWS, type ImportActivitiesResult, type ImportPreviewRow } from '../../../../contracts/ledger.contract.js';
import type { FieldError } from '../../../../contracts/problem.contract.js';
import { canRecord, requirePermission, type Actor } from '../../../../domain/access.js';
import { InvalidError } from '../../../../domain/errors.js';
import { toDisplayValue } from '../../../../domain/measures.js';
import type { Transactor } from '../../transactor.js';
import { TagResolver, TypeResolver, indicatorSpecsByType } from './activity-import.catalogue.js';
import { mapColumns } from './activity-import.columns.js';
import type { ActivityImportStore, ImportCatalogue, ImportTable, NewLedgerEntry, TemplateData } from './activity-import.types.js';
import { UnitResolver } from './activity-import.units.js';
import { entryKey, validateRows, type PlannedRow, type RowError } from './activity-import.validate.js';
import { COLUMN, importMessages as m } from './import.messages.js';
import { idsOfPath } from '../../../../domain/org-path.js';

/** Errors listed in one answer; the detail says how many more there are. */
export const MAX_LISTED_ERRORS = 1000;

export interface ActivityImportStores {
  activityImport: ActivityImportStore;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Create the entries as submitted for review instead of drafts. */
  submit: boolean;
  requestId?: string | null;
}

/** Bulk ledger entries from an .xlsx/.csv table: validated whole, then written all or nothing. */
export class ActivityImportService {
  constructor(
    private readonly stores: ActivityImportStores,
    private readonly transact: Transactor<ActivityImportStores>,
  ) {}

  /** Clerks and admins record entries; nobody else imports them. */
  requireImporter(actor: Actor): void {
    requirePermission(actor, canRecord, m.importing);
  }

  async importTable(actor: Actor, table: ImportTable, options: ImportOptions): Promise<ImportActivitiesResult> {
    this.requireImporter(actor);
    const { planned, catalogue, units } = await this.plan(actor, table);
    if (!options.dryRun) await this.commit(actor, planned, catalogue, options);
    return {
      dryRun: options.dryRun,
      rows: table.rows.length,
      created: options.dryRun ? 0 : planned.length,
      preview: previewRows(planned.slice(0, IMPORT_PREVIEW_ROWS), catalogue, units),
    };
  }

  /** What the template needs: the catalogue and the caller's unit with an example path below it. */
  async templateData(actor: Actor): Promise<TemplateData> {
    const s = this.stores.activityImport;
    const [catalogue, units] = await Promise.all([s.loadCatalogue(), s.listScopeUnits(actor.scope.rootPath)]);
    const own = units.find((u) => u.id === actor.scope.rootOrgId);
    const child = units.find((u) => u.parentId === actor.scope.rootOrgId && u.active);
    const usable = new TypeResolver(catalogue.types);
    const categories = catalogue.types.filter((t) => t.parentId === null && t.active);
    // Types grouped under their categories, in the catalogue's order.
    const rank = new Map(categories.map((c, i) => [c.id, i]));
    const types = catalogue.types
      .filter((t) => usable.isUsable(t))
      .sort((a, b) => rank.get(a.parentId!)! - rank.get(b.parentId!)! || a.sortOrder - b.sortOrder);
    return {
      indicators: catalogue.indicators.filter((i) => i.active),
      categories,
      types,
      tags: catalogue.tags.filter((t) => t.active),
      unitName: own?.name ?? '',
      exampleUnit: child && own ? `${own.name}/${child.name}` : (own?.name ?? ''),
    };
  }

  /** Checks every row; throws one error listing all problems (up to MAX_LISTED_ERRORS). */
  private async plan(actor: Actor, table: ImportTable): Promise<{ planned: PlannedRow[]; catalogue: ImportCatalogue; units: UnitResolver }> {
    const s = this.stores.activityImport;
    const chainIds = idsOfPath(actor.scope.rootPath);
    const [catalogue, units, names] = await Promise.all([s.loadCatalogue(), s.listScopeUnits(actor.scope.rootPath), s.listUnitNames(chainIds)]);
    const columns = mapColumns(
      table.header,
      table.headerRow,
      catalogue.indicators.filter((i) => i.active),
    );
    const resolver = new UnitResolver(
      units,
      actor.scope.rootOrgId,
      chainIds.map((id) => names.get(id) ?? ''),
    );
    const { planned, errors } = validateRows(table.rows, {
      columns,
      units: resolver,
      types: new TypeResolver(catalogue.types),
      specsByType: indicatorSpecsByType(catalogue),
      tags: {
        carrier: new TagResolver(catalogue.tags, 'carrier'),
        theme: new TagResolver(catalogue.tags, 'theme'),
        volume: new TagResolver(catalogue.tags, 'volume'),
      },
    });
    const stored = await this.storedDuplicates(actor, planned, s);
    if (errors.length === 0) refuseIfAllStored(stored, planned);
    errors.push(...stored);
    if (errors.length > 0) throw rowsInvalid(errors);
    return { planned, catalogue, units: resolver };
  }

  /** Rows that repeat a live entry already in the ledger (same unit, type, title and start date). */
  private async storedDuplicates(actor: Actor, planned: PlannedRow[], store: ActivityImportStore): Promise<RowError[]> {
    if (planned.length === 0) return [];
    let from = planned[0]!.startDate;
    let to = from;
    for (const p of planned) {
      if (p.startDate < from) from = p.startDate;
      if (p.startDate > to) to = p.startDate;
    }
    const existing = await store.listLiveEntryKeys(actor.scope.rootPath, from, to);
    const idOf = new Map(existing.map((e) => [entryKey(e.orgId, e.typeId, e.startDate, e.title), e.id]));
    const errors: RowError[] = [];
    for (const p of planned) {
      const id = idOf.get(entryKey(p.unit.id, p.type.id, p.startDate, p.title));
      if (id !== undefined) errors.push({ row: p.row, column: COLUMN.title, message: m.cell(p.row, COLUMN.title, m.duplicateInDb(id)) });
    }
    return errors;
  }

  private async commit(actor: Actor, planned: PlannedRow[], catalogue: ImportCatalogue, options: ImportOptions): Promise<void> {
    const now = new Date().toISOString();
    const status = options.submit ? 'submitted' : 'draft';
    const scaleOf = new Map(catalogue.indicators.map((i) => [i.id, i.scale]));
    const entries = planned.map((p): NewLedgerEntry => ({
      orgId: p.unit.id,
      typeId: p.type.id,
      title: p.title,
      startDate: p.startDate,
      endDate: p.endDate,
      place: p.place,
      organiser: p.organiser,
      summary: p.summary,
      status,
      returnReason: null,
      createdBy: actor.userId,
      createdAt: now,
      submittedAt: options.submit ? now : null,
      reviewedBy: null,
      reviewedAt: null,
      measures: p.measures,
      tagIds: p.tagIds,
      auditAfter: auditView(p, status, scaleOf),
    }));
    await this.transact(async (s) => {
      // Checked again inside the transaction: the same file may have been committed meanwhile.
      const duplicates = await this.storedDuplicates(actor, planned, s.activityImport);
      refuseIfAllStored(duplicates, planned);
      if (duplicates.length > 0) throw rowsInvalid(duplicates);
      await s.activityImport.insertEntries(entries, { action: 'activity.import', userId: actor.userId, requestId: options.requestId ?? null, at: now });
    });
  }
}

/** The compact view an import's audit record keeps: what was created, from which row. */
function auditView(p: PlannedRow, status: string, scaleOf: Map<number, number>) {
  return {
    row: p.row,
    orgId: p.unit.id,
    typeId: p.type.id,
    title: p.title,
    startDate: p.startDate,
    endDate: p.endDate,
    status,
    measures: Object.fromEntries(p.measures.map((v) => [v.code, toDisplayValue(v.value, scaleOf.get(v.indicatorId) ?? 0)])),
    tagIds: p.tagIds,
  };
}

/**
 * Every row already in the ledger: the file was imported before, or is this unit's own export.
 * Says so in one sentence instead of leaving the user to read a duplicate per row.
 */
function refuseIfAllStored(stored: RowError[], planned: PlannedRow[]): void {
  if (stored.length > 0 && stored.length === planned.length)
    throw rowsInvalid(stored, { code: 'IMPORT_ALREADY_IN_LEDGER', detail: m.allInLedger(stored.length) });
}

/** The first rows as the server read them, in the units people write (元, not 分). */
function previewRows(planned: PlannedRow[], catalogue: ImportCatalogue, units: UnitResolver): ImportPreviewRow[] {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const tags = new Map(catalogue.tags.map((t) => [t.id, t.name]));
  return planned.map((p) => ({
    row: p.row,
    unit: units.namePath(p.unit.id),
    typeName: p.type.name,
    title: p.title,
    startDate: p.startDate,
    endDate: p.endDate,
    place: p.place,
    organiser: p.organiser,
    summary: p.summary,
    measures: p.measures.flatMap((v) => {
      const i = indicators.get(v.indicatorId);
      return i ? [{ name: i.name, unit: i.unit, value: toDisplayValue(v.value, i.scale) }] : [];
    }),
    tags: p.tagIds.map((id) => tags.get(id) ?? ''),
  }));
}

function rowsInvalid(errors: RowError[], whole?: { code: string; detail: string }): InvalidError {
  // Stable: a row's own problems keep their column order; stored duplicates follow them.
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  const listed: FieldError[] = sorted.slice(0, MAX_LISTED_ERRORS).map((e) => ({ pointer: `/rows/${e.row}/${e.column}`, message: e.message }));
  return new InvalidError(whole?.code ?? 'IMPORT_ROWS_INVALID', whole?.detail ?? m.rowsInvalid(errors.length, listed.length), listed);
}
