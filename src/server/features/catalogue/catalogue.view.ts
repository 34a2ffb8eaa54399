import type { Campaign } from '../../../contracts/catalogue.contract.js';
import type { CampaignRecord } from './catalogue.types.js';

/** A campaign period as the API shows it (shared by the catalogue listing and the campaign service). */
export function toCampaign(c: CampaignRecord): Campaign {
  return { id: c.id, orgId: c.orgId, orgName: c.orgName, name: c.name, startDate: c.startDate, endDate: c.endDate, active: c.active };
}
