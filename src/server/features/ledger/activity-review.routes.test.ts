import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';

for (const dialect of DIALECTS) {
  describe(`activity review workflow over HTTP (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let admin: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let t2Clerk: string;
    let town1: number;
    let dongfeng: number;
    let heping: number;
    let lecture: number;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      [admin, t1Admin, t1Clerk, t2Admin, t2Clerk] = await Promise.all([
        t.login('admin'),
        t.login('t1-admin'),
        t.login('t1-clerk'),
        t.login('t2-admin'),
        t.login('t2-clerk'),
      ]);
      town1 = await t.orgId('示例县', '城关镇');
      dongfeng = await t.orgId('示例县', '城关镇', '东风村');
      heping = await t.orgId('示例县', '河口镇', '和平村');
      lecture = await h.typeId('edu.lecture');
    });
    afterAll(() => t.close());

    const entry = (cookie: string, extra: Record<string, unknown> = {}) =>
      h.create(cookie, {
        orgId: dongfeng,
        typeId: lecture,
        title: '民族团结宣讲',
        startDate: '2026-04-15',
        measures: { sessions: 1, attendance: 30 },
        ...extra,
      });
    const step = (cookie: string, id: number, action: 'submit' | 'approve' | 'return' | 'reopen', reason?: string) =>
      h.send(cookie, 'POST', `/api/activities/${id}/${action}`, reason === undefined ? undefined : { reason });

    it('takes an entry from draft through submission to approval by the township reviewer, then locks it', async () => {
      const a = await entry(t1Clerk);
      const submitted = await step(t1Clerk, a.id, 'submit');
      expect(submitted.statusCode).toBe(200);
      expect(submitted.json()).toMatchObject({ status: 'submitted', submittedAt: expect.any(String), allowed: { edit: false, submit: false, delete: false } });

      const byClerk = await step(t1Clerk, a.id, 'approve');
      expect(byClerk.statusCode).toBe(403);
      expect(problemOf(byClerk).detail).toBe('您没有审核台账的权限');

      expect((await h.get(t1Admin, `/api/activities/${a.id}`)).json().allowed).toMatchObject({ approve: true, return: true, reopen: false });
      const approved = await step(t1Admin, a.id, 'approve');
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'approved', reviewedBy: { displayName: '城关镇管理员' }, reviewedAt: expect.any(String), version: 3 });

      const patch = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: 3, title: '改' });
      expect(patch.statusCode).toBe(409);
      expect(problemOf(patch)).toMatchObject({ code: 'ACTIVITY_LOCKED', detail: expect.stringContaining('已审核通过的条目已锁定') });
      expect(problemOf(await h.send(t1Clerk, 'DELETE', `/api/activities/${a.id}`)).code).toBe('ACTIVITY_LOCKED');
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).json()).toMatchObject({ status: 'approved', title: '民族团结宣讲' });
    });

    it('answers 409 naming the current status for a step the state does not allow', async () => {
      const a = await entry(t1Clerk);
      const res = await step(t1Admin, a.id, 'approve');
      expect(res.statusCode).toBe(409);
      expect(problemOf(res)).toMatchObject({ code: 'ACTIVITY_TRANSITION_INVALID', detail: '该条目当前为「草稿」，不能审核通过' });
      expect(problemOf(await step(t1Admin, a.id, 'reopen', '重新看看')).detail).toBe('该条目当前为「草稿」，不能重新打开');
      await step(t1Clerk, a.id, 'submit');
      expect(problemOf(await step(t1Clerk, a.id, 'submit')).detail).toBe('该条目当前为「待审核」，不能提交审核');
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).json().status).toBe('submitted');
    });

    it('never lets a reviewer approve or return their own entry', async () => {
      const a = await entry(t1Admin, { submit: true });
      expect(a).toMatchObject({ status: 'submitted', allowed: { approve: false, return: false } });
      const res = await step(t1Admin, a.id, 'approve');
      expect(res.statusCode).toBe(403);
      expect(problemOf(res)).toMatchObject({ code: 'ACTIVITY_OWN_ENTRY', detail: '不能审核自己录入的条目，请由其他审核员审核' });
      expect((await step(t1Admin, a.id, 'return', '自己退回')).statusCode).toBe(403);
      expect((await step(admin, a.id, 'approve')).json().status).toBe('approved');
    });

    it('answers 404 to a reviewer of another township', async () => {
      const a = await entry(t1Clerk, { submit: true });
      const res = await step(t2Admin, a.id, 'approve');
      expect(res.statusCode).toBe(404);
      expect((await h.get(t1Clerk, `/api/activities/${a.id}`)).json().status).toBe('submitted');
    });

    it('returns with a reason (required), which the clerk sees, edits and resubmits', async () => {
      const a = await entry(t1Clerk, { submit: true });
      const noReason = await step(t1Admin, a.id, 'return');
      expect(noReason.statusCode).toBe(400);
      const blank = await step(t1Admin, a.id, 'return', ' ');
      expect(problemOf(blank).errors?.[0]?.pointer).toBe('/body/reason');

      const returned = await step(t1Admin, a.id, 'return', '请补充活动照片');
      expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请补充活动照片' });
      const seen = (await h.get(t1Clerk, `/api/activities/${a.id}`)).json();
      expect(seen).toMatchObject({ status: 'returned', returnReason: '请补充活动照片', allowed: { edit: true, submit: true } });

      const edited = await h.send(t1Clerk, 'PATCH', `/api/activities/${a.id}`, { version: seen.version, summary: '补充了活动情况' });
      expect(edited.json()).toMatchObject({ status: 'returned', summary: '补充了活动情况' });
      const again = await step(t1Clerk, a.id, 'submit');
      expect(again.json()).toMatchObject({ status: 'submitted', returnReason: null });
    });

    it('reopens an approved entry only for a reviewer strictly above its unit', async () => {
      const village = await entry(t1Clerk, { submit: true });
      await step(t1Admin, village.id, 'approve');
      const reopened = await step(admin, village.id, 'reopen', '数据需要更正');
      expect(reopened.statusCode).toBe(200);
      expect(reopened.json()).toMatchObject({ status: 'returned', returnReason: '数据需要更正', allowed: { edit: true } });

      const own = await entry(t1Admin, { orgId: town1, title: '镇级推进会', submit: true });
      await step(admin, own.id, 'approve');
      const res = await step(t1Admin, own.id, 'reopen', '想改一下');
      expect(res.statusCode).toBe(403);
      expect(problemOf(res)).toMatchObject({ code: 'ACTIVITY_REOPEN_NOT_ABOVE', detail: '只有上级单位的审核员才能重新打开已审核通过的条目' });
      expect((await step(admin, own.id, 'reopen', '县里打开')).json().status).toBe('returned');
    });

    it('serves each reviewer a queue of submitted entries of their subtree that they did not enter', async () => {
      const mine = await entry(t1Admin, { title: '队列：本人录入', submit: true });
      const clerks = await entry(t1Clerk, { title: '队列：填报员录入', submit: true });
      const draft = await entry(t1Clerk, { title: '队列：草稿' });
      const elsewhere = await entry(t2Clerk, { orgId: heping, title: '队列：河口镇', submit: true });

      const queue = (await h.get(t1Admin, '/api/review-queue?pageSize=200')).json();
      const ids = queue.items.map((x: { id: number }) => x.id);
      expect(ids).toContain(clerks.id);
      expect(ids).not.toContain(mine.id);
      expect(ids).not.toContain(draft.id);
      expect(ids).not.toContain(elsewhere.id);
      expect(queue.items.every((x: { status: string }) => x.status === 'submitted')).toBe(true);
      expect(queue.total).toBe(queue.items.length);

      const county = (await h.get(admin, '/api/review-queue?pageSize=200')).json().items.map((x: { id: number }) => x.id);
      expect(county).toEqual(expect.arrayContaining([mine.id, clerks.id, elsewhere.id]));
      expect((await h.get(t1Clerk, '/api/review-queue')).statusCode).toBe(403);
    });

    it('audits each step with before and after in the same transaction as the change', async () => {
      const a = await entry(t1Clerk);
      const audits = () =>
        t.container.database.db
          .selectFrom('audit_log')
          .selectAll()
          .where('entity', '=', 'activity')
          .where('entity_id', '=', String(a.id))
          .orderBy('id')
          .execute();
      await step(t1Clerk, a.id, 'submit');
      await step(t1Admin, a.id, 'approve');
      // A refused step writes nothing.
      await step(t1Clerk, a.id, 'submit');
      const rows = await audits();
      expect(rows.map((r) => r.action)).toEqual(['activity.create', 'activity.submit', 'activity.approve']);
      expect(JSON.parse(rows[2]!.before_json!).status).toBe('submitted');
      expect(JSON.parse(rows[2]!.after_json!).status).toBe('approved');
      expect(rows.every((r) => r.org_unit_id === dongfeng && r.request_id !== null)).toBe(true);
    });
  });
}
