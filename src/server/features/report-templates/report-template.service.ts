import type { FieldError } from '../../../contracts/problem.contract.js';
import type {
  FillReportTemplateBody,
  ListReportTemplatesQuery,
  PlaceholderList,
  PlaceholderQuery,
  ReportTemplate,
  ReportTemplateList,
} from '../../../contracts/report-template.contract.js';
import { canAdminister, canWriteReports, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { safeFileName } from '../../../domain/file-name.js';
import { idsOfPath, isInSubtree } from '../../../domain/org-path.js';
import { periodWords } from '../../../domain/report-draft/wording.js';
import type { AuditStore } from '../audit/audit.types.js';
import type { ActivityTypeRecord, CatalogueStore, TypeIndicatorLink } from '../catalogue/catalogue.types.js';
import type { BlobContent, FileStore } from '../evidence/file-store.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { OrgRecord, OrgStore } from '../orgs/org.types.js';
import { resolveOrg } from '../stats/stats-question.service.js';
import type { Transactor } from '../transactor.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import type { ReportTemplateRecord, ReportTemplateStore, TemplateReach } from './report-template.types.js';
import { fillTemplate, valueParser } from './template-fill.js';
import { compileTemplate, templateProblems, writtenTags, type CompiledTemplate } from './template-inspect.js';
import { templateLeftovers } from './template-leftovers.js';
import { buildCatalogue, listPlaceholders, styleGuide, type CatalogueIndicator, type CatalogueType, type TemplateCatalogue } from './template-placeholders.js';
import { sampleTemplate } from './template-sample.js';
import type { TemplateValuesService, ValueRequest } from './template-values.service.js';

export interface ReportTemplateStores {
  reportTemplates: ReportTemplateStore;
  orgs: OrgStore;
  catalogue: CatalogueStore;
  audit: AuditStore;
}

export interface ReportTemplateParts {
  files: FileStore;
  values: Pick<TemplateValuesService, 'values'>;
  /** The current time (ISO); tests fix it. */
  clock?: () => string;
}

const MAX_NAME = 100;

/**
 * The one visibility rule of templates: a template of unit U serves U's subtree (a county's
 * template its townships) and is seen by anyone whose scope contains U. Siblings' templates do
 * not exist for each other (404). `reachOf` is the same rule as a list filter.
 */
export function canSeeTemplate(actor: Actor, ownerPath: string): boolean {
  return inScope(actor, ownerPath) || isInSubtree(actor.scope.rootPath, ownerPath);
}

function reachOf(actor: Actor): TemplateReach {
  return { path: actor.scope.rootPath, ancestorIds: idsOfPath(actor.scope.rootPath) };
}

function toTemplate(r: ReportTemplateRecord): ReportTemplate {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    name: r.name,
    filename: r.filename,
    size: r.size,
    placeholders: r.placeholders,
    warnings: r.warnings,
    createdAt: r.createdAt,
    createdBy: r.createdByName,
    archivedAt: r.archivedAt,
  };
}

/** The uploaded file's own name, without any folder a browser sent along. */
function baseName(filename: string | undefined): string {
  const base = (filename ?? '').split(/[\\/]/).pop()!.trim();
  return base || '模板.docx';
}

const invalid = (code: string, detail: string, errors: FieldError[]) => new InvalidError(code, detail, errors);

/**
 * User templates (自定义模板): an office's own .docx with Chinese placeholders, checked against the
 * placeholder catalogue at upload and again at fill, stored as a content-addressed blob, filled from
 * the statistics of a unit and period. Archived, never deleted.
 */
export class ReportTemplateService {
  private readonly clock: () => string;

  constructor(
    private readonly stores: ReportTemplateStores,
    private readonly transact: Transactor<ReportTemplateStores>,
    private readonly parts: ReportTemplateParts,
  ) {
    this.clock = parts.clock ?? (() => new Date().toISOString());
  }

  /** 403 for viewers and inspectors, before an upload is read: who may upload templates is who may write reports. */
  assertCanUpload(actor: Actor): void {
    requirePermission(actor, canWriteReports, m.upload);
  }

  /** Templates the caller can use: of their subtree and of the units above them. */
  async list(actor: Actor, q: ListReportTemplatesQuery): Promise<ReportTemplateList> {
    const items = await this.stores.reportTemplates.list(reachOf(actor), q.archived === 'true');
    return { items: items.map(toTemplate) };
  }

  async get(actor: Actor, id: number): Promise<ReportTemplate> {
    return toTemplate(await this.getVisible(actor, id));
  }

  /** The original upload, as it was stored. */
  async open(actor: Actor, id: number): Promise<{ filename: string; content: BlobContent }> {
    const t = await this.getVisible(actor, id);
    const content = await this.parts.files.get(t.sha256);
    if (!content) throw new NotFoundError('TEMPLATE_FILE_MISSING', m.fileMissing);
    return { filename: t.filename, content };
  }

  /**
   * Checks an upload and stores it for a unit of the caller's subtree (default: their own). A file
   * that is no .docx, whose tags do not parse or that names unknown placeholders is refused with
   * every problem listed; nothing is stored then. Leftovers in its own text (XX县, 20XX年, 小编…)
   * are the user's text and refuse nothing: they come back, and are stored, as `warnings`. The blob
   * is written before its row.
   */
  async upload(actor: Actor, upload: { filename?: string; bytes: Uint8Array; name?: string; orgId?: number }, meta: RequestMeta = {}): Promise<ReportTemplate> {
    this.assertCanUpload(actor);
    const org = await this.ownerOrg(actor, upload.orgId);
    const catalogue = await this.catalogue();
    const template = this.compileChecked(upload.bytes, catalogue, '/body/file', (n) => m.invalid(n), 'TEMPLATE_INVALID');
    const placeholders = writtenTags(template.tags);
    if (placeholders.length === 0) throw invalid('TEMPLATE_NO_PLACEHOLDERS', m.noPlaceholders, [{ pointer: '/body/file', message: m.noPlaceholders }]);
    const warnings = templateLeftovers(template, catalogue);
    const filename = baseName(upload.filename);
    const name = (upload.name ?? filename.replace(/\.docx$/i, '')).trim().slice(0, MAX_NAME) || '模板';
    const blob = await this.parts.files.put(upload.bytes);
    return this.transact(async (s) => {
      const id = await s.reportTemplates.insert({
        orgId: org.id,
        name,
        filename,
        size: blob.size,
        sha256: blob.sha256,
        placeholders,
        warnings,
        userId: actor.userId,
        now: this.clock(),
      });
      const created = (await s.reportTemplates.findById(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'report_template.create',
        entity: 'report_template',
        entityId: id,
        orgUnitId: org.id,
        after: { orgId: org.id, name, filename, size: blob.size, sha256: blob.sha256, placeholders, warnings },
        requestId: meta.requestId ?? null,
      });
      return toTemplate(created);
    });
  }

  /** Every placeholder; with a unit and period (the unit in the caller's scope, else 404), each with its value. */
  async placeholders(actor: Actor, q: PlaceholderQuery): Promise<PlaceholderList> {
    const catalogue = await this.catalogue();
    const styles = styleGuide();
    if (q.from === undefined && q.to === undefined) {
      if (q.org !== undefined) await resolveOrg(actor, this.stores.orgs, q.org);
      return { items: listPlaceholders(catalogue), styles };
    }
    if (q.from === undefined || q.to === undefined) {
      const pointer = q.from === undefined ? '/query/from' : '/query/to';
      throw invalid('TEMPLATE_PERIOD_INCOMPLETE', m.periodIncomplete, [{ pointer, message: m.periodIncomplete }]);
    }
    const org = await resolveOrg(actor, this.stores.orgs, q.org);
    const values = await this.parts.values.values(actor, catalogue, await this.valueRequest(org, { from: q.from, to: q.to, status: q.status ?? 'approved' }));
    return { items: listPlaceholders(catalogue, values, m.loopCount), styles };
  }

  /** A sample template for the catalogue as it is now (it uploads and fills as it is). */
  async sample(): Promise<{ filename: string; content: Buffer }> {
    const indicators = await this.activeIndicators();
    return { filename: m.sampleFilename, content: await sampleTemplate(await this.catalogue(indicators), indicators) };
  }

  /**
   * Fills a template for a unit of the caller's scope and a period. The template is checked again
   * against today's catalogue: a placeholder whose indicator was deactivated or renamed since the
   * upload is a 422 naming it, not a blank in the document.
   */
  async fill(actor: Actor, id: number, body: FillReportTemplateBody): Promise<{ filename: string; content: Buffer }> {
    const t = await this.getVisible(actor, id);
    if (t.archivedAt !== null) throw new ConflictError('TEMPLATE_ARCHIVED', m.archivedNoFill);
    const org = await getOrgInScope(this.stores.orgs, actor, body.org, { message: m.orgNotFound, pointer: '/body/org' });
    const stored = await this.parts.files.get(t.sha256);
    if (!stored) throw new NotFoundError('TEMPLATE_FILE_MISSING', m.fileMissing);
    const bytes = await readAll(stored);
    const catalogue = await this.catalogue();
    const template = this.compileChecked(bytes, catalogue, '/params/id', (n) => m.outdated(n), 'TEMPLATE_OUTDATED');
    const request = await this.valueRequest(org, body);
    const content = fillTemplate(template, await this.parts.values.values(actor, catalogue, request), { catalogue, from: request.from, to: request.to });
    const period = periodWords(body.from, body.to, request.today).label;
    return { filename: safeFileName(m.fillName(t.name, org.name, period), m.fillFallbackName), content };
  }

  /** Takes a template off the list (an admin whose scope holds its unit); it stays readable by id. */
  async archive(actor: Actor, id: number, meta: RequestMeta = {}): Promise<void> {
    const t = await this.getVisible(actor, id);
    requirePermission(actor, canAdminister, m.archive);
    if (!inScope(actor, t.orgPath)) throw new ForbiddenError('TEMPLATE_NOT_OWN', m.notOwn(t.orgName));
    await this.transact(async (s) => {
      if (!(await s.reportTemplates.archive(id, { userId: actor.userId, now: this.clock() }))) throw new ConflictError('TEMPLATE_ARCHIVED', m.alreadyArchived);
      await s.audit.record({
        userId: actor.userId,
        action: 'report_template.archive',
        entity: 'report_template',
        entityId: id,
        orgUnitId: t.orgId,
        before: { orgId: t.orgId, name: t.name, filename: t.filename, sha256: t.sha256 },
        requestId: meta.requestId ?? null,
      });
    });
  }

  private async getVisible(actor: Actor, id: number): Promise<ReportTemplateRecord> {
    const t = await this.stores.reportTemplates.findById(id);
    if (!t || !canSeeTemplate(actor, t.orgPath)) throw new NotFoundError('TEMPLATE_NOT_FOUND', m.notFound);
    return t;
  }

  private async ownerOrg(actor: Actor, orgId: number | undefined): Promise<OrgRecord> {
    const id = orgId ?? (actor.orgId > 0 ? actor.orgId : undefined);
    return getOrgInScope(this.stores.orgs, actor, id, { message: m.orgNotFound, pointer: '/body/orgId' });
  }

  /** Parses and checks a template; any problem is one InvalidError listing them all at `pointer`. */
  private compileChecked(bytes: Uint8Array, catalogue: TemplateCatalogue, pointer: string, detail: (n: number) => string, code: string): CompiledTemplate {
    const compiled = compileTemplate(bytes, valueParser);
    const problems = templateProblems(compiled, catalogue);
    if (!compiled.ok || problems.length > 0)
      throw invalid(
        code,
        detail(problems.length),
        problems.map((message) => ({ pointer, message })),
      );
    return compiled.template;
  }

  private async activeIndicators(): Promise<CatalogueIndicator[]> {
    return (await this.stores.catalogue.listIndicators()).filter((i) => i.active);
  }

  private async catalogue(indicators?: CatalogueIndicator[]): Promise<TemplateCatalogue> {
    const [active, types, links] = await Promise.all([
      indicators ?? this.activeIndicators(),
      this.stores.catalogue.listTypes(),
      this.stores.catalogue.listTypeIndicators(),
    ]);
    return buildCatalogue(
      active,
      types.filter((t) => t.parentId === null && t.active),
      liveTypes(types, links),
    );
  }

  private async valueRequest(org: OrgRecord, period: Pick<ValueRequest, 'from' | 'to' | 'status'>): Promise<ValueRequest> {
    if (period.from > period.to) throw invalid('TEMPLATE_PERIOD_INVALID', m.fromAfterTo, [{ pointer: '/query/to', message: m.fromAfterTo }]);
    const parent = org.parentId !== null ? await this.stores.orgs.findById(org.parentId) : undefined;
    return {
      org: { id: org.id, name: org.name },
      parentName: parent?.name ?? '',
      from: period.from,
      to: period.to,
      status: period.status,
      today: this.clock().slice(0, 10),
    };
  }
}

/**
 * The types entries can be recorded under (active, under an active category, as the entry form
 * offers them), category by category in catalogue order as /api/stats?groupBy=type lists them,
 * each with the indicators it measures. Inactive indicators drop out in buildCatalogue.
 */
function liveTypes(types: ActivityTypeRecord[], links: TypeIndicatorLink[]): CatalogueType[] {
  const categories = types.filter((t) => t.parentId === null && t.active);
  const codesOf = new Map<number, string[]>();
  for (const l of links) codesOf.set(l.typeId, [...(codesOf.get(l.typeId) ?? []), l.code]);
  return categories.flatMap((c) =>
    types.filter((t) => t.parentId === c.id && t.active).map((t) => ({ id: t.id, name: t.name, indicators: codesOf.get(t.id) ?? [] })),
  );
}

async function readAll(content: BlobContent): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
