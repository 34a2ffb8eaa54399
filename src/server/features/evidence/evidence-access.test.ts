import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../../contracts/ledger.contract.js';
import { createTestApp, DEMO_PASSWORD, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { makeImage, makePdf, multipartFile } from '../../../../test-support/files.js';
import { actorOf, type Actor } from '../../../domain/access.js';
import { toEvidence } from './evidence.mapper.js';

for (const dialect of DIALECTS) {
  describe(`evidence access (${dialect})`, () => {
    let t: TestApp;
    let admin: string;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Clerk: string;
    let countyClerk: string;
    let photo: Evidence;
    let sheet: Evidence;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      [admin, viewer, t1Admin, t1Clerk, t2Clerk] = await Promise.all([
        t.login('admin'),
        t.login('viewer'),
        t.login('t1-admin'),
        t.login('t1-clerk'),
        t.login('t2-clerk'),
      ]);
      // A county-level clerk: in scope of every village, but neither the sheet's unit nor a reviewer.
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: admin },
        payload: { username: 'county-clerk', displayName: '县填报员', orgId: await t.orgId('示例县'), roles: ['clerk'], password: DEMO_PASSWORD },
      });
      expect(created.statusCode).toBe(201);
      countyClerk = await t.login('county-clerk');
      // An admin-set password must be replaced before the account may do anything else.
      const own = await t.app.inject({
        method: 'POST',
        url: '/api/me/password',
        headers: { cookie: countyClerk },
        payload: { currentPassword: DEMO_PASSWORD, newPassword: 'county-clerk-own-1' },
      });
      expect(own.statusCode).toBe(204);
      photo = (await upload(t1Clerk, '现场.jpg', await makeImage('jpeg'))).json();
      sheet = (await upload(t1Clerk, '签到表.jpg', await makeImage('jpeg', 300, 400), '?kind=signin_sheet')).json();
    });
    afterAll(() => t.close());

    const db = () => t.container.database.db;
    function upload(cookie: string, filename: string, content: Buffer, query = '') {
      const body = multipartFile(filename, content);
      return t.app.inject({ method: 'POST', url: `/api/files${query}`, payload: body.payload, headers: { ...body.headers, cookie } });
    }
    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const patch = (cookie: string, id: number, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/files/${id}`, headers: { cookie }, payload });
    const actorFor = async (cookie: string): Promise<Actor> => actorOf((await t.container.auth.resolveSession(cookie.split('=')[1]!))!);
    const unitPath = async (id: number) =>
      (
        await db()
          .selectFrom('org_unit')
          .select('path')
          .innerJoin('evidence', 'evidence.org_unit_id', 'org_unit.id')
          .where('evidence.id', '=', id)
          .executeTakeFirstOrThrow()
      ).path;

    it("serves a unit's photo to its own staff and to every level above", async () => {
      for (const cookie of [t1Clerk, t1Admin, admin, viewer, countyClerk]) expect((await get(cookie, photo.url)).statusCode).toBe(200);
    });

    it('answers 404 for a file of another township, for reads and writes alike', async () => {
      for (const res of [await get(t2Clerk, photo.url), await get(t2Clerk, `${photo.url}/thumbnail`), await patch(t2Clerk, photo.id, { caption: '越界' })]) {
        expect(res.statusCode).toBe(404);
        expect(problemOf(res).detail).toBe('文件不存在，或不在您的管辖范围内');
      }
    });

    it('opens a sign-in sheet only for its unit and reviewers above (403 for others)', async () => {
      for (const cookie of [t1Clerk, t1Admin, admin]) expect((await get(cookie, sheet.url)).statusCode).toBe(200);
      for (const cookie of [viewer, countyClerk]) {
        for (const res of [await get(cookie, sheet.url), await get(cookie, `${sheet.url}/thumbnail`)]) {
          expect(res.statusCode).toBe(403);
          expect(problemOf(res).detail).toBe('签到表含有个人姓名，仅本单位和上级审核员可以查看');
        }
      }
      expect((await get(t1Clerk, sheet.url)).headers['cache-control']).toBe('private, no-store');
    });

    it('lists a sign-in sheet to a leader with canOpen false and no thumbnail, via the shared mapper', async () => {
      const row = (await t.container.stores.evidence.findById(sheet.id))!;
      const path = await unitPath(sheet.id);
      expect(toEvidence(row, await actorFor(viewer), path)).toMatchObject({
        kind: 'signin_sheet',
        canOpen: false,
        hasThumbnail: true,
        thumbnailUrl: null,
        url: sheet.url,
      });
      expect(toEvidence(row, await actorFor(t1Admin), path)).toMatchObject({ canOpen: true, thumbnailUrl: `${sheet.url}/thumbnail` });
    });

    it('updates caption and kind for clerks in scope, audited, and keeps serving the file', async () => {
      const res = await patch(t1Clerk, photo.id, { caption: '2026年5月15日 东风村文化广场 民族团结宣讲' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: photo.id, caption: '2026年5月15日 东风村文化广场 民族团结宣讲', kind: 'photo', canOpen: true });
      expect((await db().selectFrom('evidence').select('caption').where('id', '=', photo.id).executeTakeFirstOrThrow()).caption).toBe(
        '2026年5月15日 东风村文化广场 民族团结宣讲',
      );
      expect((await get(t1Clerk, photo.url)).statusCode).toBe(200);
      expect((await patch(t1Clerk, photo.id, { kind: 'document' })).json().kind).toBe('document');
      const audit = await db()
        .selectFrom('audit_log')
        .select(['action', 'before_json', 'after_json'])
        .where('entity', '=', 'evidence')
        .where('entity_id', '=', String(photo.id))
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['evidence.upload', 'evidence.update', 'evidence.update']);
      expect(JSON.parse(audit[2]!.before_json!).kind).toBe('photo');
    });

    it('refuses the photo kind for a PDF, and edits by a leader (403)', async () => {
      const pdf = (await upload(t1Clerk, '方案.pdf', makePdf())).json();
      const res = await patch(t1Clerk, pdf.id, { kind: 'photo' });
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).errors?.[0]?.pointer).toBe('/body/kind');
      expect((await patch(viewer, pdf.id, { caption: '领导' })).statusCode).toBe(403);
    });

    it('lets nobody who cannot open a sign-in sheet relabel it', async () => {
      const res = await patch(countyClerk, sheet.id, { kind: 'document' });
      expect(res.statusCode).toBe(403);
      expect((await db().selectFrom('evidence').select('kind').where('id', '=', sheet.id).executeTakeFirstOrThrow()).kind).toBe('signin_sheet');
    });

    it('locks the files of an approved entry (409) but not of a draft', async () => {
      const file = (await upload(t1Clerk, '附件.pdf', makePdf())).json();
      const type = await db().selectFrom('activity_type').select('id').where('code', '=', 'edu.lecture').executeTakeFirstOrThrow();
      const now = new Date().toISOString();
      const { id: activityId } = await db()
        .insertInto('activity')
        .values({
          org_unit_id: await t.orgId('示例县', '城关镇', '东风村'),
          type_id: type.id,
          title: '宣讲',
          start_date: '2026-05-15',
          end_date: '2026-05-15',
          place: '',
          organiser: '',
          summary: '',
          evidence_count: 0,
          version: 1,
          status: 'draft',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db().updateTable('evidence').set({ activity_id: activityId }).where('id', '=', file.id).execute();
      expect((await patch(t1Clerk, file.id, { caption: '草稿可改' })).json()).toMatchObject({ caption: '草稿可改', activityId });
      await db().updateTable('activity').set({ status: 'approved' }).where('id', '=', activityId).execute();
      const locked = await patch(t1Clerk, file.id, { caption: '已通过' });
      expect(locked.statusCode).toBe(409);
      expect(problemOf(locked).code).toBe('EVIDENCE_LOCKED');
      expect((await get(t1Clerk, file.url)).statusCode).toBe(200);
    });

    it('answers 404 for deleted evidence', async () => {
      const file = (await upload(t1Clerk, '作废.pdf', makePdf())).json();
      await db().updateTable('evidence').set({ deleted_at: new Date().toISOString() }).where('id', '=', file.id).execute();
      expect((await get(t1Clerk, file.url)).statusCode).toBe(404);
      expect((await patch(t1Clerk, file.id, { caption: 'x' })).statusCode).toBe(404);
    });

    it('has no route that deletes a file', async () => {
      const res = await t.app.inject({ method: 'DELETE', url: photo.url, headers: { cookie: admin } });
      expect(res.statusCode).toBe(404);
      expect(problemOf(res).code).toBe('ROUTE_NOT_FOUND');
    });

    it('accepts files above the 1 MB JSON body limit up to the upload limit (20 MB by default)', async () => {
      const big = Buffer.concat([makePdf(), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
      const res = await upload(t1Clerk, '大文件.pdf', big);
      expect(res.statusCode).toBe(201);
      expect(res.json().size).toBe(big.length);
    });
  });
}
