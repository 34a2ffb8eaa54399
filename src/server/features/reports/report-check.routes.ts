import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CheckResultSchema, CheckTextBodySchema, type CheckTextBody } from '../../../contracts/report.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import type { Container } from '../../container.js';
import { requireActor } from '../../http/auth.js';
import { reportCheckMessages as m } from './report-check.messages.js';
import type { ReportCheckService } from './report-check.service.js';

// 500,000 characters of Chinese are 1.5 MB of JSON; twice that leaves room for escapes.
const JSON_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * A multipart upload (field `file`, optional `from` and `to`; or a `text` field) read into the same
 * body as the JSON form, so one contract validates both. The size limit is the app's multipart
 * limit: over it, toBuffer() throws the plugin's 413, mapped in http/problem.ts.
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
  return { text: file ? service.textOfFile(file) : pasted, from: fields.get('from'), to: fields.get('to') };
}

export function reportCheckRoutes(c: Container): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/reports/check',
      {
        bodyLimit: JSON_BODY_LIMIT,
        schema: {
          tags: ['总结报告'],
          summary: '材料体检：检查粘贴的文字（JSON），或上传的 .docx/.txt（multipart 字段 file，可附 from、to 报告期）',
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
      async (request) => c.reportCheck.check(request.body),
    );
  };
}
