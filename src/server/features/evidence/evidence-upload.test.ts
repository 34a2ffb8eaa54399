import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { makeDocx, makeExe, makeFtyp, makeImage, makePdf, makeZip, multipartFile } from '../../../../test-support/files.js';
import { sha256Of } from './file-store.js';

/** Every file under the store's root, as paths relative to it. */
function storedFiles(root: string, dir = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? storedFiles(root, join(dir, e.name)) : [join(dir, e.name)]));
}

for (const dialect of DIALECTS) {
  describe(`evidence uploads (${dialect})`, () => {
    let t: TestApp;
    let t1Clerk: string;
    let viewer: string;
    let png: Buffer;

    beforeAll(async () => {
      // A 1 MB limit keeps the over-limit upload small.
      t = await createTestApp(dialect, { maxUploadMb: 1 });
      [t1Clerk, viewer] = await Promise.all([t.login('t1-clerk'), t.login('viewer')]);
      png = await makeImage('png', 640, 480);
    });
    afterAll(() => t.close());

    const upload = (cookie: string, filename: string, content: Buffer, query = '') => {
      const body = multipartFile(filename, content);
      return t.app.inject({ method: 'POST', url: `/api/files${query}`, payload: body.payload, headers: { ...body.headers, cookie } });
    };
    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    const evidenceCount = async () =>
      Number(
        (
          await t.container.database.db
            .selectFrom('evidence')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const filesRoot = () => join(t.dataDir, 'files');

    it('stores a PNG photo, detected from its bytes, with a 320px JPEG thumbnail', async () => {
      const res = await upload(t1Clerk, '宣讲现场.png', png, `?caption=${encodeURIComponent('5月15日 东风村 宣讲')}`);
      expect(res.statusCode).toBe(201);
      const e = res.json();
      expect(e).toMatchObject({
        filename: '宣讲现场.png',
        mime: 'image/png',
        size: png.length,
        kind: 'photo',
        caption: '5月15日 东风村 宣讲',
        hasThumbnail: true,
        canOpen: true,
        activityId: null,
      });
      expect(e.url).toBe(`/api/files/${e.id}`);
      expect(e.thumbnailUrl).toBe(`/api/files/${e.id}/thumbnail`);
      const thumb = await get(t1Clerk, e.thumbnailUrl);
      expect(thumb.statusCode).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(thumb.rawPayload).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);
      const audit = await t.container.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'evidence')
        .where('entity_id', '=', String(e.id))
        .executeTakeFirstOrThrow();
      expect(audit.action).toBe('evidence.upload');
      expect(JSON.parse(audit.after_json!)).toMatchObject({ sha256: sha256Of(png), filename: '宣讲现场.png' });
    });

    it('serves the bytes with the stored type, a UTF-8 file name, nosniff and a private cache', async () => {
      const e = (await upload(t1Clerk, "民族团结 (1)'.png", png)).json();
      const res = await get(t1Clerk, e.url);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(png)).toBe(true);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-length']).toBe(String(png.length));
      expect(res.headers['content-disposition']).toBe(
        `inline; filename="____ (1)'.png"; filename*=UTF-8''%E6%B0%91%E6%97%8F%E5%9B%A2%E7%BB%93%20%281%29%27.png`,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toMatch(/^private/);
    });

    it('keeps one blob for the same bytes uploaded twice, with two evidence rows', async () => {
      const jpeg = await makeImage('jpeg', 100, 80);
      const a = (await upload(t1Clerk, 'a.jpg', jpeg)).json();
      const b = (await upload(t1Clerk, 'b.jpg', jpeg)).json();
      expect(a.id).not.toBe(b.id);
      const sha = sha256Of(jpeg);
      const rows = await t.container.database.db.selectFrom('evidence').select('id').where('sha256', '=', sha).execute();
      expect(rows).toHaveLength(2);
      const blobs = storedFiles(filesRoot()).filter((f) => f.includes(sha));
      expect(blobs.sort()).toEqual([join(sha.slice(0, 2), sha.slice(2, 4), sha), join(sha.slice(0, 2), sha.slice(2, 4), `${sha}.thumb.jpg`)]);
      // A small photo is not enlarged.
      expect((await sharp((await get(t1Clerk, b.thumbnailUrl)).rawPayload).metadata()).width).toBe(100);
    });

    it('names a file by what it is: a PNG sent as .jpg is stored as .png', async () => {
      expect((await upload(t1Clerk, 'photo.jpg', png)).json()).toMatchObject({ filename: 'photo.png', mime: 'image/png' });
      expect((await upload(t1Clerk, '2026.05.15 宣讲', png)).json().filename).toBe('2026.05.15 宣讲.png');
      expect((await upload(t1Clerk, '.png', png)).json().filename).toBe('未命名.png');
      expect((await upload(t1Clerk, 'scan.', png)).json().filename).toBe('scan.png');
    });

    it('accepts WebP and HEIC photos; HEIC gets no thumbnail', async () => {
      expect((await upload(t1Clerk, 'w.webp', await makeImage('webp'))).json()).toMatchObject({ mime: 'image/webp', kind: 'photo', hasThumbnail: true });
      const heic = await upload(t1Clerk, 'IMG_0001.HEIC', makeFtyp('heic', ['mif1', 'heic']));
      expect(heic.statusCode).toBe(201);
      expect(heic.json()).toMatchObject({ filename: 'IMG_0001.HEIC', mime: 'image/heic', kind: 'photo', hasThumbnail: false, thumbnailUrl: null });
    });

    it('takes PDF, Word and Excel files as documents; Office files download as attachments', async () => {
      const pdf = (await upload(t1Clerk, '活动方案.pdf', makePdf())).json();
      expect(pdf).toMatchObject({ mime: 'application/pdf', kind: 'document', hasThumbnail: false, thumbnailUrl: null });
      expect((await get(t1Clerk, pdf.url)).headers['content-disposition']).toMatch(/^inline;/);
      const thumb = await get(t1Clerk, `/api/files/${pdf.id}/thumbnail`);
      expect(thumb.statusCode).toBe(404);
      expect(problemOf(thumb).detail).toBe('该文件没有缩略图');
      const docx = (await upload(t1Clerk, '总结.docx', makeDocx())).json();
      expect(docx).toMatchObject({ kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      expect((await get(t1Clerk, docx.url)).headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''%E6%80%BB%E7%BB%93\.docx$/);
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('台账').addRow(['活动', '场次']);
      const xlsx = await upload(t1Clerk, '台账.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), '?kind=signin_sheet');
      expect(xlsx.json()).toMatchObject({ kind: 'signin_sheet', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    });

    it('refuses a program renamed .jpg, a plain zip and an empty file, storing nothing', async () => {
      const before = await evidenceCount();
      for (const [name, bytes] of [
        ['照片.jpg', makeExe()],
        ['材料.docx', makeZip({ 'readme.txt': 'hello' })],
      ] as const) {
        const res = await upload(t1Clerk, name, bytes);
        expect(res.statusCode).toBe(422);
        expect(problemOf(res)).toMatchObject({
          code: 'FILE_TYPE_UNSUPPORTED',
          detail: '不支持的文件类型：只能上传照片（jpg/png/webp/heic）、PDF、Word（docx）或 Excel（xlsx）文件',
        });
      }
      const empty = await upload(t1Clerk, 'empty.png', Buffer.alloc(0));
      expect(empty.statusCode).toBe(422);
      expect(problemOf(empty).code).toBe('FILE_EMPTY');
      expect(await evidenceCount()).toBe(before);
      expect(storedFiles(filesRoot()).some((f) => f.includes(sha256Of(makeExe())))).toBe(false);
    });

    it('answers 413 in Chinese for a file over the configured limit', async () => {
      const before = await evidenceCount();
      const big = Buffer.concat([makePdf(), Buffer.alloc(1024 * 1024)]);
      const res = await upload(t1Clerk, 'big.pdf', big);
      expect(res.statusCode).toBe(413);
      expect(problemOf(res)).toMatchObject({ title: '文件过大', detail: '文件超过1MB上限' });
      expect(await evidenceCount()).toBe(before);
    });

    it('allows the photo kind only for images', async () => {
      const res = await upload(t1Clerk, 'a.pdf', makePdf(), '?kind=photo');
      expect(res.statusCode).toBe(422);
      expect(problemOf(res).errors?.[0]?.pointer).toBe('/query/kind');
    });

    it('wants a multipart body with a `file` field', async () => {
      const json = await t.app.inject({ method: 'POST', url: '/api/files', headers: { cookie: t1Clerk }, payload: { file: 'x' } });
      expect(json.statusCode).toBe(422);
      expect(problemOf(json).code).toBe('FILE_NOT_MULTIPART');
      const body = multipartFile('a.png', png, { field: 'photo' });
      const wrong = await t.app.inject({ method: 'POST', url: '/api/files', payload: body.payload, headers: { ...body.headers, cookie: t1Clerk } });
      expect(problemOf(wrong).code).toBe('FILE_MISSING');
    });

    it('lets only clerks and admins upload (403 for a leader), into a unit of their subtree (404 otherwise)', async () => {
      const denied = await upload(viewer, 'a.png', png);
      expect(denied.statusCode).toBe(403);
      const other = await upload(t1Clerk, 'a.png', png, `?orgId=${await t.orgId('示例县', '河口镇', '和平村')}`);
      expect(other.statusCode).toBe(404);
      expect(problemOf(other).errors?.[0]?.pointer).toBe('/query/orgId');
      expect((await t.app.inject({ method: 'POST', url: '/api/files' })).statusCode).toBe(401);
    });
  });
}
