import type { Campaign, CreateCampaignBody, UpdateCampaignBody } from '../../../contracts/catalogue.contract.js';
import { canAdminister, canSeeCampaign, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { Transactor } from '../transactor.js';
import { catalogueMessages as m } from './catalogue.messages.js';
import type { CampaignRecord, CatalogueStores } from './catalogue.types.js';
import { toCampaign } from './catalogue.view.js';

function auditView(c: CampaignRecord) {
  return { orgId: c.orgId, name: c.name, startDate: c.startDate, endDate: c.endDate, active: c.active };
}

/**
 * Campaign periods (活动周期) defined per unit; part of the catalogue. Users see them as
 * `canSeeCampaign` says; only admins edit, and only campaigns of units inside their own subtree.
 */
export class CampaignService {
  constructor(
    private readonly stores: CatalogueStores,
    private readonly transact: Transactor<CatalogueStores>,
  ) {}

  /** A campaign the actor can see (their path or subtree); NotFound otherwise. */
  async get(actor: Actor, id: number): Promise<Campaign> {
    const campaign = await this.stores.catalogue.findCampaign(id);
    if (!campaign || !canSeeCampaign(actor, campaign.orgPath)) throw new NotFoundError('CAMPAIGN_NOT_FOUND', m.campaignNotFound);
    return toCampaign(campaign);
  }

  async create(actor: Actor, body: CreateCampaignBody, meta: RequestMeta = {}): Promise<Campaign> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const org = await getOrgInScope(s.orgs, actor, body.orgId, { code: 'CAMPAIGN_ORG_NOT_FOUND', message: m.orgNotFound, pointer: '/body/orgId' });
      if (!org.active) throw new ConflictError('CAMPAIGN_ORG_INACTIVE', m.orgInactive, [{ pointer: '/body/orgId', message: m.orgInactive }]);
      const created = await s.catalogue.insertCampaign({ orgId: org.id, name: body.name, startDate: body.startDate, endDate: body.endDate });
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.campaign.create',
        entity: 'campaign',
        entityId: created.id,
        orgUnitId: org.id,
        after: auditView(created),
        requestId: meta.requestId ?? null,
      });
      return toCampaign(created);
    });
  }

  /** Edits a campaign of the admin's own subtree; an ancestor's campaign is outside their reach (404). */
  async update(actor: Actor, id: number, body: UpdateCampaignBody, meta: RequestMeta = {}): Promise<Campaign> {
    requirePermission(actor, canAdminister, m.manage);
    return this.transact(async (s) => {
      const before = await s.catalogue.findCampaign(id);
      if (!before || !inScope(actor, before.orgPath)) throw new NotFoundError('CAMPAIGN_NOT_FOUND', m.campaignNotFound);
      const start = body.startDate ?? before.startDate;
      const end = body.endDate ?? before.endDate;
      if (end < start) {
        const pointer = body.endDate !== undefined ? '/body/endDate' : '/body/startDate';
        throw new InvalidError('CAMPAIGN_DATES', m.endBeforeStart, [{ pointer, message: m.endBeforeStart }]);
      }
      await s.catalogue.updateCampaign(id, { name: body.name, startDate: body.startDate, endDate: body.endDate, active: body.active });
      const after = (await s.catalogue.findCampaign(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'catalogue.campaign.update',
        entity: 'campaign',
        entityId: id,
        orgUnitId: after.orgId,
        before: auditView(before),
        after: auditView(after),
        requestId: meta.requestId ?? null,
      });
      return toCampaign(after);
    });
  }
}
