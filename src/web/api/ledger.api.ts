import {
  ActivityPageSchema,
  ActivitySchema,
  HistorySchema,
  ImportActivitiesResultSchema,
  type Activity,
  type ACTIVITY_SORTS,
  type ActivityPage,
  type ActivityStatus,
  type CreateActivityBody,
  type HistoryEntry,
  type ImportActivitiesResult,
  type UpdateActivityBody,
} from '../../contracts/ledger.contract.js';
import { apiDownload, apiRequest, apiSend, buildUrl, type DownloadProgress } from './client.js';

export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

/** What the list can be narrowed by; lists travel as comma-separated ids on the wire. */
export interface ActivityListParams {
  orgId?: number;
  typeId?: number;
  from?: string;
  to?: string;
  status?: readonly ActivityStatus[];
  tagIds?: readonly number[];
  hasEvidence?: boolean;
  q?: string;
  deleted?: boolean;
  sort?: ActivitySort;
  page?: number;
  pageSize?: number;
}

function toQuery(p: ActivityListParams): Record<string, string | number | undefined> {
  return {
    orgId: p.orgId,
    typeId: p.typeId,
    from: p.from,
    to: p.to,
    status: p.status?.length ? p.status.join(',') : undefined,
    tagIds: p.tagIds?.length ? p.tagIds.join(',') : undefined,
    hasEvidence: p.hasEvidence ? 'true' : undefined,
    q: p.q,
    deleted: p.deleted ? 'true' : undefined,
    sort: p.sort,
    page: p.page,
    pageSize: p.pageSize,
  };
}

/** Where the browser downloads the ledger import template (a plain link, so the file saves normally). */
export const ACTIVITY_IMPORT_TEMPLATE_URL = buildUrl('/activities/import-template.xlsx');

/** The Excel export of everything the filters match (all pages), with progress as it arrives. */
export function exportActivities(params: ActivityListParams, onProgress: (p: DownloadProgress) => void, signal?: AbortSignal) {
  return apiDownload('/activities/export.xlsx', { query: toQuery({ ...params, page: undefined, pageSize: undefined }), onProgress, ...(signal && { signal }) });
}

export function listActivities(params: ActivityListParams, signal?: AbortSignal): Promise<ActivityPage> {
  return apiRequest('/activities', ActivityPageSchema, { query: toQuery(params), ...(signal && { signal }) });
}

/** A reviewer's queue: submitted entries of their subtree not entered by themselves, oldest first. */
export function listReviewQueue(params: ActivityListParams, signal?: AbortSignal): Promise<ActivityPage> {
  return apiRequest('/review-queue', ActivityPageSchema, { query: toQuery(params), ...(signal && { signal }) });
}

export async function countReviewQueue(signal?: AbortSignal): Promise<number> {
  return (await listReviewQueue({ page: 1, pageSize: 1 }, signal)).total;
}

export function getActivity(id: number, signal?: AbortSignal): Promise<Activity> {
  return apiRequest(`/activities/${id}`, ActivitySchema, { ...(signal && { signal }) });
}

export function createActivity(body: CreateActivityBody): Promise<Activity> {
  return apiRequest('/activities', ActivitySchema, { method: 'POST', json: body });
}

/** Saves changes made from `body.version`; a 409 ACTIVITY_STALE means someone else saved in between. */
export function updateActivity(id: number, body: UpdateActivityBody): Promise<Activity> {
  return apiRequest(`/activities/${id}`, ActivitySchema, { method: 'PATCH', json: body });
}

/** A soft delete: the entry moves to the recycle bin, from which an admin can restore it. */
export function deleteActivity(id: number): Promise<void> {
  return apiSend(`/activities/${id}`, { method: 'DELETE' });
}

// Workflow steps answer with the changed entry or nothing; callers reload the entry either way,
// so these do not depend on the answer's shape.

export function restoreActivity(id: number): Promise<void> {
  return apiSend(`/activities/${id}/restore`, { method: 'POST' });
}

export function submitActivity(id: number): Promise<void> {
  return apiSend(`/activities/${id}/submit`, { method: 'POST' });
}

export function approveActivity(id: number): Promise<void> {
  return apiSend(`/activities/${id}/approve`, { method: 'POST' });
}

export function returnActivity(id: number, reason: string): Promise<void> {
  return apiSend(`/activities/${id}/return`, { method: 'POST', json: { reason } });
}

export function reopenActivity(id: number, reason: string): Promise<void> {
  return apiSend(`/activities/${id}/reopen`, { method: 'POST', json: { reason } });
}

export async function listActivityHistory(id: number, signal?: AbortSignal): Promise<HistoryEntry[]> {
  return (await apiRequest(`/activities/${id}/history`, HistorySchema, { ...(signal && { signal }) })).items;
}

/** Uploads an .xlsx ledger; with dryRun nothing is saved. All rows succeed or none do; `submit` sends them for review. */
export function importActivities(file: File, options: { dryRun: boolean; submit: boolean }): Promise<ImportActivitiesResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest('/activities/import', ImportActivitiesResultSchema, { method: 'POST', query: { dryRun: options.dryRun, submit: options.submit }, form });
}
