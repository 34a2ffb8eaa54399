import { z } from '../../contracts/zod-locale.js';
import {
  DeactivateResultSchema,
  ImportOrgsResultSchema,
  OrgKindSchema,
  OrgListSchema,
  OrgUnitDetailSchema,
  OrgUnitSchema,
  type CreateOrgBody,
  type ImportOrgsResult,
  type OrgKind,
  type OrgSearchHit,
  type OrgUnit,
  type OrgUnitDetail,
  type UpdateOrgBody,
} from '../../contracts/org.contract.js';
import { apiRequest, apiSend, buildUrl } from './client.js';

const OrgKindListSchema = z.object({ items: z.array(OrgKindSchema) });

/** Where the browser downloads the org import template (a plain link, so the file saves normally). */
export const ORG_IMPORT_TEMPLATE_URL = buildUrl('/orgs/import-template.xlsx');

export async function listOrgKinds(signal?: AbortSignal): Promise<OrgKind[]> {
  return (await apiRequest('/org-kinds', OrgKindListSchema, { ...(signal && { signal }) })).items;
}

/** Children of `parentId`; without it, the caller's own unit as the single top entry. */
export async function listOrgChildren(parentId: number | undefined, includeInactive: boolean, signal?: AbortSignal): Promise<OrgSearchHit[]> {
  const query = { parentId, includeInactive };
  return (await apiRequest('/orgs', OrgListSchema, { query, ...(signal && { signal }) })).items;
}

/** Units of the caller's subtree whose name contains `q`, each with its chain of names for display. */
export async function searchOrgs(q: string, includeInactive: boolean, signal?: AbortSignal): Promise<OrgSearchHit[]> {
  return (await apiRequest('/orgs', OrgListSchema, { query: { q, includeInactive }, ...(signal && { signal }) })).items;
}

export function getOrg(id: number, signal?: AbortSignal): Promise<OrgUnitDetail> {
  return apiRequest(`/orgs/${id}`, OrgUnitDetailSchema, { ...(signal && { signal }) });
}

export function createOrg(body: CreateOrgBody): Promise<OrgUnit> {
  return apiRequest('/orgs', OrgUnitSchema, { method: 'POST', json: body });
}

export function updateOrg(id: number, body: UpdateOrgBody): Promise<OrgUnit> {
  return apiRequest(`/orgs/${id}`, OrgUnitSchema, { method: 'PATCH', json: body });
}

export function moveOrg(id: number, parentId: number): Promise<OrgUnit> {
  return apiRequest(`/orgs/${id}/move`, OrgUnitSchema, { method: 'POST', json: { parentId } });
}

/** Deactivates the unit and its whole subtree; answers how many units were deactivated. */
export async function deactivateOrg(id: number): Promise<number> {
  return (await apiRequest(`/orgs/${id}/deactivate`, DeactivateResultSchema, { method: 'POST' })).deactivated;
}

export function deleteOrg(id: number): Promise<void> {
  return apiSend(`/orgs/${id}`, { method: 'DELETE' });
}

/** Uploads an .xlsx/.csv of units; with dryRun nothing is saved. All rows succeed or none do. */
export function importOrgs(file: File, dryRun: boolean): Promise<ImportOrgsResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest('/orgs/import', ImportOrgsResultSchema, { method: 'POST', query: { dryRun }, form });
}
