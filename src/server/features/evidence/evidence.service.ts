import type { z } from '../../../contracts/zod-locale.js';
import type { Evidence, EvidenceKind, UpdateEvidenceBodySchema } from '../../../contracts/ledger.contract.js';
import { canRecord, inScope, requirePermission, type Actor, type RequestMeta } from '../../../domain/access.js';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../../domain/errors.js';
import { canOpenEvidence } from '../../../domain/evidence-access.js';
import { sniffFileType, typeOfMime, type SniffedType } from '../../../domain/file-sniff.js';
import type { AuditStore } from '../audit/audit.types.js';
import { getOrgInScope } from '../orgs/org.service.js';
import type { OrgStore } from '../orgs/org.types.js';
import type { Transactor } from '../transactor.js';
import { toEvidence } from './evidence.mapper.js';
import { evidenceMessages as m } from './evidence.messages.js';
import type { EvidenceRecord, EvidenceStore, EvidenceWithContext } from './evidence.types.js';
import type { BlobContent, FileStore } from './file-store.js';
import { THUMBNAIL_SUFFIX, type Thumbnailer } from './thumbnails.js';

export type UpdateEvidenceBody = z.infer<typeof UpdateEvidenceBodySchema>;

export interface EvidenceStores {
  evidence: EvidenceStore;
  orgs: Pick<OrgStore, 'findById'>;
  audit: AuditStore;
}

export interface EvidenceDeps {
  files: FileStore;
  thumbnails: Thumbnailer;
}

export interface UploadInput {
  filename: string;
  bytes: Uint8Array;
  kind?: EvidenceKind | undefined;
  caption?: string | undefined;
  orgId?: number | undefined;
}

/** An opened file: its row (mime, name) and its content. */
export interface OpenedFile {
  evidence: EvidenceWithContext;
  content: BlobContent;
}

function auditView(e: EvidenceRecord) {
  return { filename: e.filename, sha256: e.sha256, size: e.size, mime: e.mime, kind: e.kind, caption: e.caption, orgId: e.orgId };
}

const FILENAME_MAX = 100;

/**
 * The name a file is stored under: the uploader's name without any path or control characters,
 * with an extension that matches what the file really is (a PNG named .jpg is saved as .png).
 */
export function storedFilename(original: string, type: SniffedType, untitled = m.untitled): string {
  const base = [...(original.split(/[\\/]/).pop() ?? '')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot + 1) : '';
  const looksLikeExtension = /^[A-Za-z0-9]{1,5}$/.test(ext);
  const stem = ((looksLikeExtension ? base.slice(0, dot) : base).replace(/\.+$/, '').trim() || untitled).slice(0, FILENAME_MAX);
  const keepExt = looksLikeExtension && type.extensions.includes(ext.toLowerCase());
  return `${stem}.${keepExt ? ext : type.extensions[0]}`;
}

/**
 * Evidence files (佐证材料): upload into the content-addressed store, open with access checks,
 * edit caption and kind. Files are attached to entries by the activities feature; nothing here
 * deletes a file or a row.
 */
export class EvidenceService {
  constructor(
    private readonly stores: EvidenceStores,
    private readonly transact: Transactor<EvidenceStores>,
    private readonly deps: EvidenceDeps,
  ) {}

  /** Uploading and editing is for clerks and admins; checked before the body is read. */
  assertCanUpload(actor: Actor): void {
    requirePermission(actor, canRecord, m.upload);
  }

  async upload(actor: Actor, input: UploadInput, meta: RequestMeta = {}): Promise<Evidence> {
    this.assertCanUpload(actor);
    const org = await getOrgInScope(this.stores.orgs, actor, input.orgId ?? actor.orgId, {
      code: 'EVIDENCE_ORG_NOT_FOUND',
      message: m.orgNotFound,
      pointer: '/query/orgId',
    });
    if (input.bytes.byteLength === 0) throw new InvalidError('FILE_EMPTY', m.empty);
    const type = sniffFileType(input.bytes);
    if (!type) throw new InvalidError('FILE_TYPE_UNSUPPORTED', m.unsupported);
    const kind = input.kind ?? (type.image ? 'photo' : 'document');
    if (kind === 'photo' && !type.image)
      throw new InvalidError('EVIDENCE_PHOTO_NOT_IMAGE', m.photoMustBeImage, [{ pointer: '/query/kind', message: m.photoMustBeImage }]);

    // Blob first, row second: a failure in between leaves an unreferenced blob (harmless, and
    // re-used by the next upload of the same bytes), never a row pointing at nothing.
    const blob = await this.deps.files.put(input.bytes);
    const hasThumbnail = type.webImage && (await this.ensureThumbnail(blob.sha256, input.bytes));
    const record = await this.transact(async (s) => {
      const created = await s.evidence.insert({
        sha256: blob.sha256,
        filename: storedFilename(input.filename, type),
        mime: type.mime,
        size: blob.size,
        kind,
        caption: input.caption ?? '',
        hasThumbnail,
        orgId: org.id,
        createdBy: actor.userId,
        createdAt: new Date().toISOString(),
      });
      await s.audit.record({
        userId: actor.userId,
        action: 'evidence.upload',
        entity: 'evidence',
        entityId: created.id,
        orgUnitId: org.id,
        after: auditView(created),
        requestId: meta.requestId ?? null,
      });
      return created;
    });
    return toEvidence(record, actor, org.path);
  }

  /** The row if it is live and its unit is inside the actor's subtree; NotFound otherwise. */
  async getInScope(actor: Actor, id: number, stores: EvidenceStores = this.stores): Promise<EvidenceWithContext> {
    const evidence = await stores.evidence.findById(id);
    if (!evidence || evidence.deletedAt !== null || !inScope(actor, evidence.orgPath)) throw new NotFoundError('EVIDENCE_NOT_FOUND', m.notFound);
    return evidence;
  }

  /** The file's bytes (or its thumbnail's) for a caller allowed to open it. */
  async open(actor: Actor, id: number, variant: 'original' | 'thumbnail'): Promise<OpenedFile> {
    const evidence = await this.getInScope(actor, id);
    this.assertCanOpen(actor, evidence);
    if (variant === 'thumbnail' && !evidence.hasThumbnail) throw new NotFoundError('EVIDENCE_NO_THUMBNAIL', m.thumbnailNotFound);
    const content = await this.deps.files.get(evidence.sha256, variant === 'thumbnail' ? THUMBNAIL_SUFFIX : undefined);
    // A row whose blob is gone is data loss on the server, not a wrong request: a logged 500.
    if (!content) throw new Error(`evidence ${id}: ${variant} blob ${evidence.sha256} is missing from the file store`);
    return { evidence, content };
  }

  /** Caption and kind; refused once the entry it belongs to is approved. */
  async update(actor: Actor, id: number, body: UpdateEvidenceBody, meta: RequestMeta = {}): Promise<Evidence> {
    this.assertCanUpload(actor);
    return this.transact(async (s) => {
      const before = await this.getInScope(actor, id, s);
      // Re-labelling a sign-in sheet would expose it: only someone who may open it may change it.
      this.assertCanOpen(actor, before);
      if (before.activityStatus === 'approved') throw new ConflictError('EVIDENCE_LOCKED', m.locked);
      if (body.kind === 'photo' && !typeOfMime(before.mime)?.image) {
        throw new InvalidError('EVIDENCE_PHOTO_NOT_IMAGE', m.photoMustBeImage, [{ pointer: '/body/kind', message: m.photoMustBeImage }]);
      }
      await s.evidence.update(id, { caption: body.caption, kind: body.kind });
      const after = (await s.evidence.findById(id))!;
      await s.audit.record({
        userId: actor.userId,
        action: 'evidence.update',
        entity: 'evidence',
        entityId: id,
        orgUnitId: after.orgId,
        before: auditView(before),
        after: auditView(after),
        requestId: meta.requestId ?? null,
      });
      return toEvidence(after, actor, after.orgPath);
    });
  }

  private assertCanOpen(actor: Actor, evidence: EvidenceWithContext): void {
    if (!canOpenEvidence(actor, evidence.kind, evidence.orgPath)) throw new ForbiddenError('EVIDENCE_SIGNIN_RESTRICTED', m.signinRestricted);
  }

  /** Thumbnails are keyed by the blob, so a re-upload of the same photo reuses the one already made. */
  private async ensureThumbnail(sha256: string, bytes: Uint8Array): Promise<boolean> {
    if (await this.deps.files.has(sha256, THUMBNAIL_SUFFIX)) return true;
    const thumbnail = await this.deps.thumbnails.make(bytes);
    if (!thumbnail) return false;
    await this.deps.files.putDerived(sha256, THUMBNAIL_SUFFIX, thumbnail);
    return true;
  }
}
