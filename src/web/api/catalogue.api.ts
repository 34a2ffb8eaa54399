import {
  CatalogueSchema,
  type Catalogue,
  type CreateActivityTypeBody,
  type CreateCampaignBody,
  type CreateIndicatorBody,
  type CreateTagBody,
  type UpdateActivityTypeBody,
  type UpdateCampaignBody,
  type UpdateIndicatorBody,
  type UpdateTagBody,
} from '../../contracts/catalogue.contract.js';
import { apiRequest, apiSend } from './client.js';

/** Indicators, activity types, tags and campaign periods in one answer; `includeInactive` adds switched-off ones (for labels of old entries, and the settings page). */
export function getCatalogue(includeInactive: boolean, signal?: AbortSignal): Promise<Catalogue> {
  return apiRequest('/catalogue', CatalogueSchema, { query: { includeInactive: includeInactive || undefined }, ...(signal && { signal }) });
}

// The settings page reloads the whole catalogue after every edit (types list indicators, tags
// feed the entry form), so the admin calls below do not depend on what the server answers with.

export function createIndicator(body: CreateIndicatorBody): Promise<void> {
  return apiSend('/catalogue/indicators', { method: 'POST', json: body });
}

export function updateIndicator(id: number, body: UpdateIndicatorBody): Promise<void> {
  return apiSend(`/catalogue/indicators/${id}`, { method: 'PATCH', json: body });
}

export function createActivityType(body: CreateActivityTypeBody): Promise<void> {
  return apiSend('/catalogue/types', { method: 'POST', json: body });
}

export function updateActivityType(id: number, body: UpdateActivityTypeBody): Promise<void> {
  return apiSend(`/catalogue/types/${id}`, { method: 'PATCH', json: body });
}

export function createTag(body: CreateTagBody): Promise<void> {
  return apiSend('/catalogue/tags', { method: 'POST', json: body });
}

export function updateTag(id: number, body: UpdateTagBody): Promise<void> {
  return apiSend(`/catalogue/tags/${id}`, { method: 'PATCH', json: body });
}

export function createCampaign(body: CreateCampaignBody): Promise<void> {
  return apiSend('/catalogue/campaigns', { method: 'POST', json: body });
}

export function updateCampaign(id: number, body: UpdateCampaignBody): Promise<void> {
  return apiSend(`/catalogue/campaigns/${id}`, { method: 'PATCH', json: body });
}
