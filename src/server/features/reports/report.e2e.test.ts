import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RefreshedReport, ReportDetail, StoredReportCheck } from '../../../contracts/report-api.contract.js';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';
import { multipartFile } from '../../../../test-support/files.js';
import { ok } from '../../../../test-support/stats.js';

// The whole chain as wired in container.ts: the drafter reads the demo ledger's statistics, the
// evaluator re-asks each figure, charts are drawn by ECharts + resvg, the .docx written by the GB/T writer.
const SLOW = 60_000;

for (const dialect of DIALECTS) {
  describe(`reports through the real drafter, evaluator, charts and .docx writer (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let admin: string;
    let county: number;
    let report: ReportDetail;

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgerEntries: 400 });
      h = ledgerHelpers(t);
      admin = await t.login('admin');
      county = await t.orgId('示例县');
      report = ok(await h.send(admin, 'POST', '/api/reports', { orgId: county, from: '2025-01-01', to: '2025-12-31' }), 201).json();
    }, SLOW);
    afterAll(() => t.close());

    it(
      'drafts the demo county’s report from its ledger, every figure a binding the evaluator answers alike',
      async () => {
        expect(report).toMatchObject({ orgName: '示例县', kind: 'county', version: 1 });
        expect(report.title).toContain('示例县');
        expect(report.body.figures.length).toBeGreaterThan(3);
        expect(report.body.figures.some((f) => f.value > 0)).toBe(true);
        // Nothing changed in the ledger, so nothing may change on refresh: the evaluator answers each
        // question as the drafter did, and the texts are written the same way.
        const refreshed = ok(await h.send(admin, 'POST', `/api/reports/${report.id}/refresh`, { version: 1 })).json() as RefreshedReport;
        expect(refreshed.changed).toEqual([]);
        expect(refreshed.body.figures.map((f) => [f.id, f.value, f.text])).toEqual(report.body.figures.map((f) => [f.id, f.value, f.text]));
      },
      SLOW,
    );

    it(
      'downloads it as a .docx: a zip whose word/document.xml holds the title and whose charts are embedded',
      async () => {
        const res = await h.get(admin, `/api/reports/${report.id}/docx`);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${report.title}.docx`)}`);
        expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04'));
        const zip = new PizZip(res.rawPayload);
        const xml = zip.file('word/document.xml')!.asText();
        expect(xml).toContain(report.title);
        const charts = report.body.blocks.filter((b) => b.type === 'chart').length;
        if (charts > 0) expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThan(0);
      },
      SLOW,
    );

    it(
      'passes 材料体检 as stored (figures re-asked of the ledger) and as downloaded (figures found where they were written)',
      async () => {
        const stored = ok(await h.send(admin, 'POST', `/api/reports/${report.id}/check`)).json() as StoredReportCheck;
        expect(stored.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        const form = multipartFile('报告.docx', ok(await h.get(admin, `/api/reports/${report.id}/docx`)).rawPayload);
        const res = await t.app.inject({ method: 'POST', url: '/api/reports/check', payload: form.payload, headers: { ...form.headers, cookie: admin } });
        const uploaded = ok(res).json() as CheckResult;
        expect(uploaded.findings.filter((f) => f.rule === 'figure_mismatch')).toEqual([]);
        // The file holds every figure of the body where the stored text has it.
        for (const f of report.body.figures) expect(uploaded.text).toContain(f.text);
      },
      SLOW,
    );
  });
}
