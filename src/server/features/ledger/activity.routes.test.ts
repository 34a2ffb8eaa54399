import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';

for (const dialect of DIALECTS) {
  describe(`activity ledger over HTTP (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let admin: string;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Clerk: string;
    let dongfeng: number;
    let heping: number;
    let lecture: number;
    let training: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [admin, viewer, t1Admin, t1Clerk, t2Clerk] = await Promise.all([
        t.login('admin'),
        t.login('viewer'),
        t.login('t1-admin'),
        t.login('t1-clerk'),
        t.login('t2-clerk'),
      ]);
      dongfeng = await t.orgId('示例县', '城关镇', '东风村');
      heping = await t.orgId('示例县', '河口镇', '和平村');
      lecture = await h.typeId('edu.lecture');
      training = await h.typeId('edu.training');
    });
    afterAll(() => t.close());

    const lectureBody = (extra: Record<string, unknown> = {}) => ({
      orgId: dongfeng,
      typeId: lecture,
      title: '民族团结宣讲进村',
      startDate: '2026-03-10',
      place: '东风村村委会',
      organiser: '东风村党支部',
      summary: '宣讲党的民族政策',
      measures: { sessions: 1, attendance: 45 },
      ...extra,
    });
    const writes = async () => Promise.all([h.count('activity'), h.count('activity_measure'), h.count('activity_tag'), h.count('audit_log')]);

    it('records a draft with its measures and answers the full entry', async () => {
      const res = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ endDate: '2026-03-11' }));
      expect(res.statusCode).toBe(201);
      const a = res.json();
      expect(a).toMatchObject({
        orgId: dongfeng,
        orgName: '东风村',
        typeId: lecture,
        typeName: '宣讲/报告会',
        categoryName: '宣传教育',
        title: '民族团结宣讲进村',
        startDate: '2026-03-10',
        endDate: '2026-03-11',
        status: 'draft',
        measures: { sessions: 1, attendance: 45 },
        version: 1,
        createdBy: { displayName: '东风村填报员' },
        returnReason: null,
        deletedAt: null,
        evidence: [],
        coverThumbnailUrl: null,
        allowed: { edit: true, submit: true, approve: false, return: false, reopen: false, delete: true, restore: false },
      });
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).json()).toEqual(a);
    });

    it('keeps money in 分 and speaks 元: 1234.5 元 is stored as 123450 and read back as 1234.5', async () => {
      const a = await h.create(t1Clerk, lectureBody({ typeId: training, title: '双语培训', measures: { sessions: 2, attendance: 60, funds: 1234.5 } }));
      expect(a.measures).toEqual({ sessions: 2, attendance: 60, funds: 1234.5 });
      const stored = await t.container.database.db
        .selectFrom('activity_measure')
        .innerJoin('indicator', 'indicator.id', 'activity_measure.indicator_id')
        .select(['indicator.code', 'activity_measure.value'])
        .where('activity_measure.activity_id', '=', a.id)
        .execute();
      expect(Object.fromEntries(stored.map((r) => [r.code, Number(r.value)]))).toEqual({ sessions: 2, attendance: 60, funds: 123450 });
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).json().measures.funds).toBe(1234.5);
      expect((await h.get(t1Clerk, `/api/activities?q=${encodeURIComponent('双语培训')}`)).json().items[0].measures.funds).toBe(1234.5);
    });

    it('answers one field error per measure problem, in Chinese, and writes nothing', async () => {
      const before = await writes();
      const res = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ measures: { attendance: 12.5, deeds: 3 } }));
      expect(res.statusCode).toBe(422);
      const p = problemOf(res);
      expect(p.code).toBe('ACTIVITY_MEASURES_INVALID');
      expect(p.errors).toEqual([
        { pointer: '/body/measures/attendance', message: '「参与人次」应为非负整数' },
        { pointer: '/body/measures/deeds', message: '该类型没有指标「办好事实事」' },
        { pointer: '/body/measures/sessions', message: '缺少必填指标「场次」' },
      ]);
      const money = await h.send(
        t1Clerk,
        'POST',
        '/api/activities',
        lectureBody({ typeId: training, measures: { sessions: 1, attendance: 1, funds: 10.125 } }),
      );
      expect(money.statusCode).toBe(422);
      expect(problemOf(money).errors).toEqual([{ pointer: '/body/measures/funds', message: '「投入资金」以元为单位，最多保留2位小数' }]);
      const unknown = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ measures: { sessions: 1, attendance: 1, 'no/such': 1 } }));
      expect(problemOf(unknown).errors).toEqual([{ pointer: '/body/measures/no~1such', message: '该类型没有指标「no/such」' }]);
      const negative = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ measures: { sessions: 1, attendance: -3 } }));
      expect(negative.statusCode).toBe(422);
      expect(problemOf(negative).errors).toEqual([{ pointer: '/body/measures/attendance', message: '「参与人次」应为非负整数' }]);
      expect(await writes()).toEqual(before);
    });

    it('refuses a category as the type (422 on /body/typeId) and reports every other problem with it', async () => {
      const before = await writes();
      const res = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ typeId: await h.typeId('edu'), tagIds: [99999] }));
      expect(res.statusCode).toBe(422);
      const p = problemOf(res);
      expect(p.errors).toEqual([
        { pointer: '/body/typeId', message: '「宣传教育」是活动类别，请选择其下的具体活动类型' },
        { pointer: '/body/tagIds', message: '标签不存在或已停用（编号：99999）' },
      ]);
      expect(p.code).toBe('ACTIVITY_INVALID');
      expect(await writes()).toEqual(before);
    });

    it('lets only clerks and admins record entries', async () => {
      const res = await h.send(viewer, 'POST', '/api/activities', lectureBody());
      expect(res.statusCode).toBe(403);
      expect(problemOf(res).detail).toBe('您没有填报台账的权限');
    });

    it("answers 404 for a unit or an entry outside the caller's subtree, writing nothing", async () => {
      const before = await writes();
      const res = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ orgId: heping }));
      expect(res.statusCode).toBe(404);
      expect(problemOf(res).errors).toEqual([{ pointer: '/body/orgId', message: '单位不存在，或不在您的管辖范围内' }]);
      expect(await writes()).toEqual(before);

      const other = await h.create(t2Clerk, lectureBody({ orgId: heping, title: '和平村宣讲' }));
      for (const r of [
        await h.get(t1Clerk, `/api/activities/${other.id}`),
        await h.get(t1Clerk, `/api/activities/${other.id}/history`),
        await h.send(t1Clerk, 'PATCH', `/api/activities/${other.id}`, { version: 1, title: '改' }),
        await h.send(t1Clerk, 'DELETE', `/api/activities/${other.id}`),
        await h.send(t1Clerk, 'POST', `/api/activities/${other.id}/submit`),
      ]) {
        expect(r.statusCode).toBe(404);
        expect(problemOf(r).code).toBe('ACTIVITY_NOT_FOUND');
      }
      expect((await h.get(t1Clerk, `/api/activities?orgId=${heping}`)).statusCode).toBe(404);
      expect((await h.get(t1Clerk, '/api/activities?pageSize=200')).json().items.map((a: { id: number }) => a.id)).not.toContain(other.id);
      expect((await h.get(admin, `/api/activities/${other.id}`)).statusCode).toBe(200);
    });

    it('edits a draft from its version, bumps the version and refuses a stale one', async () => {
      const a = await h.create(t1Clerk, lectureBody({ title: '初稿标题' }));
      const res = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 1, title: '修改后的标题', measures: { sessions: 2, attendance: 80 } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ title: '修改后的标题', measures: { sessions: 2, attendance: 80 }, version: 2, place: '东风村村委会' });
      const stale = await h.send(t1Admin, 'PATCH', `/api/activities/${a.id}`, { version: 1, title: '别人的改动' });
      expect(stale.statusCode).toBe(409);
      expect(problemOf(stale)).toMatchObject({ code: 'ACTIVITY_STALE', detail: '该条目已被他人修改，请刷新后再改' });
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).json().title).toBe('修改后的标题');
      // Moving only the start past the stored end would leave an inverted range.
      const inverted = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 2, startDate: '2026-04-01' });
      expect(inverted.statusCode).toBe(422);
      expect(problemOf(inverted).errors).toEqual([{ pointer: '/body/endDate', message: '结束日期不能早于开始日期' }]);
      const moved = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 2, startDate: '2026-04-01', endDate: '2026-04-02' });
      expect(moved.json()).toMatchObject({ startDate: '2026-04-01', endDate: '2026-04-02', version: 3 });
    });

    it('re-checks the stored measures against a new type', async () => {
      const a = await h.create(t1Clerk, lectureBody({ measures: { sessions: 1, attendance: 20, households: 12 } }));
      const res = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 1, typeId: training });
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).errors).toEqual([{ pointer: '/body/measures/households', message: '该类型没有指标「覆盖户数」' }]);
      const ok = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, {
        version: 1,
        typeId: training,
        measures: { sessions: 1, attendance: 20, funds: 0.29 },
      });
      expect(ok.json()).toMatchObject({ typeId: training, typeName: '专题培训', measures: { sessions: 1, attendance: 20, funds: 0.29 } });
    });

    it("attaches uploaded files in order, shows them per the caller's rights, and detaches without deleting", async () => {
      const [photo, sheet, foreign] = [await h.addEvidence(dongfeng), await h.addEvidence(dongfeng, { kind: 'signin_sheet' }), await h.addEvidence(heping)];
      const refused = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ evidenceIds: [photo, foreign] }));
      expect(refused.statusCode).toBe(422);
      expect(problemOf(refused).errors).toEqual([
        { pointer: '/body/evidenceIds', message: `佐证材料不存在、已被其他条目使用或不在您的管辖范围内（编号：${foreign}）` },
      ]);

      const a = await h.create(t1Clerk, lectureBody({ title: '带照片的宣讲', evidenceIds: [sheet, photo], tagIds: [await h.tagId('carrier', '进村(社区)')] }));
      expect(a).toMatchObject({ evidenceCount: 2, coverThumbnailUrl: `/api/files/${photo}/thumbnail` });
      expect(a.evidence).toMatchObject([
        { id: sheet, kind: 'signin_sheet', canOpen: true, url: `/api/files/${sheet}`, thumbnailUrl: null, activityId: a.id },
        { id: photo, kind: 'photo', canOpen: true, thumbnailUrl: `/api/files/${photo}/thumbnail` },
      ]);
      // A leader may see that a sign-in sheet exists, but not open it: it carries names.
      expect((await h.get(viewer, `/api/activities/${a.id}`)).json().evidence.map((e: { canOpen: boolean }) => e.canOpen)).toEqual([false, true]);
      const taken = await h.send(t1Clerk, 'POST', '/api/activities', lectureBody({ evidenceIds: [photo] }));
      expect(taken.statusCode).toBe(422);

      const files = await h.count('evidence');
      const res = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 1, evidenceIds: [photo] });
      expect(res.json()).toMatchObject({ evidenceCount: 1, evidence: [{ id: photo }] });
      expect(await h.count('evidence')).toBe(files);
      const detached = await t.container.database.db
        .selectFrom('evidence')
        .select(['activity_id', 'deleted_at'])
        .where('id', '=', sheet)
        .executeTakeFirstOrThrow();
      expect(detached).toEqual({ activity_id: null, deleted_at: null });
      expect((await h.get(t1Clerk, `/api/activities?hasEvidence=true&pageSize=200`)).json().items.map((x: { id: number }) => x.id)).toContain(a.id);
      expect((await h.get(t1Clerk, `/api/activities?hasEvidence=false&pageSize=200`)).json().items.map((x: { id: number }) => x.id)).not.toContain(a.id);
    });

    it('soft-deletes: hidden from the clerk, listed and restorable by an admin, never erased', async () => {
      const a = await h.create(t1Clerk, lectureBody({ title: '要删除的条目' }));
      expect((await h.send(t1Clerk, 'DELETE', `/api/activities/${a.id}`)).statusCode).toBe(204);
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).statusCode).toBe(404);
      expect((await h.get(t1Clerk, '/api/activities?pageSize=200')).json().items.map((x: { id: number }) => x.id)).not.toContain(a.id);
      expect((await h.send(t1Clerk, 'DELETE', `/api/activities/${a.id}`)).statusCode).toBe(404);
      const row = await t.container.database.db.selectFrom('activity').select(['deleted_at', 'deleted_by']).where('id', '=', a.id).executeTakeFirstOrThrow();
      expect(row.deleted_at).not.toBeNull();

      expect((await h.get(t1Clerk, '/api/activities?deleted=true')).statusCode).toBe(403);
      const bin = (await h.get(t1Admin, '/api/activities?deleted=true&pageSize=200')).json();
      expect(bin.items.find((x: { id: number }) => x.id === a.id)).toMatchObject({ title: '要删除的条目', deletedAt: expect.any(String) });
      expect(bin.items.every((x: { deletedAt: string | null }) => x.deletedAt !== null)).toBe(true);
      const seen = (await h.get(t1Admin, `/api/activities/${a.id}`)).json();
      expect(seen.allowed).toMatchObject({ restore: true, edit: false, delete: false });
      expect((await h.send(t1Admin, 'PATCH', `/api/activities/${a.id}`, { version: seen.version, title: 'x' })).statusCode).toBe(409);

      expect((await h.send(t1Clerk, 'POST', `/api/activities/${a.id}/restore`)).statusCode).toBe(403);
      const restored = await h.send(t1Admin, 'POST', `/api/activities/${a.id}/restore`);
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toMatchObject({ deletedAt: null, status: 'draft' });
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).statusCode).toBe(200);
      expect((await h.send(t1Admin, 'POST', `/api/activities/${a.id}/restore`)).statusCode).toBe(409);
    });

    it('keeps a history of every change, oldest first, with Chinese labels, names and before/after values', async () => {
      const a = await h.create(t1Clerk, lectureBody({ title: '历史记录测试' }));
      await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 1, title: '历史记录测试（改）' });
      await h.send(t1Clerk, 'POST', `/api/activities/${a.id}/submit`);
      await h.send(t1Admin, 'POST', `/api/activities/${a.id}/return`, { reason: '缺少现场照片' });
      await h.send(t1Clerk, 'POST', `/api/activities/${a.id}/submit`);
      await h.send(t1Admin, 'POST', `/api/activities/${a.id}/approve`);
      await h.send(admin, 'POST', `/api/activities/${a.id}/reopen`, { reason: '参与人次有误' });
      await h.send(t1Clerk, 'DELETE', `/api/activities/${a.id}`);
      await h.send(admin, 'POST', `/api/activities/${a.id}/restore`);

      const res = await h.get(t1Clerk, `/api/activities/${a.id}/history`);
      expect(res.statusCode).toBe(200);
      const items = res.json().items as Array<{
        action: string;
        actionLabel: string;
        user: { displayName: string };
        before: Record<string, unknown> | null;
        after: Record<string, unknown>;
      }>;
      expect(items.map((i) => [i.actionLabel, i.user.displayName])).toEqual([
        ['创建', '东风村填报员'],
        ['修改', '东风村填报员'],
        ['提交审核', '东风村填报员'],
        ['退回', '城关镇管理员'],
        ['提交审核', '东风村填报员'],
        ['审核通过', '城关镇管理员'],
        ['重新打开', '县创建办管理员'],
        ['删除', '东风村填报员'],
        ['恢复', '县创建办管理员'],
      ]);
      expect(items.map((i) => i.action)).toEqual([
        'activity.create',
        'activity.update',
        'activity.submit',
        'activity.return',
        'activity.submit',
        'activity.approve',
        'activity.reopen',
        'activity.delete',
        'activity.restore',
      ]);
      expect(items[0]!.before).toBeNull();
      expect(items[0]!.after).toMatchObject({
        title: '历史记录测试',
        status: 'draft',
        orgId: dongfeng,
        typeId: lecture,
        measures: { sessions: 1, attendance: 45 },
        tagIds: [],
        evidenceIds: [],
      });
      expect([items[1]!.before!.title, items[1]!.after.title]).toEqual(['历史记录测试', '历史记录测试（改）']);
      expect(items[3]!.after).toMatchObject({ status: 'returned', returnReason: '缺少现场照片' });
      expect(items[6]!).toMatchObject({ before: { status: 'approved' }, after: { status: 'returned', returnReason: '参与人次有误' } });
      expect(items[7]!.after.deletedAt).toEqual(expect.any(String));
    });
  });
}
