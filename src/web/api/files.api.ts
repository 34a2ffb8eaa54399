import { EvidenceSchema, type Evidence, type EvidenceKind } from '../../contracts/ledger.contract.js';
import { apiRequest, apiSend } from './client.js';

export interface UploadEvidenceOptions {
  kind: EvidenceKind;
  caption?: string;
  /** The unit the file belongs to; the server defaults to the uploader's own unit. */
  orgId?: number;
}

/** Uploads one evidence file; it is attached to an entry when the entry is saved with its id. */
export function uploadEvidence(file: File, options: UploadEvidenceOptions, signal?: AbortSignal): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = { kind: options.kind, caption: options.caption || undefined, orgId: options.orgId };
  return apiRequest('/files', EvidenceSchema, { method: 'POST', query, form, ...(signal && { signal }) });
}

export function updateEvidence(id: number, body: { caption?: string; kind?: EvidenceKind }): Promise<void> {
  return apiSend(`/files/${id}`, { method: 'PATCH', json: body });
}
