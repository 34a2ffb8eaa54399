import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureQuery, ReportBody, ReportKind } from '../../../contracts/report.contract.js';
import type { CoverageResult, StatsResult } from '../../../contracts/stats.contract.js';
import { checkReport } from '../../../domain/report-check/index.js';
import { reportPlainText } from '../../../domain/report-draft/index.js';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ok, queryString } from '../../../../test-support/stats.js';
import { actorOf, type Actor } from '../../../domain/access.js';
import { FigureEvaluatorService } from './figure-evaluator.service.js';
import { ReportDraftService } from './report-draft.service.js';

const SECTIONS = ['基本情况', '主要做法', '亮点及特色', '存在的不足', '下一步工作打算'];
/** Leftovers a drafted text must never hold: template blanks, unfilled values, a figure of 0 (10场次 is fine, 0场次 is not). */
const FORBIDDEN = [/XX/, /xx/, /某某/, /undefined/, /NaN/, /null/, /(?<![\d.])0(?:场次|人次|项|户|份|件|元|人|名|个|所|家|起|条|块|支)/];
const LAST_YEAR = new Date().getUTCFullYear() - 1;
const PERIOD = { from: `${LAST_YEAR}-01-01`, to: `${LAST_YEAR}-12-31` };
// Drafts compare equal only with the clock fixed (figures carry their refresh time).
const NOW = new Date().toISOString();

type Draft = { title: string; body: ReportBody };

const level1 = (body: ReportBody) =>
  body.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''));
const blockTexts = (body: ReportBody) => body.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.kind === 'text' ? [i.text] : [])));

for (const dialect of DIALECTS) {
  describe(`ReportDraftService (${dialect})`, () => {
    let t: TestApp;
    let cookie: string;
    let admin: Actor;
    let drafter: ReportDraftService;
    let county: Draft;
    const unit = { county: 0, town: 0, school: 0, otherTown: 0 };

    const draftOf = (orgId: number, kind: ReportKind, actor = admin) => drafter.draft(actor, { orgId, ...PERIOD, kind, status: 'approved' });

    /** A figure's question asked through the HTTP API as the county admin, as a user would check it. */
    async function answerOverHttp(q: FigureQuery): Promise<number> {
      const period = { org: q.org, from: q.from, to: q.to, status: q.status };
      const get = async (path: string, query: Record<string, string | number>) =>
        ok(await t.app.inject({ method: 'GET', url: `${path}?${queryString(query)}`, headers: { cookie } })).json();
      if (q.metric === 'units' || q.metric === 'reporting_units') {
        const r = (await get('/api/stats/coverage', { ...period, ...(q.unitKind && { kind: q.unitKind }) })) as CoverageResult;
        return q.metric === 'units' ? r.units : r.reporting;
      }
      const indicators: Record<string, string> = q.metric === 'entries' ? {} : { indicators: q.metric };
      if (q.tagId !== undefined) {
        const r = (await get('/api/stats', { ...period, ...indicators, groupBy: 'tag' })) as StatsResult;
        return r.groups.find((g) => g.key === String(q.tagId))?.totals[q.metric] ?? 0;
      }
      const r = (await get('/api/stats', { ...period, ...indicators, ...(q.types && { types: q.types.join(',') }) })) as StatsResult;
      return r.totals[q.metric] ?? 0;
    }

    /** The checks every draft must pass, whatever the unit. */
    function expectSound(draft: Draft, orgName: string) {
      const { blocks, figures } = draft.body;
      expect(draft.title).toBe(`${orgName}${LAST_YEAR}年民族团结进步创建工作总结`);
      expect(blocks[0]).toMatchObject({ type: 'title' });
      expect(level1(draft.body)).toEqual(SECTIONS);
      expect(blocks.at(-2)).toMatchObject({ type: 'signature', inlines: [{ kind: 'text', text: orgName }] });
      expect(blocks.at(-1)).toMatchObject({ type: 'date', inlines: [{ kind: 'text', text: `${LAST_YEAR}年12月31日` }] });
      // Every figure is quoted somewhere and every quote resolves.
      const ids = new Set(figures.map((f) => f.id));
      const refs = blocks.flatMap((b) => b.inlines.flatMap((i) => (i.kind === 'figure' ? [i.figureId] : [])));
      expect(refs.every((id) => ids.has(id))).toBe(true);
      expect(new Set(refs)).toEqual(ids);
      expect(figures.every((f) => f.value > 0)).toBe(true);
      const { text, figures: placed } = reportPlainText(draft.body);
      for (const word of FORBIDDEN) expect(blockTexts(draft.body).join('\n')).not.toMatch(word);
      for (const word of FORBIDDEN) expect(text).not.toMatch(word);
      expect(checkReport(text, { period: PERIOD, figures: placed }).filter((f) => f.severity === 'error')).toEqual([]);
    }

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgerEntries: 3000 });
      cookie = await t.login('admin');
      admin = actorOf((await t.container.stores.users.findByUsername('admin'))!);
      const c = t.container;
      drafter = new ReportDraftService(
        { stats: c.stats, targets: c.targets, targetProgress: c.targetProgress, catalogue: c.catalogue, orgs: c.stores.orgs },
        () => NOW,
      );
      unit.county = await t.orgId('示例县');
      unit.town = await t.orgId('示例县', '城关镇');
      unit.school = await t.orgId('示例县', '示例县第一中学');
      unit.otherTown = await t.orgId('示例县', '河口镇');
      county = await draftOf(unit.county, 'county');
    });
    afterAll(() => t.close());

    it('drafts the county for last year: title, greeting, the five sections in order, signature and date', () => {
      expectSound(county, '示例县');
      expect(county.body.blocks[1]).toMatchObject({ type: 'salutation', inlines: [{ kind: 'text', text: '各位领导：' }] });
      expect(county.body.figures.length).toBeGreaterThan(30);
      // Shortcomings are drafted from the data, for the writer to confirm.
      expect(county.body.blocks.filter((b) => b.suggestion).every((b) => b.section === 'shortcomings')).toBe(true);
      expect(county.body.blocks.some((b) => b.suggestion)).toBe(true);
    });

    it('gives every figure the value GET /api/stats (or /api/stats/coverage) answers for its question', async () => {
      const evaluator = new FigureEvaluatorService(t.container.stats);
      for (const f of county.body.figures) {
        const [overHttp, evaluated] = await Promise.all([answerOverHttp(f.query), evaluator.evaluate(admin, f.query)]);
        expect({ id: f.id, label: f.label, value: f.value }).toEqual({ id: f.id, label: f.label, value: overHttp });
        expect(evaluated).toBe(f.value);
      }
    });

    it('covers the metrics a report needs: entries, indicators, types, tags, units and reporting units', () => {
      const qs = county.body.figures.map((f) => f.query);
      expect(qs.some((q) => q.metric === 'entries' && !q.types && q.tagId === undefined && q.org === unit.county)).toBe(true);
      expect(qs.some((q) => q.metric === 'attendance')).toBe(true);
      expect(qs.some((q) => q.types !== undefined)).toBe(true);
      expect(qs.some((q) => q.tagId !== undefined)).toBe(true);
      expect(qs.some((q) => q.metric === 'units' && q.unitKind === 'township')).toBe(true);
      expect(qs.some((q) => q.metric === 'reporting_units')).toBe(true);
      expect(qs.some((q) => q.org !== unit.county)).toBe(true);
    });

    it('drafts a township and a school too', async () => {
      const town = await draftOf(unit.town, 'township');
      expectSound(town, '城关镇');
      expect(town.body.blocks[1]).toMatchObject({ type: 'salutation' });
      const school = await draftOf(unit.school, 'school');
      expectSound(school, '示例县第一中学');
      expect(school.body.blocks.some((b) => b.type === 'salutation')).toBe(false);
      expect(reportPlainText(school.body).text).toContain('我校');
      const evaluator = new FigureEvaluatorService(t.container.stats);
      for (const f of [...town.body.figures, ...school.body.figures]) expect(await evaluator.evaluate(admin, f.query)).toBe(f.value);
    });

    it('answers 404 for a unit outside the actor’s subtree', async () => {
      const townAdmin = actorOf((await t.container.stores.users.findByUsername('t1-admin'))!);
      await expect(draftOf(unit.otherTown, 'township', townAdmin)).rejects.toMatchObject({ kind: 'not_found' });
      await expect(draftOf(unit.county, 'county', townAdmin)).rejects.toMatchObject({ kind: 'not_found' });
    });

    it('gives the same draft for the same input', async () => {
      expect(await draftOf(unit.county, 'county')).toEqual(county);
    });

    it('prints the county draft for a reader', () => {
      console.log(`\n${reportPlainText(county.body).text}\n`);
    });
  });
}
