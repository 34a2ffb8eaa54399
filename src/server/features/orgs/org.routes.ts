import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateOrgBodySchema,
  DeactivateResultSchema,
  ImportOrgsQuerySchema,
  ImportOrgsResultSchema,
  ListOrgsQuerySchema,
  MoveOrgBodySchema,
  OrgIdParamsSchema,
  OrgKindSchema,
  OrgListSchema,
  OrgTreeNodeSchema,
  OrgUnitDetailSchema,
  OrgUnitSchema,
  TreeQuerySchema,
  UpdateOrgBodySchema,
} from '../../../contracts/org.contract.js';
import { z } from '../../../contracts/zod-locale.js';
import { InvalidError } from '../../../domain/errors.js';
import { requireActor } from '../../http/auth.js';
import { buildOrgImportTemplate, parseOrgImportFile } from './org-import.file.js';
import type { OrgImportService } from './org-import.service.js';
import type { OrgService } from './org.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function orgRoutes(c: { orgs: OrgService; orgImport: OrgImportService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['组织机构'];

    app.get('/org-kinds', { schema: { tags, summary: '组织类型', response: { 200: z.object({ items: z.array(OrgKindSchema) }) } } }, async (request) => {
      requireActor(request);
      return { items: await c.orgs.listKinds() };
    });

    app.get(
      '/orgs',
      { schema: { tags, summary: '下级单位列表，或按名称搜索（q）', querystring: ListOrgsQuerySchema, response: { 200: OrgListSchema } } },
      async (request) => {
        const actor = requireActor(request);
        const { q, parentId, includeInactive, limit } = request.query;
        const inactive = includeInactive === 'true';
        if (q) return { items: await c.orgs.search(actor, q, inactive, limit ?? 50) };
        return { items: await c.orgs.withPathNames(actor, await c.orgs.listChildren(actor, parentId, inactive)) };
      },
    );

    app.get(
      '/orgs/tree',
      { schema: { tags, summary: '子树（嵌套）', querystring: TreeQuerySchema, response: { 200: OrgTreeNodeSchema } } },
      async (request) => {
        const { rootId, depth, includeInactive } = request.query;
        return c.orgs.tree(requireActor(request), rootId, depth, includeInactive === 'true');
      },
    );

    app.get('/orgs/import-template.xlsx', { schema: { tags, summary: '批量导入模板' } }, async (request, reply) => {
      const actor = requireActor(request);
      const own = await c.orgs.getInScope(actor, actor.scope.rootOrgId);
      const buffer = await buildOrgImportTemplate(await c.orgs.listKinds(), own.name);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="org-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('组织机构导入模板.xlsx')}`)
        .send(buffer);
    });

    app.get('/orgs/:id', { schema: { tags, summary: '单位详情', params: OrgIdParamsSchema, response: { 200: OrgUnitDetailSchema } } }, async (request) =>
      c.orgs.getDetail(requireActor(request), request.params.id),
    );

    app.post('/orgs', { schema: { tags, summary: '新增下级单位', body: CreateOrgBodySchema, response: { 201: OrgUnitSchema } } }, async (request, reply) => {
      const org = await c.orgs.create(requireActor(request), request.body, { requestId: request.id });
      return reply.status(201).send(await c.orgs.toView(org));
    });

    app.patch(
      '/orgs/:id',
      {
        schema: {
          tags,
          summary: '修改单位（名称、类型、代码、排序、启用/停用）',
          params: OrgIdParamsSchema,
          body: UpdateOrgBodySchema,
          response: { 200: OrgUnitSchema },
        },
      },
      async (request) => {
        const org = await c.orgs.update(requireActor(request), request.params.id, request.body, { requestId: request.id });
        return c.orgs.toView(org);
      },
    );

    app.post(
      '/orgs/:id/move',
      { schema: { tags, summary: '移动单位（连同全部下级）', params: OrgIdParamsSchema, body: MoveOrgBodySchema, response: { 200: OrgUnitSchema } } },
      async (request) => {
        const org = await c.orgs.move(requireActor(request), request.params.id, request.body.parentId, { requestId: request.id });
        return c.orgs.toView(org);
      },
    );

    app.post(
      '/orgs/:id/deactivate',
      { schema: { tags, summary: '停用单位（连同全部下级）', params: OrgIdParamsSchema, response: { 200: DeactivateResultSchema } } },
      async (request) => ({ deactivated: await c.orgs.deactivate(requireActor(request), request.params.id, { requestId: request.id }) }),
    );

    app.delete('/orgs/:id', { schema: { tags, summary: '删除误建的空单位', params: OrgIdParamsSchema } }, async (request, reply) => {
      await c.orgs.remove(requireActor(request), request.params.id, { requestId: request.id });
      return reply.status(204).send();
    });

    app.post(
      '/orgs/import',
      {
        schema: {
          tags,
          summary: '批量导入（.xlsx/.csv，全部成功或全部不导入）',
          querystring: ImportOrgsQuerySchema,
          response: { 200: ImportOrgsResultSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        if (!request.isMultipart()) throw new InvalidError('IMPORT_NO_FILE', '请以 multipart/form-data 上传文件（字段名 file）');
        const file = await request.file();
        if (!file) throw new InvalidError('IMPORT_NO_FILE', '没有收到文件，请选择 .xlsx 或 .csv 文件后上传');
        const rows = await parseOrgImportFile(file.filename, await file.toBuffer());
        return c.orgImport.importRows(actor, rows, { dryRun: request.query.dryRun === 'true', requestId: request.id });
      },
    );
  };
}
