import type { Block, ChartSpec, Figure, FigureStyle, Inline } from '../../contracts/report.contract.js';
import type { RenderableReport, RenderedChart } from './renderable-report.js';

/**
 * A summary report written by hand in the genre (a fictitious 石榴县), for the writer's tests and for
 * looking at the .docx: title, salutation, lead with figures, 一、…五、 with （一） and 1. under them, a
 * chart, signature and date.
 */
const ORG = 1;
const FROM = '2026-01-01';
const TO = '2026-12-31';

function figure(id: string, label: string, value: number, text: string, unit: string, style: FigureStyle, metric: string): Figure {
  return {
    id,
    label,
    query: { org: ORG, from: FROM, to: TO, status: 'approved', metric },
    style,
    unit,
    value,
    text,
    refreshedAt: '2026-12-30T09:00:00.000Z',
    previousText: null,
  };
}

export const SAMPLE_FIGURES: Figure[] = [
  figure('f1', '宣讲报告会场次', 312, '300余场次', '场次', 'approx', 'lecture_sessions'),
  figure('f2', '创建投入资金', 124_350_000, '1.24亿元', '元', 'money', 'funds'),
  figure('f3', '创建单位数', 146, '146个', '个', 'exact', 'units'),
  figure('f4', '州级以上示范单位数', 37, '37个', '个', 'exact', 'model_units'),
  figure('f5', '“送学”上门户数', 7580, '7500余户', '户', 'approx', 'home_visits'),
  figure('f6', '结对共建对数', 1268, '1268对', '对', 'exact', 'pairings'),
  figure('f7', '少数民族学生占比', 0.4296, '42.96%', '%', 'percent', 'minority_student_share'),
];

export const SAMPLE_CHART: ChartSpec = {
  kind: 'bar',
  title: '2026年各乡镇（街道）宣讲活动开展情况',
  org: ORG,
  from: FROM,
  to: TO,
  status: 'approved',
  groupBy: 'child',
  metric: 'lecture_sessions',
};

export const SAMPLE_CHART_DATA: Array<{ label: string; value: number }> = [
  { label: '城关镇', value: 58 },
  { label: '河西镇', value: 41 },
  { label: '石榴街道', value: 39 },
  { label: '东坝乡', value: 33 },
  { label: '红柳滩乡', value: 30 },
  { label: '新华街道', value: 29 },
  { label: '草湖乡', value: 27 },
  { label: '团结乡', value: 22 },
  { label: '阿克苏木乡', value: 19 },
  { label: '塔尔村镇', value: 14 },
];

type Part = string | { figure: string };
let nextId = 0;

function block(type: Block['type'], parts: Part[], extra: Partial<Block> = {}): Block {
  nextId += 1;
  const inlines: Inline[] = parts.map((part) => (typeof part === 'string' ? { kind: 'text', text: part } : { kind: 'figure', figureId: part.figure }));
  return { id: `b${nextId}`, type, inlines, ...extra };
}
const h = (level: number, text: string, section: string): Block => block('heading', [text], { level, section });
const p = (...parts: Part[]): Block => block('paragraph', parts);
const f = (id: string): Part => ({ figure: id });

export const SAMPLE_CHART_BLOCK_ID = 'chart1';

export function sampleBlocks(): Block[] {
  nextId = 0;
  return [
    block('title', ['石榴县2026年度民族团结进步创建工作总结']),
    block('salutation', ['各位领导：']),
    p(
      '2026年以来，石榴县坚持以铸牢中华民族共同体意识为主线，把民族团结进步创建作为全县基础性、长期性工作来抓，全年开展巡回宣讲报告会',
      f('f1'),
      '，投入创建资金',
      f('f2'),
      '，各族群众交往交流交融不断深化，创建工作取得明显成效。现将有关情况汇报如下。',
    ),
    h(1, '基本情况', 'basic'),
    p(
      '全县现有各类创建单位',
      f('f3'),
      '，其中命名州级以上民族团结进步示范单位',
      f('f4'),
      '。全县中小学校少数民族学生占比',
      f('f7'),
      '，各族群众和睦相处、守望相助的良好局面持续巩固。',
    ),
    h(1, '主要做法', 'practices'),
    h(2, '强化组织领导，压紧压实创建责任', 'practices'),
    h(3, '健全工作机制。', 'practices'),
    p(
      '县委常委会每季度专题研究创建工作，成立由县委主要负责同志任组长的创建工作领导小组，制定年度任务清单，明确牵头单位和完成时限，形成一级抓一级、层层抓落实的工作格局。',
    ),
    h(3, '完善考核评价。', 'practices'),
    p('将创建工作纳入各乡镇（街道）和县直单位年度绩效考核，实行半年督查、年终考评，对工作推进缓慢的单位及时约谈提醒，确保各项任务按期完成。'),
    h(2, '深化宣传教育，筑牢共同思想基础', 'practices'),
    h(3, '丰富宣讲形式。', 'practices'),
    p(
      '组建由党员干部、教师、“五老”人员组成的宣讲队伍，深入村（社区）、学校、企业开展面对面宣讲，截至目前，开展巡回宣讲报告会',
      f('f1'),
      '，“送学”上门',
      f('f5'),
      '，做到宣讲进村入户、覆盖全面。',
    ),
    block('chart', ['各乡镇（街道）宣讲活动开展情况'], { chart: SAMPLE_CHART }),
    h(3, '用好阵地资源。', 'practices'),
    p(
      '依托新时代文明实践中心、党群服务中心和民族团结进步教育基地，常态化开展主题展览、经典诵读、故事分享等活动，推动中华民族共同体意识教育融入日常、化风成俗。',
    ),
    h(2, '促进交往交流交融，凝聚团结奋进合力', 'practices'),
    h(3, '深化结对共建。', 'practices'),
    p(
      '广泛开展机关与村（社区）、城镇与乡村、学校与学校之间的结对共建，全县累计结成共建对子',
      f('f6'),
      '，在就业帮扶、文化共享、邻里互助等方面办成了一批实事。',
    ),
    h(1, '亮点及特色', 'highlights'),
    h(2, '打造“石榴籽”志愿服务品牌', 'highlights'),
    p('整合各类志愿服务力量，围绕政策宣讲、法律咨询、助学助困等群众需求开展常态化服务，“石榴籽”志愿服务已成为全县创建工作的一张亮丽名片。'),
    h(2, '推动创建与基层治理融合发展', 'highlights'),
    p('把创建工作与网格化管理、矛盾纠纷排查化解结合起来，做到小事不出网格、大事不出村（社区），以治理成效检验创建成效。'),
    h(1, '存在的不足', 'shortcomings'),
    p(
      '一是部分单位对创建工作的长期性认识不足，存在重活动、轻机制的现象；二是创建工作与经济社会发展的结合还不够紧密，特色品牌的带动作用有待进一步发挥；三是基层宣讲队伍力量不均衡，全年',
      f('f1'),
      '宣讲中在乡镇所在地开展的比例偏高，部分偏远村组覆盖频次偏低。',
    ),
    h(1, '下一步工作打算', 'next'),
    p(
      '2027年，我县将继续坚持以铸牢中华民族共同体意识为主线，着力在健全长效机制、打造特色品牌、扩大覆盖范围上下功夫，推动民族团结进步创建工作向纵深发展，为建设团结和谐、繁荣发展的美好家园作出新的更大贡献。',
    ),
    block('signature', ['中共石榴县委统战部']),
    block('date', ['2026-12-31']),
  ].map((b) => (b.type === 'chart' ? { ...b, id: SAMPLE_CHART_BLOCK_ID } : b));
}

/** The sample as the writer receives it; the chart PNG is passed in so tests can render it or not. */
export function sampleReport(chart: RenderedChart | undefined, appendix = true): RenderableReport {
  return {
    title: '石榴县2026年度民族团结进步创建工作总结',
    blocks: sampleBlocks(),
    figures: SAMPLE_FIGURES,
    charts: new Map(chart ? [[SAMPLE_CHART_BLOCK_ID, chart]] : []),
    appendix,
    describeFigure: (fig) => ({ scope: `石榴县（含下级单位）；${fig.query.from}至${fig.query.to}；已审核台账`, detail: `指标：${fig.label}` }),
  };
}
