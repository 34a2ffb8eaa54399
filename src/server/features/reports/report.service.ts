import type { FieldError } from '../../../contracts/problem.contract.js';
import type {
  FigureChange,
  ListReportsQuery,
  RefreshedReport,
  ReportActionBody,
  ReportDetail,
  ReportPage,
  ReportVersion,
  ReportVersionList,
  UpdateReportBody,
} from '../../../contracts/report-api.contract.js';
import type { ChartSpec, CreateReportBody, Figure, ReportBody, ReportKind } from '../../../contracts/report.contract.js';
import { canAdminister, canWriteReports, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { AppError, ConflictError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { safeFileName } from '../../../domain/file-name.js';
import { figureText, reportPlainText, type BlockSpan } from '../../../domain/report-body/index.js';
import type { FigureBinding } from '../../../domain/report-check/index.js';
import type { AuditStore } from '../audit/audit.types.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { OrgStore } from '../orgs/org.types.js';
import { resolveOrg } from '../stats/stats-question.service.js';
import type { Transactor } from '../transactor.js';
import { answerCharts, bindCharts, sameQuestion, type AskChart } from './report-bindings.js';
import { reportMessages as m } from './report.messages.js';
import type { ReportRecord, ReportStore } from './report-store.types.js';
import type { RenderableReport, ReportDocxWriter } from '../../word/renderable-report.js';
import type { ChartAnswer, DraftRequest, FigureEvaluator, ReportDrafter } from './report.types.js';

/** A stored report as 材料体检 reads it, with every figure bound to what the ledger answers now. */
export interface LedgerCheckInput {
  version: number;
  from: string;
  to: string;
  /** The text as the .docx reads (headings numbered, charts left out). */
  text: string;
  /** Each block's line in `text`. */
  blocks: BlockSpan[];
  figures: FigureBinding[];
}

export interface ReportStores {
  reports: ReportStore;
  orgs: OrgStore;
  audit: AuditStore;
}

/** The parts a report is made with: drafting, figure answers, chart answers and rendering, and the .docx writer. */
export interface ReportParts {
  drafter: ReportDrafter;
  evaluator: FigureEvaluator;
  render: {
    /** A chart's question asked of the statistics now, for the body to keep. */
    chartData(actor: Actor, spec: ChartSpec): Promise<ChartAnswer>;
    /** What the writer needs, charts drawn from the answers stored in the body. */
    render(actor: Actor, report: { title: string; body: ReportBody }): Promise<RenderableReport>;
  };
  writer: ReportDocxWriter;
}

const DEFAULT_PAGE_SIZE = 20;

/** The report kind that fits a unit kind, for reports created without one. */
const KIND_OF_ORG: Partial<Record<string, ReportKind>> = {
  county: 'county',
  township: 'township',
  street: 'township',
  village: 'village',
  community: 'village',
  school: 'school',
  agency: 'agency',
  enterprise: 'enterprise',
};

function toDetail(r: ReportRecord): ReportDetail {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    title: r.title,
    kind: r.kind,
    from: r.from,
    to: r.to,
    body: r.body,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedByName,
    archivedAt: r.archivedAt,
  };
}

function auditView(r: { orgId: number; title: string; kind: string; from: string; to: string; body: ReportBody }, version: number) {
  return { orgId: r.orgId, title: r.title, kind: r.kind, from: r.from, to: r.to, version, blocks: r.body.blocks.length, figures: r.body.figures.length };
}

/** A title as a file name (domain/file-name.ts), 总结材料 when nothing of it is left. */
function docxFilename(title: string): string {
  return `${safeFileName(title, '总结材料')}.docx`;
}

/**
 * Errors a body can have whatever the data: duplicate block or figure ids, references to figures
 * that do not exist, chart blocks without a chart, headings without a level, periods back to front.
 */
export function structureErrors(body: ReportBody, base: string): FieldError[] {
  const errors: FieldError[] = [];
  const blockIds = new Set<string>();
  const figureIds = new Set<string>();
  body.figures.forEach((f, i) => {
    if (figureIds.has(f.id)) errors.push({ pointer: `${base}/figures/${i}/id`, message: m.duplicateFigureId(f.id) });
    figureIds.add(f.id);
    if (f.query.from > f.query.to) errors.push({ pointer: `${base}/figures/${i}/query/to`, message: m.fromAfterTo });
  });
  body.blocks.forEach((b, i) => {
    if (blockIds.has(b.id)) errors.push({ pointer: `${base}/blocks/${i}/id`, message: m.duplicateBlockId(b.id) });
    blockIds.add(b.id);
    b.inlines.forEach((inline, j) => {
      if (inline.kind === 'figure' && !figureIds.has(inline.figureId))
        errors.push({ pointer: `${base}/blocks/${i}/inlines/${j}/figureId`, message: m.unknownFigure(inline.figureId) });
    });
    if (b.type === 'chart' && !b.chart) errors.push({ pointer: `${base}/blocks/${i}/chart`, message: m.chartMissing });
    if (b.chart && b.chart.from > b.chart.to) errors.push({ pointer: `${base}/blocks/${i}/chart/to`, message: m.fromAfterTo });
    if (b.type === 'heading' && b.level === undefined) errors.push({ pointer: `${base}/blocks/${i}/level`, message: m.headingLevelMissing });
  });
  return errors;
}

/**
 * Summary reports (总结材料): drafted from the ledger, edited with optimistic versions (every save
 * keeps the body it replaces), figures refreshed from the statistics, written as .docx, archived
 * rather than deleted. Reports belong to a unit; outside the caller's subtree they do not exist (404).
 */
export class ReportService {
  constructor(
    private readonly stores: ReportStores,
    private readonly transact: Transactor<ReportStores>,
    private readonly parts: ReportParts,
  ) {}

  /** Drafts a report for a unit of the caller's subtree from its ledger and stores it as version 1. */
  async create(actor: Actor, body: CreateReportBody, meta: RequestMeta = {}): Promise<ReportDetail> {
    requireWriter(actor);
    const request = await this.draftRequest(actor, body);
    const drafted = await this.draft(actor, request);
    const title = body.title ?? drafted.title;
    return this.transact(async (s) => {
      const id = await s.reports.insert({ ...request, title, body: drafted.body, note: m.noteDrafted, userId: actor.userId, now: new Date().toISOString() });
      const created = (await s.reports.findById(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'report.create',
        entity: 'report',
        entityId: id,
        orgUnitId: created.orgId,
        after: auditView(created, 1),
        requestId: meta.requestId ?? null,
      });
      return toDetail(created);
    });
  }

  /** Reports of the units of a subtree (default: the caller's), latest period first. */
  async list(actor: Actor, q: ListReportsQuery): Promise<ReportPage> {
    const org = await resolveOrg(actor, this.stores.orgs, q.org);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.stores.reports.list({
      path: org.path,
      archived: q.archived === 'true',
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return {
      items: items.map((r) => ({
        id: r.id,
        orgId: r.orgId,
        orgName: r.orgName,
        title: r.title,
        kind: r.kind,
        from: r.from,
        to: r.to,
        version: r.version,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        updatedBy: r.updatedByName,
        archivedAt: r.archivedAt,
      })),
      total,
      page,
      pageSize,
    };
  }

  async get(actor: Actor, id: number): Promise<ReportDetail> {
    return toDetail(await this.getInScope(actor, id));
  }

  /**
   * Saves an edited body as the next version. Figures are bindings: one whose question is unchanged
   * keeps its stored value (a client cannot type a number in); a new or re-asked one is answered
   * now; texts follow each figure's style.
   */
  async update(actor: Actor, id: number, body: UpdateReportBody, meta: RequestMeta = {}): Promise<ReportDetail> {
    requireWriter(actor);
    const current = await this.getWritable(actor, id, body.version);
    const base = '/body/body';
    const errors = [...structureErrors(body.body, base), ...(await this.scopeErrors(actor, body.body, base))];
    if (errors.length > 0) throw new InvalidError('REPORT_INVALID', errors[0]!.message, errors);
    const figures = await this.bindFigures(actor, current.body.figures, body.body.figures, base);
    const blocks = await bindCharts(current.body.blocks, body.body.blocks, this.askChart(actor), new Date().toISOString());
    const next = { title: body.title ?? current.title, body: { ...body.body, blocks, figures }, note: m.noteEdited };
    return this.saveVersion(actor, current, next, 'report.update', meta);
  }

  /** Every version, the current one first. */
  async listVersions(actor: Actor, id: number): Promise<ReportVersionList> {
    const r = await this.getInScope(actor, id);
    const earlier = await this.stores.reports.listVersions(id);
    return {
      items: [
        { version: r.version, title: r.title, savedAt: r.updatedAt, savedBy: r.updatedByName, note: r.versionNote, current: true },
        ...earlier.map((v) => ({ version: v.version, title: v.title, savedAt: v.savedAt, savedBy: v.savedByName, note: v.note, current: false })),
      ],
    };
  }

  async getVersion(actor: Actor, id: number, version: number): Promise<ReportVersion> {
    const r = await this.getInScope(actor, id);
    if (version === r.version)
      return { version, title: r.title, savedAt: r.updatedAt, savedBy: r.updatedByName, note: r.versionNote, current: true, body: r.body };
    const v = await this.stores.reports.findVersion(id, version);
    if (!v) throw new NotFoundError('REPORT_VERSION_NOT_FOUND', m.versionNotFound);
    return { version, title: v.title, savedAt: v.savedAt, savedBy: v.savedByName, note: v.note, current: false, body: v.body };
  }

  /** Makes an earlier version's title and body the next version; the current one is kept as it is. */
  async restore(actor: Actor, id: number, version: number, body: ReportActionBody, meta: RequestMeta = {}): Promise<ReportDetail> {
    requireWriter(actor);
    const current = await this.getWritable(actor, id, body?.version);
    if (version === current.version)
      throw new InvalidError('REPORT_VERSION_CURRENT', m.versionIsCurrent, [{ pointer: '/params/version', message: m.versionIsCurrent }]);
    const earlier = await this.stores.reports.findVersion(id, version);
    if (!earlier) throw new NotFoundError('REPORT_VERSION_NOT_FOUND', m.versionNotFound);
    return this.saveVersion(actor, current, { title: earlier.title, body: earlier.body, note: m.noteRestored(version) }, 'report.restore', meta, {
      restoredFrom: version,
    });
  }

  /**
   * Asks every figure's and every chart's question again and saves the answers as the next version,
   * so text and charts move together. A figure whose text changed keeps the text it had in
   * `previousText` and is listed in `changed`.
   */
  async refresh(actor: Actor, id: number, body: ReportActionBody, meta: RequestMeta = {}): Promise<RefreshedReport> {
    requireWriter(actor);
    const current = await this.getWritable(actor, id, body?.version);
    const now = new Date().toISOString();
    const errors: FieldError[] = [];
    const changed: FigureChange[] = [];
    const figures: Figure[] = [];
    for (const [i, f] of current.body.figures.entries()) {
      const value = await this.evaluate(actor, f, `/figures/${i}/query`, errors);
      if (value === undefined) continue;
      const text = safeText(f, value);
      if (text !== f.text) changed.push({ figureId: f.id, label: f.label, before: f.text, after: text });
      figures.push({ ...f, value, text, refreshedAt: now, previousText: text !== f.text ? f.text : null });
    }
    if (errors.length > 0) throw new InvalidError('REPORT_FIGURE_UNANSWERABLE', errors[0]!.message, errors);
    const blocks = await answerCharts(current.body.blocks, this.askChart(actor), now);
    const saved = await this.saveVersion(
      actor,
      current,
      { title: current.title, body: { ...current.body, blocks, figures }, note: m.noteRefreshed(changed.length) },
      'report.refresh',
      meta,
      { changed },
    );
    return { ...saved, changed };
  }

  /** The report as a GB/T 9704 .docx, named after its title; its charts show the answers stored with its figures. */
  async docx(actor: Actor, id: number): Promise<{ filename: string; content: Buffer }> {
    const r = await this.getInScope(actor, id);
    const renderable = await this.parts.render.render(actor, { title: r.title, body: r.body });
    // The file carries where it came from, so a check of it (edited or not) finds its figures again.
    const source = { report: r.id, version: r.version, from: r.from, to: r.to };
    return { filename: docxFilename(r.title), content: await this.parts.writer.write({ ...renderable, source }) };
  }

  /**
   * What 材料体检 of a stored report reads: its current text as the .docx has it and, for every
   * figure in it, the text the ledger gives now (each question asked again, nothing saved), so a
   * figure the ledger has moved away from is found. A question that can no longer be answered
   * (its unit gone from reach, its indicator removed) is passed on with the reason, not thrown.
   * Anyone who may read the report may check it.
   */
  async ledgerCheckInput(actor: Actor, id: number): Promise<LedgerCheckInput> {
    const r = await this.getInScope(actor, id);
    const plain = reportPlainText(r.body);
    const byId = new Map(r.body.figures.map((f) => [f.id, f]));
    const answers = new Map<string, { text: string } | { unanswerable: string }>();
    for (const id of new Set(plain.figures.map((p) => p.figureId))) {
      const f = byId.get(id)!;
      try {
        answers.set(id, { text: safeText(f, await this.parts.evaluator.evaluate(actor, f.query)) });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        answers.set(id, { unanswerable: err.detail });
      }
    }
    const figures = plain.figures.map(({ start, end, label, expectedText, figureId }): FigureBinding => {
      const answer = answers.get(figureId)!;
      const binding = { start, end, label: label || figureId };
      return 'text' in answer ? { ...binding, expectedText: answer.text } : { ...binding, expectedText, unanswerable: answer.unanswerable };
    });
    return { version: r.version, from: r.from, to: r.to, text: plain.text, blocks: plain.spans, figures };
  }

  /** Takes a report off the list (admins); it stays readable by id with all its versions. */
  async archive(actor: Actor, id: number, meta: RequestMeta = {}): Promise<void> {
    requirePermission(actor, canAdminister, m.archive);
    const r = await this.getInScope(actor, id);
    await this.transact(async (s) => {
      if (!(await s.reports.archive(id, { userId: actor.userId, now: new Date().toISOString() })))
        throw new ConflictError('REPORT_ARCHIVED', m.alreadyArchived);
      await s.audit.record({
        userId: actor.userId,
        action: 'report.archive',
        entity: 'report',
        entityId: id,
        orgUnitId: r.orgId,
        before: auditView(r, r.version),
        requestId: meta.requestId ?? null,
      });
    });
  }

  /** Drafts and writes a .docx without storing anything (the CLI's `shiliu report`). */
  async draftDocx(actor: Actor, body: CreateReportBody): Promise<{ title: string; figures: number; charts: number; content: Buffer }> {
    requireWriter(actor);
    const request = await this.draftRequest(actor, body);
    const drafted = await this.draft(actor, request);
    const title = body.title ?? drafted.title;
    const renderable = await this.parts.render.render(actor, { title, body: drafted.body });
    const source = { report: null, version: null, from: request.from, to: request.to };
    return { title, figures: drafted.body.figures.length, charts: renderable.charts.size, content: await this.parts.writer.write({ ...renderable, source }) };
  }

  private async draftRequest(actor: Actor, body: CreateReportBody): Promise<DraftRequest & { orgId: number }> {
    const org = await getOrgInScope(this.stores.orgs, actor, body.orgId, { message: m.orgNotFound, pointer: '/body/orgId' });
    return { orgId: org.id, from: body.from, to: body.to, kind: body.kind ?? KIND_OF_ORG[org.kind] ?? 'generic', status: body.status };
  }

  private async draft(actor: Actor, request: DraftRequest) {
    const drafted = await this.parts.drafter.draft(actor, request);
    // A drafter bug must not be stored as a report nobody can save again.
    const errors = structureErrors(drafted.body, '');
    if (errors.length > 0) throw new Error(`drafted report is malformed: ${JSON.stringify(errors)}`);
    // The charts are answered with the figures, so the stored body draws what its text says.
    const blocks = await answerCharts(drafted.body.blocks, this.askChart(actor), new Date().toISOString());
    return { title: drafted.title, body: { ...drafted.body, blocks } };
  }

  private async getInScope(actor: Actor, id: number): Promise<ReportRecord> {
    const r = await this.stores.reports.findById(id);
    if (!r || !inScope(actor, r.orgPath)) throw new NotFoundError('REPORT_NOT_FOUND', m.notFound);
    return r;
  }

  /** The report, if it can still be changed and the caller is looking at its current version. */
  private async getWritable(actor: Actor, id: number, version: number | undefined): Promise<ReportRecord> {
    const r = await this.getInScope(actor, id);
    if (r.archivedAt !== null) throw new ConflictError('REPORT_ARCHIVED', m.archived);
    if (version !== undefined && version !== r.version) throw new ConflictError('REPORT_STALE', m.stale);
    return r;
  }

  /** Writes the next version if `current` still is current, keeping `current` as a version row, audited. */
  private async saveVersion(
    actor: Actor,
    current: ReportRecord,
    next: { title: string; body: ReportBody; note: string },
    action: string,
    meta: RequestMeta,
    extra: object = {},
  ): Promise<ReportDetail> {
    return this.transact(async (s) => {
      const ok = await s.reports.save(current.id, next, { version: current.version, userId: actor.userId, now: new Date().toISOString() });
      if (!ok) throw new ConflictError('REPORT_STALE', m.stale);
      await s.reports.insertVersion(current.id, {
        version: current.version,
        title: current.title,
        body: current.body,
        savedBy: current.updatedBy,
        savedAt: current.updatedAt,
        note: current.versionNote,
      });
      const saved = (await s.reports.findById(current.id))!;
      await s.audit.record({
        userId: actor.userId,
        action,
        entity: 'report',
        entityId: current.id,
        orgUnitId: current.orgId,
        before: auditView(current, current.version),
        after: { ...auditView(saved, saved.version), ...extra },
        requestId: meta.requestId ?? null,
      });
      return toDetail(saved);
    });
  }

  /** Figures and charts may only ask about units in the caller's reach. */
  private async scopeErrors(actor: Actor, body: ReportBody, base: string): Promise<FieldError[]> {
    const asked = [
      ...body.figures.map((f, i) => ({ org: f.query.org, pointer: `${base}/figures/${i}/query/org` })),
      ...body.blocks.flatMap((b, i) => (b.chart ? [{ org: b.chart.org, pointer: `${base}/blocks/${i}/chart/org` }] : [])),
    ];
    const ids = [...new Set(asked.map((a) => a.org))];
    const found = ids.length > 0 ? await this.stores.orgs.listByIds(ids) : [];
    const reachable = new Set(found.filter((o) => inScope(actor, o.path)).map((o) => o.id));
    return asked.filter((a) => !reachable.has(a.org)).map((a) => ({ pointer: a.pointer, message: m.orgNotFound }));
  }

  private async bindFigures(actor: Actor, stored: Figure[], incoming: Figure[], base: string): Promise<Figure[]> {
    const before = new Map(stored.map((f) => [f.id, f]));
    const errors: FieldError[] = [];
    const figures: Figure[] = [];
    const now = new Date().toISOString();
    for (const [i, f] of incoming.entries()) {
      const old = before.get(f.id);
      const kept = old !== undefined && sameQuestion(old.query, f.query);
      const value = kept ? old.value : await this.evaluate(actor, f, `${base}/figures/${i}/query`, errors);
      if (value === undefined) continue;
      let text: string;
      try {
        text = kept && old.style === f.style && old.unit === f.unit ? old.text : figureText(f, value);
      } catch {
        errors.push({ pointer: `${base}/figures/${i}/style`, message: m.styleUnfit });
        continue;
      }
      figures.push({ ...f, value, text, refreshedAt: kept ? old.refreshedAt : now, previousText: kept ? f.previousText : null });
    }
    if (errors.length > 0) throw new InvalidError('REPORT_INVALID', errors[0]!.message, errors);
    return figures;
  }

  /** A chart's question asked now as the caller. */
  private askChart(actor: Actor): AskChart {
    return (spec) => this.parts.render.chartData(actor, spec);
  }

  /** A figure's answer, or undefined with the reason added to `errors` when it cannot be answered. */
  private async evaluate(actor: Actor, f: Figure, pointer: string, errors: FieldError[]): Promise<number | undefined> {
    try {
      return await this.parts.evaluator.evaluate(actor, f.query);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      errors.push({ pointer, message: m.figureUnanswerable(f.label || f.id, err.detail) });
      return undefined;
    }
  }
}

function requireWriter(actor: Actor): void {
  requirePermission(actor, canWriteReports, m.write);
}

/** A refreshed figure's text; a value its style cannot write (a ratio above 1 as a count…) falls back to plain digits. */
function safeText(f: Figure, value: number): string {
  try {
    return figureText(f, value);
  } catch {
    return `${value}${f.style === 'money' ? '元' : f.unit}`;
  }
}
