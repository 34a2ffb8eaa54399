import {
  ReportDetailSchema,
  ReportPageSchema,
  ReportVersionListSchema,
  RefreshedReportSchema,
  type ReportDetail,
  type ReportPage,
  type ReportVersionSummary,
  type RefreshedReport,
  type UpdateReportBody,
} from '../../contracts/report-api.contract.js';
import type { CreateReportBody } from '../../contracts/report.contract.js';
import { apiDownload, apiRequest, apiSend } from './client.js';

export interface ListReportsParams {
  org?: number;
  archived?: boolean;
  page?: number;
  pageSize?: number;
}

/** Reports of a unit and of every unit below it, newest first. */
export function listReports(params: ListReportsParams, signal?: AbortSignal): Promise<ReportPage> {
  const query = { org: params.org, archived: params.archived ? 'true' : undefined, page: params.page, pageSize: params.pageSize };
  return apiRequest('/reports', ReportPageSchema, { query, ...(signal && { signal }) });
}

/** Drafts a report from the ledger and statistics (201): blocks with figures bound to their questions. */
export function createReport(body: CreateReportBody): Promise<ReportDetail> {
  return apiRequest('/reports', ReportDetailSchema, { method: 'POST', json: body });
}

export function getReport(id: number, signal?: AbortSignal): Promise<ReportDetail> {
  return apiRequest(`/reports/${id}`, ReportDetailSchema, { ...(signal && { signal }) });
}

/** Saves the edited title and body; a 409 means someone (or another window) saved since `version`. */
export function saveReport(id: number, body: UpdateReportBody): Promise<ReportDetail> {
  return apiRequest(`/reports/${id}`, ReportDetailSchema, { method: 'PUT', json: body });
}

/** Every saved version, the current one first. */
export async function listReportVersions(id: number, signal?: AbortSignal): Promise<ReportVersionSummary[]> {
  return (await apiRequest(`/reports/${id}/versions`, ReportVersionListSchema, { ...(signal && { signal }) })).items;
}

/** Makes an earlier version current again (as a new version); `current` is the version on screen. */
export function restoreReportVersion(id: number, version: number, current: number): Promise<ReportDetail> {
  return apiRequest(`/reports/${id}/versions/${version}/restore`, ReportDetailSchema, { method: 'POST', json: { version: current } });
}

/** Asks every figure's question again; `changed` lists the figures whose text moved. */
export function refreshReport(id: number, current: number): Promise<RefreshedReport> {
  return apiRequest(`/reports/${id}/refresh`, RefreshedReportSchema, { method: 'POST', json: { version: current } });
}

/** The report as a 公文-format .docx. */
export function downloadReportDocx(id: number): Promise<{ blob: Blob; filename: string | undefined }> {
  return apiDownload(`/reports/${id}/docx`);
}

/** Takes a report out of the list (admins); nothing is deleted, and it stays readable under 已归档. */
export function archiveReport(id: number): Promise<void> {
  return apiSend(`/reports/${id}/archive`, { method: 'POST' });
}
