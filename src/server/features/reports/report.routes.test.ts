import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RefreshedReport, ReportDetail, ReportPage, ReportVersion, ReportVersionList } from '../../../contracts/report-api.contract.js';
import type { Block, Figure } from '../../../contracts/report.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';
import { useFakeReportParts } from '../../../../test-support/reports.js';
import { ok } from '../../../../test-support/stats.js';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

for (const dialect of DIALECTS) {
  describe(`reports (总结材料) over HTTP (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let parts: ReturnType<typeof useFakeReportParts>;
    let admin: string;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let t2Clerk: string;
    let county: number;
    let town1: number;
    let town2: number;
    let lecture: number;

    /** Records an approved entry: the clerk submits, the township admin approves. */
    const approvedEntry = async (clerk: string, reviewer: string, orgId: number, startDate: string, measures: Record<string, number>) => {
      const created = await h.create(clerk, { orgId, typeId: lecture, title: `宣讲${startDate}`, startDate, measures, submit: true });
      ok(await h.send(reviewer, 'POST', `/api/activities/${created.id}/approve`));
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      parts = useFakeReportParts(t.container);
      [admin, viewer, t1Admin, t1Clerk, t2Admin, t2Clerk] = (await Promise.all(
        ['admin', 'viewer', 't1-admin', 't1-clerk', 't2-admin', 't2-clerk'].map((u) => t.login(u)),
      )) as [string, string, string, string, string, string];
      county = await t.orgId('示例县');
      town1 = await t.orgId('示例县', '城关镇');
      town2 = await t.orgId('示例县', '河口镇');
      lecture = await h.typeId('edu.lecture');
      const dongfeng = await t.orgId('示例县', '城关镇', '东风村');
      const heping = await t.orgId('示例县', '河口镇', '和平村');
      await approvedEntry(t1Clerk, t1Admin, dongfeng, '2026-03-10', { sessions: 1, attendance: 30 });
      await approvedEntry(t2Clerk, t2Admin, heping, '2026-04-10', { sessions: 1, attendance: 60 });
      await approvedEntry(t1Clerk, t1Admin, dongfeng, '2026-05-10', { sessions: 2, attendance: 45, households: 3 });
    });
    afterAll(() => t.close());

    const post = (cookie: string, url: string, payload?: object) => h.send(cookie, 'POST', url, payload);
    const put = (cookie: string, id: number, payload: object) => t.app.inject({ method: 'PUT', url: `/api/reports/${id}`, headers: { cookie }, payload });
    const created = async (cookie: string, body: Record<string, unknown>): Promise<ReportDetail> => ok(await post(cookie, '/api/reports', body), 201).json();
    const figure = (r: { body: { figures: Figure[] } }, id: string) => r.body.figures.find((f) => f.id === id)!;
    const auditOf = (id: number) =>
      t.container.database.db
        .selectFrom('audit_log')
        .leftJoin('app_user', 'app_user.id', 'audit_log.user_id')
        .select(['audit_log.action', 'audit_log.org_unit_id', 'audit_log.before_json', 'audit_log.after_json', 'app_user.username'])
        .where('audit_log.entity', '=', 'report')
        .where('audit_log.entity_id', '=', String(id))
        .orderBy('audit_log.id')
        .execute();
    const reportCount = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('report')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    describe('create', () => {
      it('drafts a county report from the approved ledger, stores it as version 1 and audits it', async () => {
        const res = await post(admin, '/api/reports', { orgId: county, ...YEAR });
        expect(res.statusCode).toBe(201);
        const r = res.json() as ReportDetail;
        expect(r).toMatchObject({
          orgId: county,
          orgName: '示例县',
          kind: 'county',
          title: '示例县2026年民族团结进步创建工作总结',
          from: '2026-01-01',
          to: '2026-12-31',
          version: 1,
          updatedBy: '县创建办管理员',
          archivedAt: null,
        });
        expect(r.body.blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
        expect(figure(r, 'f1')).toMatchObject({
          value: 3,
          text: '3项',
          previousText: null,
          query: { org: county, from: '2026-01-01', to: '2026-12-31', status: 'approved', metric: 'entries' },
        });
        expect(figure(r, 'f2')).toMatchObject({ value: 135, text: '100余人次' });
        expect(figure(r, 'f3')).toMatchObject({ value: 0, text: '0元' });
        expect(ok(await h.get(admin, `/api/reports/${r.id}`)).json()).toEqual(r);
        const audit = await auditOf(r.id);
        expect(audit).toEqual([{ action: 'report.create', org_unit_id: county, before_json: null, after_json: expect.any(String), username: 'admin' }]);
        expect(JSON.parse(audit[0]!.after_json!)).toEqual({
          orgId: county,
          title: r.title,
          kind: 'county',
          from: '2026-01-01',
          to: '2026-12-31',
          version: 1,
          blocks: 6,
          figures: 3,
        });
      });

      it('lets a village clerk draft a report of their own village (kind from the unit), not of their township', async () => {
        const dongfeng = await t.orgId('示例县', '城关镇', '东风村');
        const r = await created(t1Clerk, { orgId: dongfeng, ...YEAR, title: '东风村2026年工作总结' });
        expect(r).toMatchObject({ orgName: '东风村', kind: 'village', title: '东风村2026年工作总结' });
        expect(figure(r, 'f1').value).toBe(2);
        const outside = await post(t1Clerk, '/api/reports', { orgId: town1, ...YEAR });
        expect(outside.statusCode).toBe(404);
      });

      it('takes the kind and the status asked for', async () => {
        const r = await created(t1Admin, { orgId: town1, ...YEAR, kind: 'generic', status: 'all' });
        expect(r).toMatchObject({ kind: 'generic' });
        expect(figure(r, 'f1').query.status).toBe('all');
      });

      it('answers 404 for a unit outside the caller’s subtree, and stores nothing', async () => {
        const before = await reportCount();
        const res = await post(t2Admin, '/api/reports', { orgId: town1, ...YEAR });
        expect(res.statusCode).toBe(404);
        expect(problemOf(res)).toMatchObject({ code: 'ORG_NOT_FOUND', errors: [{ pointer: '/body/orgId', message: '单位不存在，或不在您的管辖范围内' }] });
        expect(await reportCount()).toBe(before);
      });

      it('answers 403 to a leader (viewer), who reads reports but does not write them', async () => {
        const res = await post(viewer, '/api/reports', { orgId: county, ...YEAR });
        expect(res.statusCode).toBe(403);
        expect(problemOf(res)).toMatchObject({ code: 'ROLE_REQUIRED', detail: '您没有撰写或修改总结材料的权限' });
      });

      it.each([
        ['an impossible date', { from: '2026-02-30', to: '2026-12-31' }, '/body/from', '不是有效的日期'],
        ['a malformed date', { from: '2026/01/01', to: '2026-12-31' }, '/body/from', '日期格式应为 YYYY-MM-DD'],
        ['a period back to front', { from: '2026-12-31', to: '2026-01-01' }, '/body/to', '开始日期不能晚于结束日期'],
        ['an unknown kind', { ...YEAR, kind: 'castle' }, '/body/kind', expect.any(String)],
      ])('answers 400 with the field error for %s', async (_, body, pointer, message) => {
        const res = await post(admin, '/api/reports', { orgId: county, ...body });
        expect(res.statusCode).toBe(400);
        expect(problemOf(res).errors).toContainEqual({ pointer, message });
      });
    });

    describe('read and list', () => {
      it('lists the reports of the caller’s subtree, latest period first, and hides other subtrees’ reports (404)', async () => {
        const spring = await created(t2Admin, { orgId: town2, from: '2026-01-01', to: '2026-03-31' });
        const half = await created(t2Admin, { orgId: town2, from: '2026-01-01', to: '2026-06-30' });
        const page = ok(await h.get(t2Admin, '/api/reports')).json() as ReportPage;
        expect(page.items.map((r) => r.id)).toEqual([half.id, spring.id]);
        expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
        expect(page.items[0]).toEqual({
          id: half.id,
          orgId: town2,
          orgName: '河口镇',
          title: half.title,
          kind: 'township',
          from: '2026-01-01',
          to: '2026-06-30',
          version: 1,
          createdAt: half.createdAt,
          updatedAt: half.updatedAt,
          updatedBy: '河口镇管理员',
          archivedAt: null,
        });

        const countyPage = ok(await h.get(viewer, '/api/reports?pageSize=2')).json() as ReportPage;
        expect(countyPage.total).toBe(await reportCount());
        expect(countyPage.items).toHaveLength(2);
        expect(ok(await h.get(viewer, `/api/reports?org=${town2}`)).json()).toMatchObject({ total: 2 });

        const town1Reports = (ok(await h.get(t1Admin, '/api/reports')).json() as ReportPage).items;
        expect(town1Reports.length).toBeGreaterThan(0);
        expect(town1Reports.every((r) => r.orgName !== '河口镇' && r.orgName !== '示例县')).toBe(true);
        for (const url of [`/api/reports/${half.id}`, `/api/reports/${half.id}/versions`, `/api/reports/${half.id}/docx`]) {
          expect((await h.get(t1Admin, url)).statusCode).toBe(404);
        }
        expect(problemOf(await h.get(t1Admin, `/api/reports/${half.id}`))).toMatchObject({
          code: 'REPORT_NOT_FOUND',
          detail: '总结材料不存在，或不在您的管辖范围内',
        });
        expect((await h.get(t1Admin, `/api/reports?org=${town2}`)).statusCode).toBe(404);
        expect((await put(t1Admin, half.id, { version: 1, body: half.body })).statusCode).toBe(404);
        expect((await post(t1Admin, `/api/reports/${half.id}/refresh`)).statusCode).toBe(404);
      });

      it('answers 404 for a report that does not exist and 400 for a malformed id', async () => {
        expect((await h.get(admin, '/api/reports/999999')).statusCode).toBe(404);
        expect((await h.get(admin, '/api/reports/abc')).statusCode).toBe(400);
      });
    });

    describe('edit, versions and restore', () => {
      it('saves an edit as version 2, keeps version 1, and answers 409 to an editor of the stale version', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const blocks = r.body.blocks.map((b) => (b.id === 'b2' ? { ...b, inlines: [{ kind: 'text' as const, text: '工作开展情况' }] } : b));
        const res = await put(admin, r.id, { version: 1, title: '示例县2026年创建工作总结（修改稿）', body: { ...r.body, blocks } });
        expect(res.statusCode).toBe(200);
        const saved = res.json() as ReportDetail;
        expect(saved).toMatchObject({ version: 2, title: '示例县2026年创建工作总结（修改稿）' });
        expect(saved.body.blocks[1]!.inlines).toEqual([{ kind: 'text', text: '工作开展情况' }]);

        const stale = await put(admin, r.id, { version: 1, body: r.body });
        expect(stale.statusCode).toBe(409);
        expect(problemOf(stale)).toMatchObject({ code: 'REPORT_STALE', detail: '该材料已被他人修改，请刷新后再保存' });

        const versions = ok(await h.get(viewer, `/api/reports/${r.id}/versions`)).json() as ReportVersionList;
        expect(versions.items).toEqual([
          { version: 2, title: '示例县2026年创建工作总结（修改稿）', savedAt: saved.updatedAt, savedBy: '县创建办管理员', note: '编辑', current: true },
          { version: 1, title: r.title, savedAt: r.updatedAt, savedBy: '县创建办管理员', note: '由台账数据起草', current: false },
        ]);
        const v1 = ok(await h.get(viewer, `/api/reports/${r.id}/versions/1`)).json() as ReportVersion;
        expect(v1.body).toEqual(r.body);
        expect((await auditOf(r.id)).map((a) => a.action)).toEqual(['report.create', 'report.update']);
      });

      it('restores an earlier version as a new version, losing nothing', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const edited = ok(
          await put(admin, r.id, { version: 1, title: '第二稿', body: { ...r.body, blocks: r.body.blocks.slice(0, 3) } }),
        ).json() as ReportDetail;
        expect(edited.body.blocks).toHaveLength(3);

        const restored = ok(await post(admin, `/api/reports/${r.id}/versions/1/restore`, { version: 2 })).json() as ReportDetail;
        expect(restored).toMatchObject({ version: 3, title: r.title });
        expect(restored.body).toEqual(r.body);
        const versions = (ok(await h.get(admin, `/api/reports/${r.id}/versions`)).json() as ReportVersionList).items;
        expect(versions.map((v) => [v.version, v.note, v.current])).toEqual([
          [3, '恢复第1版', true],
          [2, '编辑', false],
          [1, '由台账数据起草', false],
        ]);
        const v2 = ok(await h.get(admin, `/api/reports/${r.id}/versions/2`)).json() as ReportVersion;
        expect(v2).toMatchObject({ title: '第二稿', current: false });
        expect(v2.body.blocks).toHaveLength(3);

        expect((await post(admin, `/api/reports/${r.id}/versions/2/restore`, { version: 2 })).statusCode).toBe(409);
        expect(problemOf(await post(admin, `/api/reports/${r.id}/versions/3/restore`))).toMatchObject({ status: 422, code: 'REPORT_VERSION_CURRENT' });
        expect(problemOf(await post(admin, `/api/reports/${r.id}/versions/9/restore`))).toMatchObject({ status: 404, code: 'REPORT_VERSION_NOT_FOUND' });
        expect((await post(viewer, `/api/reports/${r.id}/versions/1/restore`)).statusCode).toBe(403);
        const audit = await auditOf(r.id);
        expect(audit.map((a) => a.action)).toEqual(['report.create', 'report.update', 'report.restore']);
        expect(JSON.parse(audit[2]!.after_json!)).toMatchObject({ version: 3, restoredFrom: 1 });
      });

      it('answers 422 naming every broken reference and duplicate id at once, and saves nothing', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const [b1, b2, b3] = r.body.blocks as [
          ReportDetail['body']['blocks'][number],
          ReportDetail['body']['blocks'][number],
          ReportDetail['body']['blocks'][number],
        ];
        const body = {
          ...r.body,
          blocks: [b1, { ...b2, id: 'b1' }, { ...b3, inlines: [...b3.inlines, { kind: 'figure', figureId: 'f9' }] }],
          figures: [...r.body.figures, { ...r.body.figures[0]!, label: '重复' }],
        };
        const res = await put(admin, r.id, { version: 1, body });
        expect(res.statusCode).toBe(422);
        expect(problemOf(res)).toMatchObject({ code: 'REPORT_INVALID' });
        expect(problemOf(res).errors).toEqual([
          { pointer: '/body/body/figures/3/id', message: '数字编号「f1」重复' },
          { pointer: '/body/body/blocks/1/id', message: '段落编号「b1」重复' },
          { pointer: '/body/body/blocks/2/inlines/7/figureId', message: '引用的数字「f9」不存在' },
        ]);
        expect(ok(await h.get(admin, `/api/reports/${r.id}`)).json()).toMatchObject({ version: 1 });
      });

      it('answers 422 for figures or charts about a unit out of reach, and for a period back to front', async () => {
        const r = await created(t1Admin, { orgId: town1, ...YEAR });
        const f1 = figure(r, 'f1');
        const body = {
          ...r.body,
          figures: r.body.figures.map((f) =>
            f.id === 'f1'
              ? { ...f1, query: { ...f1.query, org: town2 } }
              : f.id === 'f2'
                ? { ...f, query: { ...f.query, from: '2026-12-31', to: '2026-01-01' } }
                : f,
          ),
          blocks: r.body.blocks.map((b) => (b.chart ? { ...b, chart: { ...b.chart, org: county } } : b)),
        };
        const res = await put(t1Admin, r.id, { version: 1, body });
        expect(res.statusCode).toBe(422);
        expect(problemOf(res).errors).toEqual([
          { pointer: '/body/body/figures/1/query/to', message: '开始日期不能晚于结束日期' },
          { pointer: '/body/body/figures/0/query/org', message: '单位不存在，或不在您的管辖范围内' },
          { pointer: '/body/body/blocks/3/chart/org', message: '单位不存在，或不在您的管辖范围内' },
        ]);
      });

      it('answers 400 for a body that does not fit the contract (a figure id not of the form f1)', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const res = await put(admin, r.id, { version: 1, body: { ...r.body, figures: [{ ...r.body.figures[0]!, id: 'x1' }] } });
        expect(res.statusCode).toBe(400);
        expect(problemOf(res).errors?.[0]?.pointer).toBe('/body/body/figures/0/id');
      });

      it('keeps the stored value of an unchanged question, rewrites texts in a new style, and answers a new figure', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const f2 = figure(r, 'f2');
        const f3 = figure(r, 'f3');
        const forged = { ...figure(r, 'f1'), value: 999, text: '999项' };
        const restyled = { ...f2, style: 'exact' as const };
        const added = {
          ...f3,
          id: 'f4',
          label: '宣讲场次',
          query: { ...f3.query, metric: 'sessions' },
          style: 'exact' as const,
          unit: '场次',
          value: 0,
          text: '',
        };
        const res = await put(admin, r.id, { version: 1, body: { ...r.body, figures: [forged, restyled, f3, added] } });
        const saved = ok(res).json() as ReportDetail;
        expect(figure(saved, 'f1')).toMatchObject({ value: 3, text: '3项', refreshedAt: figure(r, 'f1').refreshedAt });
        expect(figure(saved, 'f2')).toMatchObject({ value: 135, text: '135人次', style: 'exact' });
        expect(figure(saved, 'f4')).toMatchObject({ value: 4, text: '4场次', previousText: null });
        expect(figure(saved, 'f4').refreshedAt > r.updatedAt).toBe(true);
      });

      it('answers 422 when a figure asks for an unknown metric, naming the figure', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const f1 = figure(r, 'f1');
        const res = await put(admin, r.id, {
          version: 1,
          body: { ...r.body, figures: [{ ...f1, query: { ...f1.query, metric: 'no_such' } }, ...r.body.figures.slice(1)] },
        });
        expect(res.statusCode).toBe(422);
        expect(problemOf(res).errors).toEqual([{ pointer: '/body/body/figures/0/query', message: expect.stringMatching(/^数字「开展活动」无法计算：/) }]);
      });
    });

    describe('refresh', () => {
      it('re-asks every figure after the ledger changed: changed figures listed, previousText set, a new version saved', async () => {
        const r = await created(t2Admin, { orgId: town2, ...YEAR });
        expect(figure(r, 'f1')).toMatchObject({ value: 1, text: '1项' });
        expect(figure(r, 'f2')).toMatchObject({ value: 60, text: '60人次' });

        const nothing = ok(await post(t2Admin, `/api/reports/${r.id}/refresh`, { version: 1 })).json() as RefreshedReport;
        expect(nothing).toMatchObject({ version: 2, changed: [] });
        expect(nothing.body.figures.every((f) => f.previousText === null)).toBe(true);

        const shengli = await t.orgId('示例县', '河口镇', '胜利村');
        const entry = await h.create(t2Admin, {
          orgId: shengli,
          typeId: lecture,
          title: '胜利村宣讲',
          startDate: '2026-06-01',
          measures: { sessions: 1, attendance: 80 },
          submit: true,
        });
        // Submitted only: an approved-only report does not move yet.
        expect((ok(await post(t2Admin, `/api/reports/${r.id}/refresh`)).json() as RefreshedReport).changed).toEqual([]);
        ok(await post(admin, `/api/activities/${entry.id}/approve`));

        const res = await post(t2Admin, `/api/reports/${r.id}/refresh`, { version: 3 });
        const refreshed = ok(res).json() as RefreshedReport;
        expect(refreshed.version).toBe(4);
        expect(refreshed.changed).toEqual([
          { figureId: 'f1', label: '开展活动', before: '1项', after: '2项' },
          { figureId: 'f2', label: '参与人次', before: '60人次', after: '100余人次' },
        ]);
        expect(figure(refreshed, 'f1')).toMatchObject({ value: 2, text: '2项', previousText: '1项' });
        expect(figure(refreshed, 'f2')).toMatchObject({ value: 140, text: '100余人次', previousText: '60人次' });
        expect(figure(refreshed, 'f3')).toMatchObject({ value: 0, text: '0元', previousText: null });
        expect(ok(await h.get(t2Admin, `/api/reports/${r.id}`)).json()).toMatchObject({ version: 4, body: { figures: refreshed.body.figures } });

        const versions = (ok(await h.get(t2Admin, `/api/reports/${r.id}/versions`)).json() as ReportVersionList).items;
        expect(versions[0]).toMatchObject({ version: 4, note: '刷新数字（2处变化）', savedBy: '河口镇管理员' });
        // A village clerk cannot reach the township's report.
        expect((await post(t2Clerk, `/api/reports/${r.id}/refresh`)).statusCode).toBe(404);
        const audit = await auditOf(r.id);
        expect(audit.map((a) => a.action)).toEqual(['report.create', 'report.refresh', 'report.refresh', 'report.refresh']);
        expect(JSON.parse(audit[3]!.after_json!).changed).toEqual(refreshed.changed);

        expect((await post(t2Admin, `/api/reports/${r.id}/refresh`, { version: 3 })).statusCode).toBe(409);
        expect((await post(viewer, `/api/reports/${r.id}/refresh`)).statusCode).toBe(403);
      });
    });

    describe('docx', () => {
      it('sends a .docx named after the title, rendered with charts and figure descriptions', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const res = await h.get(viewer, `/api/reports/${r.id}/docx`);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        // RFC 5987: an ASCII fallback, and the Chinese name as UTF-8.
        const name = `${r.title}.docx`;
        expect(res.headers['content-disposition']).toBe(`attachment; filename="___2026${'_'.repeat(13)}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`);
        expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04'));

        const rendered = parts.writer.last!;
        expect(rendered.title).toBe(r.title);
        expect([...rendered.charts.keys()]).toEqual(['b4']);
        expect(rendered.appendix).toBe(true);
        const chart = parts.charts.calls.at(-1)!;
        expect(chart).toMatchObject({ unit: '次', spec: { groupBy: 'child', metric: 'entries' } });
        // Every township, those without entries too; 本级 left out as the county recorded nothing itself.
        expect(chart.data).toContainEqual({ label: '城关镇', value: 2 });
        expect(chart.data).toContainEqual({ label: '青山乡', value: 0 });
        expect(chart.data.some((d) => d.label.includes('本级'))).toBe(false);
        expect(rendered.describeFigure(figure(r, 'f2'))).toEqual({
          scope: '示例县（含所辖单位）；2026年1月1日至2026年12月31日；仅计审核通过的活动',
          detail: '指标：参与人次（人次）',
        });
        expect(rendered.describeFigure(figure(r, 'f1')).detail).toBe('指标：活动数');
      });

      it('leaves charts out when the report says so', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        ok(await put(admin, r.id, { version: 1, body: { ...r.body, options: { charts: false, appendix: false } } }));
        ok(await h.get(admin, `/api/reports/${r.id}/docx`));
        expect(parts.writer.last!.charts.size).toBe(0);
        expect(parts.writer.last!.appendix).toBe(false);
      });
    });

    describe('charts agree with the text', () => {
      const chartBlock = (r: { body: { blocks: Block[] } }) => r.body.blocks.find((b) => b.type === 'chart')!;
      const sum = (points: ReadonlyArray<{ value: number }>) => points.reduce((n, p) => n + p.value, 0);
      /** What the chart renderer was given for the last download of a report. */
      const downloadedChart = async (cookie: string, id: number) => {
        parts.charts.calls.length = 0;
        ok(await h.get(cookie, `/api/reports/${id}/docx`));
        expect(parts.charts.calls).toHaveLength(1);
        return parts.charts.calls[0]!;
      };

      it('stores what each chart shows with the body, from the same answers as its figures', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const data = chartBlock(r).chartData!;
        expect(data).toMatchObject({ unit: '次', refreshedAt: expect.any(String) });
        // The chart counts entries by township; together they are the text's 开展活动 figure.
        expect(sum(data.points)).toBe(figure(r, 'f1').value);
        expect(ok(await h.get(admin, `/api/reports/${r.id}`)).json()).toEqual(r);
      });

      it('downloads the chart the text was written from after the ledger changed, and a refresh moves both together', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const drafted = figure(r, 'f1').value;
        await approvedEntry(t1Clerk, t1Admin, await t.orgId('示例县', '城关镇', '东风村'), '2026-08-08', { sessions: 1, attendance: 20 });

        const before = await downloadedChart(viewer, r.id);
        expect(before.data).toEqual(chartBlock(r).chartData!.points);
        expect(sum(before.data)).toBe(drafted);

        const refreshed = ok(await post(admin, `/api/reports/${r.id}/refresh`, { version: 1 })).json() as RefreshedReport;
        expect(figure(refreshed, 'f1')).toMatchObject({ value: drafted + 1, previousText: figure(r, 'f1').text });
        expect(sum(chartBlock(refreshed).chartData!.points)).toBe(drafted + 1);
        const after = await downloadedChart(viewer, r.id);
        expect(sum(after.data)).toBe(figure(refreshed, 'f1').value);
        expect(after.data).toContainEqual({ label: '城关镇', value: before.data.find((p) => p.label === '城关镇')!.value + 1 });
      });

      it('keeps a stored chart answer through an edit, ignores one a client sends, and answers a re-asked chart now', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        const stored = chartBlock(r).chartData!;
        const forged = r.body.blocks.map((b) =>
          b.type === 'chart' ? { ...b, chartData: { points: [{ label: '城关镇', value: 999 }], unit: '次', refreshedAt: stored.refreshedAt } } : b,
        );
        const kept = ok(await put(admin, r.id, { version: 1, body: { ...r.body, blocks: forged } })).json() as ReportDetail;
        expect(chartBlock(kept).chartData).toEqual(stored);

        const reasked = kept.body.blocks.map((b) => (b.chart ? { ...b, chart: { ...b.chart, groupBy: 'month' as const } } : b));
        const saved = ok(await put(admin, r.id, { version: 2, body: { ...kept.body, blocks: reasked } })).json() as ReportDetail;
        const monthly = chartBlock(saved).chartData!;
        expect(monthly.points.map((p) => p.label)).toContain('2026年3月');
        expect(sum(monthly.points)).toBe(figure(saved, 'f1').value);
        expect(monthly.refreshedAt > stored.refreshedAt).toBe(true);
      });

      it('still downloads a report stored before charts were kept: its chart asks the ledger until the next refresh stores one', async () => {
        const r = await created(admin, { orgId: county, ...YEAR });
        // JSON leaves out an undefined key: the body as it was stored before chartData existed.
        const legacy = { ...r.body, blocks: r.body.blocks.map((b) => ({ ...b, chartData: undefined })) };
        await t.container.database.db
          .updateTable('report')
          .set({ body_json: JSON.stringify(legacy) })
          .where('id', '=', r.id)
          .execute();
        await approvedEntry(t1Clerk, t1Admin, await t.orgId('示例县', '城关镇', '东风村'), '2026-09-09', { sessions: 1, attendance: 20 });

        // Nothing stored: the chart is drawn from the ledger as it is now.
        const now = await downloadedChart(viewer, r.id);
        expect(sum(now.data)).toBe(figure(r, 'f1').value + 1);
        // An edit that leaves the chart's question alone stores nothing for it either.
        const edited = ok(await put(admin, r.id, { version: 1, body: legacy })).json() as ReportDetail;
        expect(chartBlock(edited).chartData).toBeUndefined();

        const refreshed = ok(await post(admin, `/api/reports/${r.id}/refresh`)).json() as RefreshedReport;
        expect(sum(chartBlock(refreshed).chartData!.points)).toBe(figure(refreshed, 'f1').value);
        expect(sum((await downloadedChart(viewer, r.id)).data)).toBe(figure(refreshed, 'f1').value);
      });
    });

    describe('archive', () => {
      it('archives for admins only: the report leaves the list, stays readable, and can no longer change', async () => {
        const r = await created(t1Clerk, { orgId: await t.orgId('示例县', '城关镇', '东风村'), ...YEAR });
        expect((await post(t1Clerk, `/api/reports/${r.id}/archive`)).statusCode).toBe(403);
        expect((await post(t2Admin, `/api/reports/${r.id}/archive`)).statusCode).toBe(404);
        const res = await post(t1Admin, `/api/reports/${r.id}/archive`);
        expect(res.statusCode).toBe(204);

        const live = (ok(await h.get(t1Admin, '/api/reports?pageSize=200')).json() as ReportPage).items;
        expect(live.some((x) => x.id === r.id)).toBe(false);
        const archived = (ok(await h.get(t1Admin, '/api/reports?archived=true')).json() as ReportPage).items;
        expect(archived.map((x) => x.id)).toEqual([r.id]);
        expect(archived[0]!.archivedAt).not.toBeNull();
        expect(ok(await h.get(t1Clerk, `/api/reports/${r.id}`)).json()).toMatchObject({ id: r.id, archivedAt: expect.any(String) });

        expect(problemOf(await put(t1Admin, r.id, { version: 1, body: r.body }))).toMatchObject({ status: 409, code: 'REPORT_ARCHIVED' });
        expect(problemOf(await post(t1Admin, `/api/reports/${r.id}/archive`))).toMatchObject({ status: 409, code: 'REPORT_ARCHIVED' });
        expect((await auditOf(r.id)).map((a) => [a.action, a.username])).toEqual([
          ['report.create', 't1-clerk'],
          ['report.archive', 't1-admin'],
        ]);
        // Nothing is deleted.
        expect(await t.container.database.db.selectFrom('report').select('id').where('id', '=', r.id).executeTakeFirst()).toEqual({ id: r.id });
      });
    });
  });
}
