import type { ChartSpec, Figure, FigureQuery, ReportBody } from '../src/contracts/report.contract.js';
import type { Actor } from '../src/domain/access.js';
import type { Container } from '../src/server/container.js';
import { ReportRenderService } from '../src/server/features/reports/report-render.service.js';
import { figureText } from '../src/domain/report-body/index.js';
import { ReportService } from '../src/server/features/reports/report.service.js';
import type { DraftRequest, FigureEvaluator, ReportDrafter } from '../src/server/features/reports/report.types.js';
import type { ChartRenderer, RenderableReport, ReportDocxWriter } from '../src/server/word/renderable-report.js';

/**
 * Small stand-ins for the parts of the reports feature, so the report store can be tested on its
 * own: figures answered from the real statistics, a fixed draft, a chart renderer and a writer
 * that record what they were given.
 */

/** Answers a figure from the statistics API's totals: entries or an indicator sum of the subtree. */
export function statsEvaluator(c: Container): FigureEvaluator {
  return {
    async evaluate(actor: Actor, q: FigureQuery) {
      const result = await c.stats.query(actor, {
        org: q.org,
        from: q.from,
        to: q.to,
        status: q.status,
        groupBy: 'none',
        indicators: q.metric === 'entries' ? [] : [q.metric],
        ...(q.types && { types: q.types }),
      });
      return result.totals[q.metric] ?? 0;
    },
  };
}

/** The draft every test report starts from: a title, one heading, a sentence with three figures, a chart, the signature. */
export function fakeDrafter(c: Container, evaluator: FigureEvaluator): ReportDrafter {
  return {
    async draft(actor: Actor, r: DraftRequest) {
      const org = (await c.stores.orgs.findById(r.orgId))!;
      const at = new Date().toISOString();
      const figure = async (id: string, label: string, metric: string, style: Figure['style'], unit: string): Promise<Figure> => {
        const query: FigureQuery = { org: r.orgId, from: r.from, to: r.to, status: r.status, metric };
        const value = await evaluator.evaluate(actor, query);
        return { id, label, query, style, unit, value, text: figureText({ style, unit }, value), refreshedAt: at, previousText: null };
      };
      const figures = [
        await figure('f1', '开展活动', 'entries', 'exact', '项'),
        await figure('f2', '参与人次', 'attendance', 'approx', '人次'),
        await figure('f3', '投入资金', 'funds', 'money', '元'),
      ];
      const chart: ChartSpec = {
        kind: 'bar',
        title: '各单位活动数',
        org: r.orgId,
        from: r.from,
        to: r.to,
        status: r.status,
        groupBy: 'child',
        metric: 'entries',
      };
      const body: ReportBody = {
        blocks: [
          { id: 'b1', type: 'title', inlines: [{ kind: 'text', text: `${org.name}${r.from.slice(0, 4)}年民族团结进步创建工作总结` }] },
          { id: 'b2', type: 'heading', level: 1, section: 'basic', inlines: [{ kind: 'text', text: '基本情况' }] },
          {
            id: 'b3',
            type: 'paragraph',
            section: 'basic',
            inlines: [
              { kind: 'text', text: '全年开展活动' },
              { kind: 'figure', figureId: 'f1' },
              { kind: 'text', text: '，参与' },
              { kind: 'figure', figureId: 'f2' },
              { kind: 'text', text: '，投入资金' },
              { kind: 'figure', figureId: 'f3' },
              { kind: 'text', text: '。' },
            ],
          },
          { id: 'b4', type: 'chart', section: 'basic', inlines: [], chart },
          { id: 'b5', type: 'signature', inlines: [{ kind: 'text', text: org.name }] },
          { id: 'b6', type: 'date', inlines: [{ kind: 'text', text: r.to }] },
        ],
        figures,
        options: { charts: true, appendix: true },
      };
      return { title: `${org.name}${r.from.slice(0, 4)}年民族团结进步创建工作总结`, body };
    },
  };
}

/** Records each chart it is asked to draw and answers with a few fixed bytes. */
export function fakeCharts(): ChartRenderer & { calls: Array<{ spec: ChartSpec; data: Array<{ label: string; value: number }>; unit: string }> } {
  const calls: Array<{ spec: ChartSpec; data: Array<{ label: string; value: number }>; unit: string }> = [];
  return {
    calls,
    async render(spec, data, unit) {
      calls.push({ spec, data, unit });
      return { png: Buffer.from([0x89, 0x50, 0x4e, 0x47]), width: 1600, height: 900 };
    },
  };
}

/** Keeps the last report it was given and writes zip magic followed by the title. */
export function fakeWriter(): ReportDocxWriter & { last?: RenderableReport } {
  const writer: ReportDocxWriter & { last?: RenderableReport } = {
    async write(report) {
      writer.last = report;
      return Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(report.title)]);
    },
  };
  return writer;
}

/**
 * Replaces the container's report service with one made of the stand-ins above; returns them.
 * `docxWriter` replaces the recording writer (the real GB/T writer, for tests that read the file).
 */
export function useFakeReportParts(c: Container, options: { docxWriter?: ReportDocxWriter } = {}) {
  const evaluator = statsEvaluator(c);
  const charts = fakeCharts();
  const writer = fakeWriter();
  const render = new ReportRenderService(c.stores, c.stats, charts);
  c.reports = new ReportService(c.stores, c.transact, { drafter: fakeDrafter(c, evaluator), evaluator, render, writer: options.docxWriter ?? writer });
  return { evaluator, charts, writer };
}
