import { StoredReportCheckSchema, type StoredReportCheck } from '../../contracts/report-api.contract.js';
import { CheckResultSchema, type CheckResult } from '../../contracts/report.contract.js';
import { apiRequest } from './client.js';

/** The period a report covers, both ends or neither (YYYY-MM-DD). */
export interface CheckPeriod {
  from: string;
  to: string;
}

/** 材料体检 of pasted text; with a period, dates outside it are flagged. */
export function checkReportText(text: string, period: CheckPeriod | undefined, signal?: AbortSignal): Promise<CheckResult> {
  return apiRequest('/reports/check', CheckResultSchema, { method: 'POST', json: { text, ...period }, ...(signal && { signal }) });
}

/** 材料体检 of an uploaded .docx or .txt; the result's `text` is what the server read from it. */
export function checkReportFile(file: File, period: CheckPeriod | undefined, signal?: AbortSignal): Promise<CheckResult> {
  const form = new FormData();
  if (period) {
    form.append('from', period.from);
    form.append('to', period.to);
  }
  form.append('file', file, file.name);
  return apiRequest('/reports/check', CheckResultSchema, { method: 'POST', form, ...(signal && { signal }) });
}

/** 材料体检 of a stored report as saved: its period from the report, each figure compared with the ledger now. */
export function checkStoredReport(id: number, signal?: AbortSignal): Promise<StoredReportCheck> {
  return apiRequest(`/reports/${id}/check`, StoredReportCheckSchema, { method: 'POST', ...(signal && { signal }) });
}
