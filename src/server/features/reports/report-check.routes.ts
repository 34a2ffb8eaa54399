import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReportIdParamsSchema, StoredReportCheckSchema } from '../../../contracts/report-api.contract.js';
import { CheckResultSchema, CheckTextBodySchema, type CheckTextBody } from '../../../contracts/report.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import type { FigureMark } from '../../../domain/report-check/index.js';
import { requireActor } from '../../http/auth.js';
import { reportCheckMessages as m } from './report-check.messages.js';
import { uploadPeriod, type ReportCheckService } from './report-check.service.js';
import type { ReportService } from './report.service.js';

// 500,000 characters of Chinese are 1.5 MB of JSON; twice that leaves room for escapes.
const JSON_BODY_LIMIT = 4 * 1024 * 1024;

/** The figure marks of an uploaded Shiliu .docx, from reading the upload (before validation) to the handler. */
const uploadedMarks = new WeakMap<FastifyRequest, FigureMark[]>();

/**
 * A multipart upload (field `file`, optional `from` and `to`; or a `text` field) read into the same
 * body as the JSON form, so one contract validates both. A .docx Shiliu wrote lends its period when
 * none was given, and its figure marks. The size limit is the app's multipart limit: over it,
 * toBuffer() throws the plugin's 413, mapped in http/problem.ts.
 */
async function uploadedBody(request: FastifyRequest, service: ReportCheckService): Promise<Partial<CheckTextBody>> {
  const fields = new Map<string, string>();
  let file: Buffer | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file') file = bytes;
    } else if (typeof part.value === 'string' && part.value !== '') {
      fields.set(part.fieldname, part.value);
    }
  }
  const pasted = fields.get('text');
  if (file && pasted !== undefined) throw new InvalidError('CHECK_FILE_AND_TEXT', m.fileAndText);
  if (!file && pasted === undefined) throw new InvalidError('CHECK_NO_FILE', m.noFile);
  const given = { from: fields.get('from'), to: fields.get('to') };
  if (!file) return { text: pasted, ...given };
  const upload = service.readUpload(file);
  if (upload.stamp) uploadedMarks.set(request, upload.stamp.figures);
  return { text: upload.text, ...uploadPeriod(given, upload) };
}

export function reportCheckRoutes(c: { reports: ReportService; reportCheck: ReportCheckService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/reports/check',
      {
        bodyLimit: JSON_BODY_LIMIT,
        schema: {
          tags: ['总结报告'],
          summary:
            '材料体检：检查粘贴的文字（JSON），或上传的 .docx/.txt（multipart 字段 file，可附 from、to 报告期；石榴导出的 .docx 默认用其报告期，并核对数字是否被改写）',
          body: CheckTextBodySchema,
          response: { 200: CheckResultSchema },
        },
        // Before validation: a signed-out caller is told so before any upload is read, and an
        // upload becomes the body the schema then checks.
        preValidation: async (request) => {
          requireActor(request);
          if (request.isMultipart()) request.body = (await uploadedBody(request, c.reportCheck)) as CheckTextBody;
        },
      },
      async (request) => c.reportCheck.check(request.body, uploadedMarks.get(request)),
    );
    app.post(
      '/reports/:id/check',
      {
        schema: {
          tags: ['总结报告'],
          summary: '材料体检：检查已保存的总结材料（报告期内的日期，数字按台账最新数据逐个核对）',
          params: ReportIdParamsSchema,
          response: { 200: StoredReportCheckSchema },
        },
      },
      async (request) => c.reportCheck.checkStored(await c.reports.ledgerCheckInput(requireActor(request), request.params.id)),
    );
  };
}
