import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ListActivitiesQuerySchema } from '../../../../contracts/ledger.contract.js';
import { requireActor } from '../../../http/auth.js';
import { writeLedgerWorkbook } from './activity-export.writer.js';
import type { CatalogueService } from '../../catalogue/catalogue.service.js';
import type { ActivityService } from '../activity.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/activities/export.xlsx: the filtered ledger as a workbook, streamed as it is written. */
export function activityExportRoutes(c: { activities: ActivityService; catalogue: CatalogueService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/activities/export.xlsx',
      { schema: { tags: ['活动台账'], summary: '按当前筛选条件导出台账（.xlsx）；响应头 X-Total-Count 为条目数', querystring: ListActivitiesQuerySchema } },
      async (request, reply) => {
        const actor = requireActor(request);
        // Resolve scope and filters before the first byte, so a bad query still gets problem+json.
        const { total, batches } = await c.activities.exportBatches(actor, request.query);
        const catalogue = await c.catalogue.getCatalogue(actor, true);
        const used = catalogue.indicators.filter((i) => i.active);
        const stream = new PassThrough();
        void writeLedgerWorkbook(stream, { indicators: used, tags: catalogue.tags }, batches).catch((err: unknown) => {
          request.log.error({ err }, 'ledger export failed mid-stream');
          stream.destroy(err as Error);
        });
        const stamp = new Date().toISOString().slice(0, 10);
        return reply
          .type(XLSX_TYPE)
          .header('x-total-count', String(total))
          .header('cache-control', 'no-store')
          .header('content-disposition', `attachment; filename="ledger-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`活动台账-${stamp}.xlsx`)}`)
          .send(stream);
      },
    );
  };
}
