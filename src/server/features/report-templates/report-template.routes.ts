import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  FillReportTemplateBodySchema,
  ListReportTemplatesQuerySchema,
  PlaceholderListSchema,
  PlaceholderQuerySchema,
  ReportTemplateIdParamsSchema,
  ReportTemplateListSchema,
  ReportTemplateSchema,
  UploadReportTemplateFieldsSchema,
  type UploadReportTemplateFields,
} from '../../../contracts/report-template.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import { requireActor } from '../../http/auth.js';
import { contentDisposition } from '../evidence/evidence.routes.js';
import { reportTemplateMessages as m } from './report-template.messages.js';
import type { ReportTemplateService } from './report-template.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The multipart upload: `file`, optional `name` and `orgId`, fields in any order. Over the app's
 * upload limit, toBuffer() throws the multipart plugin's 413, mapped in http/problem.ts.
 */
async function readUpload(request: FastifyRequest): Promise<UploadReportTemplateFields & { filename?: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new InvalidError('TEMPLATE_NOT_MULTIPART', m.notMultipart, [{ pointer: '/body', message: m.notMultipart }]);
  const fields: Record<string, string> = {};
  let file: { filename: string; bytes: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file') file = { filename: part.filename, bytes };
    } else if (typeof part.value === 'string' && part.value !== '') {
      fields[part.fieldname] = part.value;
    }
  }
  const parsed = UploadReportTemplateFieldsSchema.safeParse({ name: fields.name, orgId: fields.orgId });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ pointer: `/body/${i.path.join('/')}`, message: i.message }));
    throw new InvalidError('TEMPLATE_FIELDS_INVALID', errors[0]!.message, errors);
  }
  if (!file) throw new InvalidError('TEMPLATE_NO_FILE', m.noFile, [{ pointer: '/body/file', message: m.noFile }]);
  return { ...parsed.data, ...file };
}

/** 自定义模板: upload an office's own .docx with placeholders, list them, fill for a unit and period, archive. */
export function reportTemplateRoutes(c: { reportTemplates: ReportTemplateService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['自定义模板'];
    const params = ReportTemplateIdParamsSchema;
    app.get(
      '/report-templates',
      {
        schema: {
          tags,
          summary: '可用的模板：本单位及下级的、上级单位的（archived=true 时为已归档的）',
          querystring: ListReportTemplatesQuerySchema,
          response: { 200: ReportTemplateListSchema },
        },
      },
      async (request) => c.reportTemplates.list(requireActor(request), request.query),
    );
    app.post(
      '/report-templates',
      {
        schema: { tags, summary: '上传模板（multipart：file 为 .docx，可附 name、orgId；占位符有误时 422 逐条列出）', response: { 201: ReportTemplateSchema } },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        c.reportTemplates.assertCanUpload(actor);
        const upload = await readUpload(request);
        return reply.status(201).send(await c.reportTemplates.upload(actor, upload, { requestId: request.id }));
      },
    );
    app.get(
      '/report-templates/placeholders',
      {
        schema: {
          tags,
          summary: '全部占位符与写法；给出 org、from、to 时附各占位符的取值',
          querystring: PlaceholderQuerySchema,
          response: { 200: PlaceholderListSchema },
        },
      },
      async (request) => c.reportTemplates.placeholders(requireActor(request), request.query),
    );
    app.get('/report-templates/sample', { schema: { tags, summary: '下载示例模板（.docx）' } }, async (request, reply) => {
      requireActor(request);
      const { filename, content } = await c.reportTemplates.sample();
      return reply.type(DOCX_TYPE).header('cache-control', 'no-store').header('content-disposition', contentDisposition('attachment', filename)).send(content);
    });
    app.get('/report-templates/:id', { schema: { tags, summary: '模板详情', params, response: { 200: ReportTemplateSchema } } }, async (request) =>
      c.reportTemplates.get(requireActor(request), request.params.id),
    );
    app.get('/report-templates/:id/file', { schema: { tags, summary: '下载上传的模板原件', params } }, async (request, reply) => {
      const { filename, content } = await c.reportTemplates.open(requireActor(request), request.params.id);
      return reply
        .type(DOCX_TYPE)
        .header('content-length', content.size)
        .header('content-disposition', contentDisposition('attachment', filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content.stream);
    });
    app.post(
      '/report-templates/:id/fill',
      { schema: { tags, summary: '按单位和报告期填写模板，下载 Word 文档（占位符已失效时 422）', params, body: FillReportTemplateBodySchema } },
      async (request, reply) => {
        const { filename, content } = await c.reportTemplates.fill(requireActor(request), request.params.id, request.body);
        return reply
          .type(DOCX_TYPE)
          .header('cache-control', 'no-store')
          .header('content-disposition', contentDisposition('attachment', filename))
          .send(content);
      },
    );
    app.post('/report-templates/:id/archive', { schema: { tags, summary: '归档（管理员；不删除，退出列表）', params } }, async (request, reply) => {
      await c.reportTemplates.archive(requireActor(request), request.params.id, { requestId: request.id });
      return reply.status(204).send();
    });
  };
}
