import type { Evidence, EvidenceKind } from '../../../contracts/ledger.contract.js';

/** An evidence file in the entry form: uploading, uploaded (with the server's copy), or failed. */
export interface EvidenceDraft {
  uid: string;
  status: 'uploading' | 'done' | 'error';
  filename: string;
  size: number;
  isImage: boolean;
  /** A local preview of a photo that is still on its way up. */
  previewUrl?: string;
  evidence?: Evidence;
  kind: EvidenceKind;
  caption: string;
  error?: string;
}

export const EVIDENCE_MAX_MB = 20;
export const EVIDENCE_ACCEPT = 'image/*,.pdf,.docx,.xlsx';
// What the server accepts; HEIC is what iPhones take photos in.
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif'];
const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx'];

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

export function isImageFile(file: { name: string; type: string }): boolean {
  return file.type.startsWith('image/') || IMAGE_EXTENSIONS.includes(extensionOf(file.name));
}

/** Why a file cannot be uploaded, in Chinese; undefined when it can. */
export function rejectEvidenceFile(file: { name: string; type: string; size: number }): string | undefined {
  const ext = extensionOf(file.name);
  const known = IMAGE_EXTENSIONS.includes(ext) || DOCUMENT_EXTENSIONS.includes(ext) || (ext === '' && file.type.startsWith('image/'));
  if (!known) return `「${file.name}」格式不支持，请上传照片（jpg、png、webp、heic）或 pdf、docx、xlsx 文件`;
  if (file.size > EVIDENCE_MAX_MB * 1024 * 1024) return `「${file.name}」超过${EVIDENCE_MAX_MB}MB，请压缩后再上传`;
  return undefined;
}

/** Photos default to 照片, everything else to 文档; the clerk marks sign-in sheets themselves. */
export function defaultKindOf(file: { name: string; type: string }): EvidenceKind {
  return isImageFile(file) ? 'photo' : 'document';
}

/** Uploaded files whose caption or kind was edited after upload, to be saved with the entry. */
export function evidenceChanges(drafts: readonly EvidenceDraft[]): { id: number; caption?: string; kind?: EvidenceKind }[] {
  return drafts.flatMap((d) => {
    if (d.status !== 'done' || !d.evidence) return [];
    const caption = d.caption.trim();
    const change = {
      ...(caption !== d.evidence.caption && { caption }),
      ...(d.kind !== d.evidence.kind && { kind: d.kind }),
    };
    return Object.keys(change).length > 0 ? [{ id: d.evidence.id, ...change }] : [];
  });
}

/** An evidence file already attached to an entry, as the form shows it. */
export function draftOfEvidence(evidence: Evidence): EvidenceDraft {
  return {
    uid: `evidence-${evidence.id}`,
    status: 'done',
    filename: evidence.filename,
    size: evidence.size,
    isImage: evidence.mime.startsWith('image/'),
    evidence,
    kind: evidence.kind,
    caption: evidence.caption,
  };
}

/** 1.2 MB, 850 KB: how big a file is, for the upload list. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
