import {
  PlaceholderListSchema,
  ReportTemplateListSchema,
  ReportTemplateSchema,
  type FillReportTemplateBody,
  type PlaceholderList,
  type PlaceholderQuery,
  type ReportTemplate,
} from '../../contracts/report-template.contract.js';
import { apiDownload, apiRequest, apiSend, buildUrl } from './client.js';

/** A sample template (.docx) with the common placeholders in place, as a starting point. */
export const REPORT_TEMPLATE_SAMPLE_URL = buildUrl('/report-templates/sample');

/** The templates the user may fill (their unit's and those of the units above), or the archived ones. */
export async function listReportTemplates(params: { archived?: boolean }, signal?: AbortSignal): Promise<ReportTemplate[]> {
  const query = { archived: params.archived ? 'true' : undefined };
  return (await apiRequest('/report-templates', ReportTemplateListSchema, { query, ...(signal && { signal }) })).items;
}

export function getReportTemplate(id: number, signal?: AbortSignal): Promise<ReportTemplate> {
  return apiRequest(`/report-templates/${id}`, ReportTemplateSchema, { ...(signal && { signal }) });
}

export interface UploadReportTemplateOptions {
  /** Defaults on the server to the file name without .docx. */
  name?: string;
  /** The owning unit; defaults on the server to the uploader's own unit. */
  orgId?: number;
}

/**
 * Uploads a .docx template (201). A template whose tags do not parse or name unknown placeholders
 * is refused with 422, one error per problem at `/body/file`.
 */
export function uploadReportTemplate(file: File, options: UploadReportTemplateOptions, signal?: AbortSignal): Promise<ReportTemplate> {
  const form = new FormData();
  // Fields first: a streaming multipart reader only sees the fields that come before the file.
  if (options.name) form.append('name', options.name);
  if (options.orgId !== undefined) form.append('orgId', String(options.orgId));
  form.append('file', file, file.name);
  return apiRequest('/report-templates', ReportTemplateSchema, { method: 'POST', form, ...(signal && { signal }) });
}

/** Every placeholder a template may use; with a unit and a period, each with its value there. */
export function listPlaceholders(query: PlaceholderQuery, signal?: AbortSignal): Promise<PlaceholderList> {
  return apiRequest('/report-templates/placeholders', PlaceholderListSchema, { query: { ...query }, ...(signal && { signal }) });
}

/** The template's original .docx, as uploaded. */
export function downloadReportTemplateFile(id: number): Promise<{ blob: Blob; filename: string | undefined }> {
  return apiDownload(`/report-templates/${id}/file`);
}

/** The template filled with the figures of a unit and a period (422 if it names placeholders that no longer exist). */
export function fillReportTemplate(id: number, body: FillReportTemplateBody): Promise<{ blob: Blob; filename: string | undefined }> {
  return apiDownload(`/report-templates/${id}/fill`, { method: 'POST', json: body });
}

/** Takes a template off the list (admins); nothing is deleted, and it stays under 已归档. */
export function archiveReportTemplate(id: number): Promise<void> {
  return apiSend(`/report-templates/${id}/archive`, { method: 'POST' });
}
