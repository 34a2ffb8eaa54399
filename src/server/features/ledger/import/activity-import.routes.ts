import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ImportActivitiesQuerySchema, ImportActivitiesResultSchema } from '../../../../contracts/ledger.contract.js';
import { InvalidError } from '../../../../domain/errors.js';
import { requireActor } from '../../../http/auth.js';
import { parseActivityImportFile } from './activity-import.file.js';
import { buildActivityImportTemplate } from './activity-import.template.js';
import { importMessages as m } from './import.messages.js';
import type { ActivityImportService } from './activity-import.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function activityImportRoutes(c: { activityImport: ActivityImportService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['活动台账'];

    app.get('/activities/import-template.xlsx', { schema: { tags, summary: '活动台账导入模板（.xlsx）' } }, async (request, reply) => {
      const actor = requireActor(request);
      const buffer = await buildActivityImportTemplate(await c.activityImport.templateData(actor));
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="activity-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('活动台账导入模板.xlsx')}`)
        .send(buffer);
    });

    app.post(
      '/activities/import',
      {
        schema: {
          tags,
          summary: '批量导入活动台账（.xlsx/.csv；dryRun=true 只检查；全部成功或全部不导入）',
          querystring: ImportActivitiesQuerySchema,
          response: { 200: ImportActivitiesResultSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        // Refuse before reading a large upload the caller may not import anyway.
        c.activityImport.requireImporter(actor);
        if (!request.isMultipart()) throw new InvalidError('IMPORT_NO_FILE', m.notMultipart);
        const file = await request.file();
        if (!file) throw new InvalidError('IMPORT_NO_FILE', m.noFile);
        const table = await parseActivityImportFile(file.filename, await file.toBuffer());
        return c.activityImport.importTable(actor, table, {
          dryRun: request.query.dryRun === 'true',
          submit: request.query.submit === 'true',
          requestId: request.id,
        });
      },
    );
  };
}
