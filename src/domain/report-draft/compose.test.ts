import { describe, expect, it } from 'vitest';
import type { ReportBody } from '../../contracts/report.contract.js';
import { formatFigure } from '../chinese-number.js';
import { checkReport } from '../report-check/index.js';
import { chooseStyle } from './builder.js';
import { composeDraft } from './compose.js';
import { countyFacts } from './report-draft.fixture.js';
import { reportPlainText } from './plain-text.js';
import { bracketsFullWidth, periodWords, proseName, selfWords } from './wording.js';

const SECTIONS = ['基本情况', '主要做法', '亮点及特色', '存在的不足', '下一步工作打算'];

const level1 = (body: ReportBody) =>
  body.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join(''));
const referenced = (body: ReportBody) => body.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.kind === 'figure' ? [i.figureId] : [])));
const plain = (body: ReportBody) => reportPlainText(body).text;

describe('composeDraft', () => {
  const county = composeDraft(countyFacts());
  const text = plain(county.body);

  it('writes the genre in order: title, greeting, lead, the five sections, signature and date', () => {
    expect(county.title).toBe('青河县2025年民族团结进步创建工作总结');
    const types = county.body.blocks.map((b) => b.type);
    expect(types.slice(0, 3)).toEqual(['title', 'salutation', 'paragraph']);
    expect(types.slice(-2)).toEqual(['signature', 'date']);
    expect(level1(county.body)).toEqual(SECTIONS);
    expect(text).toContain('\n一、基本情况\n');
    expect(text).toContain('\n五、下一步工作打算\n');
    expect(text.split('\n').slice(-2)).toEqual(['青河县', '2025年12月31日']);
    expect(text).toContain('现将有关情况汇报如下：');
  });

  it('binds every number to a figure that is referenced, resolves and is never 0', () => {
    const ids = new Set(county.body.figures.map((f) => f.id));
    const refs = referenced(county.body);
    expect(new Set(refs)).toEqual(ids);
    for (const f of county.body.figures) {
      expect(f.value).toBeGreaterThan(0);
      expect(f.text).toBe(
        f.unit === '元' ? formatFigure(f.value, f.style, { unit: '元', kind: 'money_yuan' }) : formatFigure(f.value, f.style, { unit: f.unit }),
      );
      expect(f.query).toMatchObject({ from: expect.any(String), to: expect.any(String), status: 'approved' });
    }
    expect(county.body.figures.map((f) => f.id)).toEqual(county.body.figures.map((_, i) => `f${i + 1}`));
  });

  it('leaves out any phrase whose figure is 0', () => {
    // 宣讲 has no households and 公益日 no materials: neither 送学上门 nor 入户 nor 0 appears.
    expect(text).not.toMatch(/送学上门|入户宣讲|[^\d.]0(场次|人次|户|份|项|件|元)/);
    expect(text).not.toContain('发展与民生类活动仅');
    expect(text).toContain('发展与民生方面尚无活动记录');
  });

  it('quotes the largest types of each category with their figures', () => {
    expect(text).toContain('（一）');
    expect(text).toMatch(/宣讲[^。]*300余场次/);
    expect(text).toMatch(/4\.12万人次/);
    expect(text).toMatch(/公益日[^。]*96场次/);
    expect(text).toMatch(/5\.6万元/);
    // A type the phrasings do not know reads from its catalogue name.
    expect(text).toContain('徒步和健走活动3次');
    // 八进: carriers with entries, the largest quoted exactly.
    expect(text).toMatch(/进机关、进村（社区）、进学校，其中进村（社区）活动260项/);
  });

  it('does not say 定期 or 常态化 of a handful, and reads a type without its usual figures from its name', () => {
    const facts = countyFacts();
    const org = facts.categories.find((c) => c.code === 'org')!;
    org.types = [
      { id: 31, code: 'org.meeting', name: '领导小组会议/推进会', totals: { entries: 1, sessions: 1 }, lastYearEntries: 0 },
      { id: 32, code: 'edu.training', name: '专题培训', totals: { entries: 2, sessions: 0, attendance: 0 }, lastYearEntries: 0 },
    ];
    org.entries = 3;
    const t = plain(composeDraft(facts).body);
    expect(t).not.toMatch(/定期[^。]*1场次/);
    expect(t).toContain('会议1场次');
    expect(t).toContain('开展专题培训活动2次');
  });

  it('finds highlights in the data: themes, the campaign month, growth against last year, the busiest child', () => {
    expect(text).toContain('“石榴籽”主题活动45项');
    expect(text).toMatch(/5月期间全县[^。]*80项/);
    expect(text).toMatch(/由上年同期的80项增加到120项|登记相关活动120项，比上年同期的80项明显增加/);
  });

  it('drafts shortcomings from the gaps, targets and thin categories, marked as suggestions', () => {
    const suggestions = county.body.blocks.filter((b) => b.suggestion);
    expect(suggestions.length).toBe(3);
    expect(suggestions.every((b) => b.section === 'shortcomings')).toBe(true);
    // Two 和平村 are told apart by their township.
    expect(text).toContain('东湖镇和平村、西山乡和平村、县档案馆等5个单位全年未在台账中登记创建活动');
    expect(text).toContain('截至年底，宣讲和报告会场次完成300余场次，年度目标为400场次，未完成年度目标。');
    expect(text).toContain('西山乡等单位进度相对靠后');
  });

  it('plans from next year’s targets', () => {
    expect(text).toContain('2026年，');
    expect(text).toContain('力争全年各类创建活动参与人次达到7万人次以上');
    expect(text).toContain('推动每个村每季度至少开展宣传教育活动2次');
  });

  it('passes the report checker without errors or warnings', () => {
    const { text: checked, figures } = reportPlainText(county.body);
    const findings = checkReport(checked, { period: { from: '2025-01-01', to: '2025-12-31' }, figures });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('is deterministic: the same facts give the same draft', () => {
    expect(composeDraft(countyFacts())).toEqual(county);
  });

  it('writes a school’s summary without a greeting, in its own words', () => {
    const school = composeDraft(
      countyFacts({
        org: { id: 9, name: '青河县第一中学', kind: 'school' },
        kind: 'school',
        children: [],
        coverage: { units: 1, reporting: 1, gaps: [] },
        unitsByKind: [{ kind: 'school', count: 1 }],
      }),
    );
    const t = plain(school.body);
    expect(school.title).toBe('青河县第一中学2025年民族团结进步创建工作总结');
    expect(school.body.blocks.some((b) => b.type === 'salutation')).toBe(false);
    expect(t).toContain('我校');
    expect(t).toContain('现将有关情况总结如下：');
    expect(level1(school.body)).toEqual(SECTIONS);
  });

  it('names a period that is not a calendar year', () => {
    expect(composeDraft(countyFacts({ from: '2025-01-01', to: '2025-06-30', reportDate: '2025-06-30' })).title).toBe(
      '青河县2025年上半年民族团结进步创建工作总结',
    );
    const range = composeDraft(countyFacts({ from: '2025-03-01', to: '2025-06-30', reportDate: '2025-06-30' }));
    expect(range.title).toBe('青河县民族团结进步创建工作总结（2025年3月1日至6月30日）');
    expect(plain(range.body)).toContain('下一步，我县');
  });

  it('speaks of a running year as 今年以来 and dates the report today', () => {
    const running = composeDraft(countyFacts({ from: '2026-01-01', to: '2026-12-31', reportDate: '2026-11-29' }));
    const t = plain(running.body);
    expect(t.startsWith('青河县2026年民族团结进步创建工作总结\n各位领导：\n2026年以来，')).toBe(true);
    expect(t.split('\n').at(-1)).toBe('2026年11月29日');
  });

  it('still drafts every section from an empty ledger, quoting no figure', () => {
    const empty = countyFacts({
      categories: countyFacts().categories.map((c) => ({ ...c, entries: 0, types: [] })),
      totals: { entries: 0, sessions: 0 },
      tags: [],
      children: [],
      months: [],
      coverage: { units: 40, reporting: 0, gaps: [] },
      campaigns: [],
      targets: { year: 2025, asOf: '2025-12-31', items: [], lagging: [] },
      nextTargets: { year: 2026, items: [] },
    });
    const draft = composeDraft(empty);
    expect(level1(draft.body)).toEqual(SECTIONS);
    expect(draft.body.figures.every((f) => f.value > 0)).toBe(true);
    const t = plain(draft.body);
    expect(t).not.toMatch(/undefined|NaN|XX|某某/);
    const { text: checked } = reportPlainText(draft.body);
    expect(checkReport(checked).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('figure styles and words', () => {
  it('writes small counts exactly, large ones with 余 when close, person counts in 万 and money in 元/万元', () => {
    expect(chooseStyle(46, '场次', false)).toBe('exact');
    expect(chooseStyle(160, '场次', false)).toBe('exact');
    expect(chooseStyle(437, '场次', false)).toBe('approx');
    expect(chooseStyle(11_440, '份', false)).toBe('approx');
    expect(chooseStyle(41_230, '人次', false)).toBe('wan');
    expect(chooseStyle(56_000, '元', true)).toBe('money');
  });

  it('names the unit as it speaks of itself', () => {
    expect(selfWords('示例县', 'county')).toMatchObject({ we: '我县', all: '全县' });
    expect(selfWords('城关镇', 'township')).toMatchObject({ we: '我镇', all: '全镇' });
    expect(selfWords('东城街道', 'township')).toMatchObject({ we: '我街道', all: '全街道' });
    expect(selfWords('城关镇幼儿园', 'school')).toMatchObject({ we: '我园', who: '师生' });
    expect(selfWords('示例县第一中学', 'school')).toMatchObject({ we: '我校', all: '全校' });
    expect(selfWords('县民族宗教事务局', 'agency')).toMatchObject({ we: '我局' });
    expect(selfWords('某协会', 'generic')).toMatchObject({ we: '我单位', all: '本单位' });
    // A township government drafted as the township speaks for it; recorded as an agency, its totals are its own.
    expect(selfWords('城关镇人民政府', 'township')).toMatchObject({ we: '我镇', all: '全镇' });
    expect(selfWords('城关镇人民政府', 'agency')).toMatchObject({ we: '我镇', all: '镇政府机关' });
    expect(selfWords('东城街道办事处', 'agency')).toMatchObject({ we: '我街道', all: '街道办事处' });
  });

  it('reads catalogue names as prose', () => {
    expect(proseName('宣讲/报告会')).toBe('宣讲和报告会');
    expect(proseName('媒体宣传(电视专栏、公众号)')).toBe('媒体宣传');
    expect(proseName('专题培训')).toBe('专题培训');
    expect(bracketsFullWidth('进军(警)营')).toBe('进军（警）营');
  });

  it('names periods: a year, a half, a quarter, a month, years, a range', () => {
    expect(periodWords('2025-01-01', '2025-12-31', '2026-01-10')).toMatchObject({ label: '2025年', span: '全年', next: '2026年' });
    expect(periodWords('2025-07-01', '2025-12-31', '2026-01-10')).toMatchObject({ label: '2025年下半年', span: '下半年' });
    expect(periodWords('2025-04-01', '2025-06-30', '2026-01-10')).toMatchObject({ label: '2025年第二季度', span: '二季度' });
    expect(periodWords('2025-05-01', '2025-05-31', '2026-01-10')).toMatchObject({ label: '2025年5月', span: '当月' });
    expect(periodWords('2024-01-01', '2025-12-31', '2026-01-10')).toMatchObject({ label: '2024—2025年', named: true });
    expect(periodWords('2025-07-01', '2026-06-30', '2026-07-10')).toMatchObject({ label: '2025年7月1日至2026年6月30日', named: false });
  });
});
