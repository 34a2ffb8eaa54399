import type { CreateTargetBody, Target, UpdateTargetBody } from '../../../contracts/target.contract.js';
import { canAdminister, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { hasAtMostDecimals, toDisplayValue, toStoredValue } from '../../../domain/measures.js';
import { idsOfPath, isInSubtree } from '../../../domain/org-path.js';
import type { AuditStore } from '../audit/audit.types.js';
import type { OrgStore } from '../orgs/org.types.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { Transactor } from '../transactor.js';
import { resolveOrg } from '../stats/stats-question.service.js';
import { targetMessages as m } from './target.messages.js';
import type { TargetRecord, TargetStore } from './target.types.js';

export interface TargetStores {
  targets: TargetStore;
  orgs: OrgStore;
  audit: AuditStore;
}

/** The contract view: amounts in display units, and what is counted in words. */
export function toTarget(t: TargetRecord): Target {
  const what = t.indicator ? t.indicator.name : m.entries;
  return {
    id: t.id,
    orgId: t.orgId,
    orgName: t.orgName,
    year: t.year,
    indicatorCode: t.indicator?.code ?? null,
    metricLabel: t.type ? `「${t.type.name}」${what}` : what,
    unit: t.indicator?.unit ?? m.entriesUnit,
    typeId: t.type?.id ?? null,
    typeName: t.type?.name ?? null,
    period: t.period,
    amount: toDisplayValue(t.amount, t.indicator?.scale ?? 0),
    appliesTo: t.appliesTo,
    childKind: t.childKind,
    note: t.note,
    active: t.active,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}

/**
 * A target's own unit is in reach, or it was set above the actor and reaches down to units of
 * theirs: all of them, or those of its kind (a county's target for schools concerns a township
 * with schools, not a village without one — as the list shows it).
 */
async function canSee(actor: Actor, t: TargetRecord, orgs: OrgStore): Promise<boolean> {
  if (inScope(actor, t.orgPath)) return true;
  if (t.appliesTo !== 'descendants' || !isInSubtree(actor.scope.rootPath, t.orgPath)) return false;
  if (t.childKind === null) return true;
  const units = await orgs.listSubtree(actor.scope.rootPath, { includeInactive: false });
  return units.some((u) => u.kind === t.childKind);
}

function auditView(t: TargetRecord) {
  return {
    orgId: t.orgId,
    year: t.year,
    indicator: t.indicator?.code ?? null,
    typeId: t.type?.id ?? null,
    period: t.period,
    amount: t.amount,
    appliesTo: t.appliesTo,
    childKind: t.childKind,
    note: t.note,
    active: t.active,
  };
}

/** Targets (目标任务): admins set them for their own subtree; everyone sees those that concern them. */
export class TargetService {
  constructor(
    private readonly stores: TargetStores,
    private readonly transact: Transactor<TargetStores>,
  ) {}

  /** Targets set at a unit, and those set above it that reach it (for its kind). */
  async list(actor: Actor, q: { org?: number; year?: number; includeInactive?: 'true' | 'false' }): Promise<{ items: Target[] }> {
    const org = await resolveOrg(actor, this.stores.orgs, q.org);
    const rows = await this.stores.targets.listForUnits(idsOfPath(org.path), q.year, q.includeInactive === 'true');
    const applies = (t: TargetRecord) => t.orgId === org.id || (t.appliesTo === 'descendants' && (t.childKind === null || t.childKind === org.kind));
    return { items: rows.filter(applies).map(toTarget) };
  }

  async get(actor: Actor, id: number): Promise<Target> {
    const t = await this.stores.targets.findById(id);
    if (!t || !(await canSee(actor, t, this.stores.orgs))) throw new NotFoundError('TARGET_NOT_FOUND', m.notFound);
    return toTarget(t);
  }

  async create(actor: Actor, body: CreateTargetBody, meta: RequestMeta = {}): Promise<Target> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const org = await getOrgInScope(s.orgs, actor, body.orgId, { message: m.orgNotFound, pointer: '/body/orgId' });
      const errors: Array<{ pointer: string; message: string }> = [];
      const indicator = body.indicatorCode === null ? null : await s.targets.findIndicatorByCode(body.indicatorCode);
      if (body.indicatorCode !== null && !indicator) errors.push({ pointer: '/body/indicatorCode', message: m.unknownIndicator });
      const type = body.typeId === null ? null : await s.targets.findType(body.typeId);
      if (body.typeId !== null && !type) errors.push({ pointer: '/body/typeId', message: m.unknownType });
      // A goal of 「主题班会」投入资金 could never be met: entries of that type do not record it.
      if (indicator && type && !(await s.targets.typeRecordsIndicator(type.id, indicator.id)))
        errors.push({ pointer: '/body/indicatorCode', message: m.indicatorNotOfType });
      if (body.childKind !== null && !(await s.targets.orgKindExists(body.childKind))) errors.push({ pointer: '/body/childKind', message: m.unknownKind });
      const amount = scaledAmount(body.amount, indicator?.scale ?? 0, errors);
      if (errors.length > 0) throw new InvalidError('TARGET_INVALID', errors[0]!.message, errors);
      const id = await s.targets.insert({
        orgId: org.id,
        year: body.year,
        indicatorId: indicator?.id ?? null,
        typeId: body.typeId,
        period: body.period,
        amount,
        appliesTo: body.appliesTo,
        childKind: body.childKind,
        note: body.note,
        userId: actor.userId,
        now: new Date().toISOString(),
      });
      const created = (await s.targets.findById(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'target.create',
        entity: 'target',
        entityId: id,
        orgUnitId: org.id,
        after: auditView(created),
        requestId: meta.requestId ?? null,
      });
      return toTarget(created);
    });
  }

  /** Changes amount, period or note, or retires a target; targets set above the admin's unit are out of reach (404). */
  async update(actor: Actor, id: number, body: UpdateTargetBody, meta: RequestMeta = {}): Promise<Target> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const before = await s.targets.findById(id);
      if (!before || !inScope(actor, before.orgPath)) throw new NotFoundError('TARGET_NOT_FOUND', m.notFound);
      const errors: Array<{ pointer: string; message: string }> = [];
      const amount = body.amount === undefined ? undefined : scaledAmount(body.amount, before.indicator?.scale ?? 0, errors);
      if (errors.length > 0) throw new InvalidError('TARGET_INVALID', errors[0]!.message, errors);
      const ok = await s.targets.update(
        id,
        {
          ...(amount !== undefined && { amount }),
          ...(body.period && { period: body.period }),
          ...(body.note !== undefined && { note: body.note }),
          ...(body.active !== undefined && { active: body.active }),
        },
        { version: body.version, userId: actor.userId, now: new Date().toISOString() },
      );
      if (!ok) throw new ConflictError('TARGET_STALE', m.stale);
      const after = (await s.targets.findById(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'target.update',
        entity: 'target',
        entityId: id,
        orgUnitId: after.orgId,
        before: auditView(before),
        after: auditView(after),
        requestId: meta.requestId ?? null,
      });
      return toTarget(after);
    });
  }
}

/** Display amount → stored integer (money in 分), refusing fractions a count cannot have. */
function scaledAmount(amount: number, scale: number, errors: Array<{ pointer: string; message: string }>): number {
  // Checked as the ledger checks its measures: amount·100 itself is inexact (139213285.7 × 100 =
  // 13921328569.999998), but rounding it and dividing back gives the double nearest the same decimal.
  if (!hasAtMostDecimals(amount, scale)) errors.push({ pointer: '/body/amount', message: scale === 0 ? m.wholeNumber : m.twoDecimals });
  return toStoredValue(amount, scale);
}
