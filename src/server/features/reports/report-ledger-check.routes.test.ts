import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredReportCheckSchema, type ReportDetail, type StoredReportCheck } from '../../../contracts/report-api.contract.js';
import { CheckResultSchema, type CheckResult } from '../../../contracts/report.contract.js';
import { blockAtOffset } from '../../../domain/report-body/index.js';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';
import { useFakeReportParts } from '../../../../test-support/reports.js';
import { ok } from '../../../../test-support/stats.js';
import { GbtReportDocxWriter } from '../../word/report-docx.writer.js';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

/** A multipart form with optional period fields before the file, as the 材料体检 page sends it. */
function uploadForm(content: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----shiliu-ledger-check';
  const parts = [
    ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="报告.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The .docx with the first occurrence of `from` in its XML replaced, as a Word user typing over it leaves it. */
function typedOver(docx: Buffer, from: string, to: string): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' });
}

for (const dialect of DIALECTS) {
  describe(`材料体检 of Shiliu's own reports: figures against the ledger and the written .docx (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let viewer: string;
    let t1Admin: string;
    let t1Clerk: string;
    let t2Admin: string;
    let dongfeng: number;
    let lecture: number;
    let report: ReportDetail;

    const approvedEntry = async (startDate: string, measures: Record<string, number>) => {
      const created = await h.create(t1Clerk, { orgId: dongfeng, typeId: lecture, title: `宣讲${startDate}`, startDate, measures, submit: true });
      ok(await h.send(t1Admin, 'POST', `/api/activities/${created.id}/approve`));
    };
    const checkStored = async (cookie: string, id = report.id): Promise<StoredReportCheck> =>
      StoredReportCheckSchema.parse(ok(await h.send(cookie, 'POST', `/api/reports/${id}/check`)).json());
    const figureFindings = (r: CheckResult) => r.findings.filter((f) => f.rule === 'figure_mismatch');
    const upload = async (content: Buffer, fields: Record<string, string> = {}): Promise<CheckResult> => {
      const form = uploadForm(content, fields);
      const res = await t.app.inject({ method: 'POST', url: '/api/reports/check', payload: form.payload, headers: { ...form.headers, cookie: t1Admin } });
      expect(res.statusCode, res.body).toBe(200);
      return CheckResultSchema.parse(res.json());
    };
    const docx = async (): Promise<Buffer> => ok(await h.get(t1Admin, `/api/reports/${report.id}/docx`)).rawPayload;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      useFakeReportParts(t.container, { docxWriter: new GbtReportDocxWriter() });
      [viewer, t1Admin, t1Clerk, t2Admin] = (await Promise.all(['viewer', 't1-admin', 't1-clerk', 't2-admin'].map((u) => t.login(u)))) as [
        string,
        string,
        string,
        string,
      ];
      dongfeng = await t.orgId('示例县', '城关镇', '东风村');
      lecture = await h.typeId('edu.lecture');
      await approvedEntry('2026-03-10', { sessions: 1, attendance: 30 });
      report = ok(await h.send(t1Admin, 'POST', '/api/reports', { orgId: await t.orgId('示例县', '城关镇'), ...YEAR }), 201).json();
      expect(report.body.figures.map((f) => f.text)).toEqual(['1项', '30人次', '0元']);
    });
    afterAll(() => t.close());

    it('finds no figure out of line with the ledger in a fresh draft, and lays its blocks over the text', async () => {
      const r = await checkStored(t1Admin);
      expect(figureFindings(r)).toEqual([]);
      expect(r.version).toBe(1);
      expect(r.text.split('\n')).toEqual([
        '城关镇2026年民族团结进步创建工作总结',
        '一、基本情况',
        '全年开展活动1项，参与30人次，投入资金0元。',
        '城关镇',
        '2026-12-31',
      ]);
      expect(r.blocks.map((b) => [b.blockId, r.text.slice(b.start, b.end)])).toEqual([
        ['b1', '城关镇2026年民族团结进步创建工作总结'],
        ['b2', '一、基本情况'],
        ['b3', '全年开展活动1项，参与30人次，投入资金0元。'],
        ['b5', '城关镇'],
        ['b6', '2026-12-31'],
      ]);
    });

    it('flags exactly the figure the ledger has moved away from since the draft, until a refresh', async () => {
      // One more approved lecture that nobody attended and cost nothing: only the entry count moves.
      await approvedEntry('2026-06-10', { sessions: 1, attendance: 0 });
      const drifted = await checkStored(t1Admin);
      const at = drifted.text.indexOf('1项');
      expect(figureFindings(drifted)).toEqual([
        {
          rule: 'figure_mismatch',
          severity: 'error',
          start: at,
          end: at + 2,
          text: '1项',
          message: '「开展活动」与台账不符：材料中为「1项」，台账现为「2项」，请刷新数字。',
        },
      ]);
      expect(blockAtOffset(drifted.blocks, at)).toBe('b3');
      expect(drifted.summary.errors).toBeGreaterThanOrEqual(1);
      // Checking stores nothing: the report is still at version 1.
      expect((ok(await h.get(t1Admin, `/api/reports/${report.id}`)).json() as ReportDetail).version).toBe(1);

      ok(await h.send(t1Admin, 'POST', `/api/reports/${report.id}/refresh`, { version: 1 }));
      const refreshed = await checkStored(t1Admin);
      expect(refreshed.version).toBe(2);
      expect(figureFindings(refreshed)).toEqual([]);
      expect(refreshed.text).toContain('全年开展活动2项');
      report = ok(await h.get(t1Admin, `/api/reports/${report.id}`)).json();
    });

    it('lets a reader above check it, and answers 404 outside the caller’s subtree or for no report', async () => {
      expect(figureFindings(await checkStored(viewer))).toEqual([]);
      const outside = await h.send(t2Admin, 'POST', `/api/reports/${report.id}/check`);
      expect(outside.statusCode).toBe(404);
      expect(problemOf(outside)).toMatchObject({ code: 'REPORT_NOT_FOUND' });
      expect((await h.send(t1Admin, 'POST', '/api/reports/999999/check')).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: `/api/reports/${report.id}/check` })).statusCode).toBe(401);
    });

    it('warns about a figure whose question can no longer be answered, instead of failing', async () => {
      const stored = (await t.container.stores.reports.findById(report.id))!;
      const body = {
        ...stored.body,
        figures: stored.body.figures.map((f) => (f.id === 'f3' ? { ...f, query: { ...f.query, metric: 'retired_indicator' } } : f)),
      };
      await t.container.stores.reports.save(
        report.id,
        { title: stored.title, body, note: '测试' },
        { version: stored.version, userId: stored.updatedBy, now: new Date().toISOString() },
      );
      try {
        const r = await checkStored(t1Admin);
        const at = r.text.indexOf('0元');
        expect(figureFindings(r)).toEqual([
          {
            rule: 'figure_mismatch',
            severity: 'warning',
            start: at,
            end: at + 2,
            text: '0元',
            message: '「投入资金」已无法按台账重新计算（未知的指标代码：retired_indicator）：材料中为「0元」，请核对数字的来源。',
          },
        ]);
      } finally {
        const current = (await t.container.stores.reports.findById(report.id))!;
        await t.container.stores.reports.save(
          report.id,
          { title: stored.title, body: stored.body, note: '测试' },
          { version: current.version, userId: stored.updatedBy, now: new Date().toISOString() },
        );
        report = ok(await h.get(t1Admin, `/api/reports/${report.id}`)).json();
      }
    });

    it('checks its downloaded .docx against the report’s period, with no figure or other false alarm', async () => {
      const file = await docx();
      const result = await upload(file);
      expect(figureFindings(result)).toEqual([]);
      // The same text pasted with the same period finds the same: the stamp adds nothing to an unedited file.
      const pasted = CheckResultSchema.parse(ok(await h.send(t1Admin, 'POST', '/api/reports/check', { text: result.text, ...YEAR })).json());
      expect(result.findings).toEqual(pasted.findings);
      expect(result.findings).toEqual([]);
      // The period came from the file: another period given by the caller wins and flags its 2026 dates.
      const otherYear = await upload(file, { from: '2025-01-01', to: '2025-12-31' });
      expect(otherYear.findings.some((f) => f.rule === 'date_out_of_period')).toBe(true);
      expect(result.findings.some((f) => f.rule === 'date_out_of_period')).toBe(false);
    });

    it('flags a figure typed over in the downloaded .docx at its span in the extracted text', async () => {
      const result = await upload(typedOver(await docx(), '参与30人次', '参与50人次'));
      const at = result.text.indexOf('参与50人次') + 2;
      expect(figureFindings(result)).toEqual([
        {
          rule: 'figure_mismatch',
          severity: 'error',
          start: at,
          end: at + 4,
          text: '50人次',
          message: '「参与人次」被改写：原为「30人次」，现为「50人次」，数字应以台账为准。',
        },
      ]);
      expect(result.text.slice(at, at + 4)).toBe('50人次');
    });

    it('stores a figure the writer unbound as typed text, which the check treats as typed, not as bound to the ledger', async () => {
      const current: ReportDetail = ok(await h.get(t1Admin, `/api/reports/${report.id}`)).json();
      const entries = current.body.figures.find((f) => f.label === '开展活动')!;
      // The editor's 解除绑定: the figure's inline becomes the text it showed; the figure itself stays listed.
      const blocks = current.body.blocks.map((b) => ({
        ...b,
        inlines: b.inlines.map((i) => (i.kind === 'figure' && i.figureId === entries.id ? { kind: 'text' as const, text: entries.text } : i)),
      }));
      const payload = { version: current.version, body: { ...current.body, blocks } };
      const saved: ReportDetail = ok(await t.app.inject({ method: 'PUT', url: `/api/reports/${report.id}`, headers: { cookie: t1Admin }, payload })).json();
      const written = saved.body.blocks.flatMap((b) => b.inlines).filter((i) => i.kind === 'text' && i.text === entries.text);
      expect(written).toHaveLength(1);
      expect(saved.body.blocks.some((b) => b.inlines.some((i) => i.kind === 'figure' && i.figureId === entries.id))).toBe(false);

      // The ledger moves past the typed number: a bound figure would be flagged, a typed one is not.
      await approvedEntry('2026-09-10', { sessions: 1, attendance: 0 });
      const r = await checkStored(t1Admin);
      expect(r.text).toContain(`全年开展活动${entries.text}`);
      expect(figureFindings(r)).toEqual([]);
      // Nor in the .docx: the file no longer marks it as a figure.
      expect(figureFindings(await upload(await docx()))).toEqual([]);
      // The figures still bound are checked as before: more attendance is flagged, the typed count still not.
      await approvedEntry('2026-10-10', { sessions: 1, attendance: 5 });
      const moved = figureFindings(await checkStored(t1Admin));
      expect(moved.map((f) => f.message)).toEqual([expect.stringContaining('「参与人次」与台账不符')]);
    });
  });
}
