import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckResultSchema, type CheckResult } from '../../../contracts/report.contract.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { encodeGb18030 } from '../../../../test-support/encoding.js';
import { makeImage, multipartFile } from '../../../../test-support/files.js';

const PASTED = '20xx年，我镇深入开展民族团结进步创建活动，举办宣讲12场次。（小编整理）';

type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer };

/** A multipart/form-data body with fields and files in the given order, as a browser's form sends it. */
function multipartForm(parts: Part[]) {
  const boundary = '----shiliu-check-boundary';
  const chunks = parts.flatMap((p) =>
    'filename' in p
      ? [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
          ),
          p.content,
          Buffer.from('\r\n'),
        ]
      : [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`)],
  );
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function reportDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('关于民族团结进步创建工作的总结'),
          new Paragraph('一、基本情况'),
          new Table({
            rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('宣讲场次')] }), new TableCell({ children: [new Paragraph('12')] })] })],
          }),
          new Paragraph('20xx年，全镇开展主题宣讲。2024年3月举办了民族团结进步月活动。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

for (const dialect of DIALECTS) {
  describe(`POST /api/reports/check (${dialect})`, () => {
    let t: TestApp;
    let viewer: string;
    let clerk: string;

    beforeAll(async () => {
      // A 1 MB upload limit keeps the over-limit upload small.
      t = await createTestApp(dialect, { maxUploadMb: 1 });
      [viewer, clerk] = await Promise.all([t.login('viewer'), t.login('t1-clerk')]);
    });
    afterAll(() => t.close());

    const checkJson = (payload: unknown, cookie?: string) =>
      t.app.inject({ method: 'POST', url: '/api/reports/check', payload: payload as object, headers: cookie ? { cookie } : {} });
    const checkForm = (form: { payload: Buffer; headers: Record<string, string> }, cookie?: string) =>
      t.app.inject({ method: 'POST', url: '/api/reports/check', payload: form.payload, headers: { ...form.headers, ...(cookie && { cookie }) } });
    const resultOf = (res: { statusCode: number; body: string; json(): unknown }): CheckResult => {
      expect(res.statusCode, res.body).toBe(200);
      return CheckResultSchema.parse(res.json());
    };

    it('answers 401 with a Chinese problem to a signed-out caller, for pasted text and for an upload', async () => {
      for (const res of [await checkJson({ text: PASTED }), await checkForm(multipartFile('总结.txt', PASTED))]) {
        expect(res.statusCode).toBe(401);
        expect(problemOf(res)).toMatchObject({ status: 401, code: 'NOT_LOGGED_IN', detail: expect.stringMatching(/[\u4e00-\u9fff]/) });
      }
    });

    it('checks pasted text for any signed-in user: findings with spans into the text, counts and rule titles', async () => {
      for (const cookie of [viewer, clerk]) {
        const result = resultOf(await checkJson({ text: PASTED }, cookie));
        expect(result.text).toBe(PASTED);
        expect(result.findings.map((f) => [f.rule, f.severity, f.text])).toEqual([
          ['placeholder', 'error', '20xx年'],
          ['debris', 'error', '小编'],
        ]);
        for (const f of result.findings) expect(PASTED.slice(f.start, f.end)).toBe(f.text);
        expect(result.summary).toEqual({ errors: 2, warnings: 0, infos: 0 });
        expect(result.rules).toMatchObject({ placeholder: '未填写的占位符', debris: '网页残留内容', date_out_of_period: '日期超出报告期' });
      }
    });

    it('checks dates against the period when from and to are given', async () => {
      const text = '2024年3月，我镇开展民族团结进步月活动。2025年5月举办宣讲。';
      const result = resultOf(await checkJson({ text, from: '2025-01-01', to: '2025-12-31' }, viewer));
      expect(result.findings).toEqual([expect.objectContaining({ rule: 'date_out_of_period', severity: 'warning', text: '2024年3月', start: 0, end: 7 })]);
      expect(result.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
      expect(resultOf(await checkJson({ text }, viewer)).findings).toEqual([]);
    });

    it('answers 400 problem+json in Chinese for empty or over-long text or a malformed date', async () => {
      const empty = problemOf(await checkJson({ text: '' }, viewer));
      expect(empty).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', detail: expect.stringContaining('请粘贴要检查的材料') });
      expect(empty.errors).toEqual([{ pointer: '/body/text', message: '请粘贴要检查的材料' }]);
      const badDate = problemOf(await checkJson({ text: PASTED, from: '2025/1/1', to: '2025-12-31' }, viewer));
      expect(badDate).toMatchObject({ status: 400, detail: expect.stringContaining('日期格式应为 YYYY-MM-DD') });
      expect(badDate.errors?.[0]?.pointer).toBe('/body/from');
      // 600,000 characters of Chinese (1.8 MB) pass the body limit and meet the contract's own maximum.
      const long = problemOf(await checkJson({ text: '民'.repeat(600_000) }, viewer));
      expect(long).toMatchObject({ status: 400, detail: expect.stringContaining('材料过长（超过50万字）') });
    });

    it('answers 422 in Chinese for half a period or one that ends before it starts', async () => {
      const half = await checkJson({ text: PASTED, from: '2025-01-01' }, viewer);
      expect(half.statusCode).toBe(422);
      expect(problemOf(half)).toMatchObject({
        code: 'CHECK_PERIOD_INCOMPLETE',
        detail: '报告期需同时填写开始日期和结束日期',
        errors: [{ pointer: '/body/to' }],
      });
      const backwards = await checkJson({ text: PASTED, from: '2025-12-31', to: '2025-01-01' }, viewer);
      expect(backwards.statusCode).toBe(422);
      expect(problemOf(backwards)).toMatchObject({ code: 'REPORT_PERIOD_INVALID', detail: expect.stringContaining('报告期') });
    });

    it('checks an uploaded .docx, table cells included, and flags the planted 20xx年 at its span in the extracted text', async () => {
      const docx = await reportDocx();
      const result = resultOf(
        await checkForm(
          multipartForm([
            { name: 'from', value: '2025-01-01' },
            { name: 'file', filename: '总结.docx', content: docx },
            { name: 'to', value: '2025-12-31' },
          ]),
          clerk,
        ),
      );
      expect(result.text).toBe('关于民族团结进步创建工作的总结\n一、基本情况\n宣讲场次\n12\n20xx年，全镇开展主题宣讲。2024年3月举办了民族团结进步月活动。');
      const placeholder = result.findings.find((f) => f.rule === 'placeholder');
      const at = result.text.indexOf('20xx年');
      expect(placeholder).toMatchObject({ start: at, end: at + 5, text: '20xx年', severity: 'error' });
      // The period sent after the file counts too.
      expect(result.findings.find((f) => f.rule === 'date_out_of_period')?.text).toBe('2024年3月');
    });

    it('reads an uploaded GBK .txt, and takes pasted text sent as a form field', async () => {
      const txt = resultOf(await checkForm(multipartFile('总结.txt', encodeGb18030('20xx年工作总结\r\n一、基本情况')), viewer));
      expect(txt.text).toBe('20xx年工作总结\n一、基本情况');
      expect(txt.findings[0]).toMatchObject({ rule: 'placeholder', start: 0, end: 5 });
      const field = resultOf(await checkForm(multipartForm([{ name: 'text', value: PASTED }]), viewer));
      expect(field.findings).toHaveLength(2);
    });

    it('answers 422 in Chinese for a legacy .doc, a photo, a form without a file, or both a file and text', async () => {
      const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024, 0)]);
      const legacy = await checkForm(multipartFile('总结.doc', doc), viewer);
      expect(legacy.statusCode).toBe(422);
      expect(problemOf(legacy)).toMatchObject({ code: 'CHECK_FILE_LEGACY_DOC', detail: expect.stringContaining('.docx') });

      const photo = await checkForm(multipartFile('总结.docx', await makeImage('png', 16, 16)), viewer);
      expect(photo.statusCode).toBe(422);
      expect(problemOf(photo)).toMatchObject({ code: 'CHECK_FILE_TYPE', detail: expect.stringContaining('请上传 .docx 或 .txt 文件') });

      const noFile = await checkForm(multipartForm([{ name: 'from', value: '2025-01-01' }]), viewer);
      expect(noFile.statusCode).toBe(422);
      expect(problemOf(noFile)).toMatchObject({ code: 'CHECK_NO_FILE', detail: expect.stringContaining('.docx') });

      const both = await checkForm(
        multipartForm([
          { name: 'text', value: PASTED },
          { name: 'file', filename: 'a.txt', content: Buffer.from(PASTED) },
        ]),
        viewer,
      );
      expect(problemOf(both)).toMatchObject({ status: 422, code: 'CHECK_FILE_AND_TEXT' });

      const empty = await checkForm(multipartFile('空.txt', Buffer.alloc(0)), viewer);
      expect(problemOf(empty)).toMatchObject({ status: 422, detail: '上传的文件是空的' });
    });

    it('answers 413 in Chinese for a file over the upload limit', async () => {
      const res = await checkForm(multipartFile('大.txt', Buffer.alloc(1024 * 1024 + 10, 0x61)), viewer);
      expect(res.statusCode).toBe(413);
      expect(problemOf(res).detail).toBe('文件超过1MB上限');
    });
  });
}
