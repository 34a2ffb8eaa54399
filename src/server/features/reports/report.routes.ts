import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ListReportsQuerySchema,
  RefreshedReportSchema,
  ReportActionBodySchema,
  ReportDetailSchema,
  ReportIdParamsSchema,
  ReportPageSchema,
  ReportVersionListSchema,
  ReportVersionParamsSchema,
  ReportVersionSchema,
  UpdateReportBodySchema,
} from '../../../contracts/report-api.contract.js';
import { CreateReportBodySchema } from '../../../contracts/report.contract.js';
import { requireActor } from '../../http/auth.js';
import { contentDisposition } from '../evidence/evidence.routes.js';
import type { ReportService } from './report.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 总结材料: draft from the ledger, edit with versions, refresh figures, download as .docx, archive. */
export function reportRoutes(c: { reports: ReportService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['总结材料'];
    const params = ReportIdParamsSchema;
    app.get(
      '/reports',
      { schema: { tags, summary: '本单位及下级的总结材料（按统计期末由近及远）', querystring: ListReportsQuerySchema, response: { 200: ReportPageSchema } } },
      async (request) => c.reports.list(requireActor(request), request.query),
    );
    app.post(
      '/reports',
      {
        schema: { tags, summary: '由台账数据起草一份总结材料（管理员、审核员、填报员）', body: CreateReportBodySchema, response: { 201: ReportDetailSchema } },
      },
      async (request, reply) => reply.status(201).send(await c.reports.create(requireActor(request), request.body, { requestId: request.id })),
    );
    app.get('/reports/:id', { schema: { tags, summary: '总结材料全文', params, response: { 200: ReportDetailSchema } } }, async (request) =>
      c.reports.get(requireActor(request), request.params.id),
    );
    app.put(
      '/reports/:id',
      {
        schema: {
          tags,
          summary: '保存修改（版本号过期时 409；上一版保留为历史版本）',
          params,
          body: UpdateReportBodySchema,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request) => c.reports.update(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );
    app.get(
      '/reports/:id/versions',
      { schema: { tags, summary: '历史版本（当前版本在前）', params, response: { 200: ReportVersionListSchema } } },
      async (request) => c.reports.listVersions(requireActor(request), request.params.id),
    );
    app.get(
      '/reports/:id/versions/:version',
      { schema: { tags, summary: '某一版本的全文', params: ReportVersionParamsSchema, response: { 200: ReportVersionSchema } } },
      async (request) => c.reports.getVersion(requireActor(request), request.params.id, request.params.version),
    );
    app.post(
      '/reports/:id/versions/:version/restore',
      {
        schema: {
          tags,
          summary: '恢复到某一历史版本（作为新版本保存）',
          params: ReportVersionParamsSchema,
          body: ReportActionBodySchema,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request) => c.reports.restore(requireActor(request), request.params.id, request.params.version, request.body, { requestId: request.id }),
    );
    app.post(
      '/reports/:id/refresh',
      {
        schema: {
          tags,
          summary: '按台账重新计算全部数字（作为新版本保存，列出变化）',
          params,
          body: ReportActionBodySchema,
          response: { 200: RefreshedReportSchema },
        },
      },
      async (request) => c.reports.refresh(requireActor(request), request.params.id, request.body, { requestId: request.id }),
    );
    app.get('/reports/:id/docx', { schema: { tags, summary: '下载 Word 文档（GB/T 9704 公文格式）', params } }, async (request, reply) => {
      const { filename, content } = await c.reports.docx(requireActor(request), request.params.id);
      return reply.type(DOCX_TYPE).header('cache-control', 'no-store').header('content-disposition', contentDisposition('attachment', filename)).send(content);
    });
    app.post('/reports/:id/archive', { schema: { tags, summary: '归档（管理员；不删除，退出列表）', params } }, async (request, reply) => {
      await c.reports.archive(requireActor(request), request.params.id, { requestId: request.id });
      return reply.status(204).send();
    });
  };
}
