import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EvidenceIdParamsSchema, EvidenceSchema, UpdateEvidenceBodySchema, UploadEvidenceQuerySchema } from '../../../contracts/ledger.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import { typeOfMime } from '../../../domain/file-sniff.js';
import { requireActor } from '../../http/auth.js';
import { evidenceMessages as m } from './evidence.messages.js';
import type { OpenedFile, EvidenceService } from './evidence.service.js';

/**
 * RFC 6266 / 5987: an ASCII fallback for old clients, and the real (often Chinese) name as UTF-8.
 * encodeURIComponent leaves ' ( ) * unescaped, which are not allowed in an ext-value.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function sendFile(reply: FastifyReply, opened: OpenedFile, variant: 'original' | 'thumbnail') {
  const { evidence, content } = opened;
  const thumbnail = variant === 'thumbnail';
  // Office files open in their own application; images and PDFs display in the browser.
  const kind = typeOfMime(evidence.mime)?.kind;
  const inline = thumbnail || (kind !== 'docx' && kind !== 'xlsx');
  const filename = thumbnail ? `${evidence.filename}.jpg` : evidence.filename;
  return (
    reply
      .type(thumbnail ? 'image/jpeg' : evidence.mime)
      .header('content-length', content.size)
      .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', filename))
      .header('x-content-type-options', 'nosniff')
      // Sign-in sheets carry names: never left in a browser cache on a shared office computer.
      .header('cache-control', evidence.kind === 'signin_sheet' ? 'private, no-store' : 'private, max-age=3600')
      .send(content.stream)
  );
}

export function evidenceRoutes(c: { evidence: EvidenceService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['佐证材料'];
    const params = EvidenceIdParamsSchema;

    app.post(
      '/files',
      {
        schema: {
          tags,
          summary: '上传佐证材料（multipart 字段 file；按内容识别类型）',
          querystring: UploadEvidenceQuerySchema,
          response: { 201: EvidenceSchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        c.evidence.assertCanUpload(actor);
        if (!request.isMultipart()) throw new InvalidError('FILE_NOT_MULTIPART', m.notMultipart);
        const file = await request.file();
        if (!file || file.fieldname !== 'file') throw new InvalidError('FILE_MISSING', m.noFile);
        // Over the size limit, toBuffer() throws the multipart plugin's 413, mapped in http/problem.ts.
        const bytes = await file.toBuffer();
        const evidence = await c.evidence.upload(actor, { filename: file.filename, bytes, ...request.query }, { requestId: request.id });
        return reply.status(201).send(evidence);
      },
    );

    app.get('/files/:id', { schema: { tags, summary: '下载/查看文件', params } }, async (request, reply) =>
      sendFile(reply, await c.evidence.open(requireActor(request), request.params.id, 'original'), 'original'),
    );

    app.get('/files/:id/thumbnail', { schema: { tags, summary: '缩略图（JPEG）', params } }, async (request, reply) =>
      sendFile(reply, await c.evidence.open(requireActor(request), request.params.id, 'thumbnail'), 'thumbnail'),
    );

    app.patch(
      '/files/:id',
      { schema: { tags, summary: '修改说明或类别', params, body: UpdateEvidenceBodySchema, response: { 200: EvidenceSchema } } },
      async (request) => c.evidence.update(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );
  };
}
