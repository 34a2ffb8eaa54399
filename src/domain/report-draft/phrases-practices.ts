import type { ReportKind } from '../../contracts/report.contract.js';

/**
 * Phrasings of 二、主要做法, as data. Slots: `{name}` the catalogue name, `{period}` 全年/上半年,
 * `{all}` 全县/全校, `{we}` 我县, `{who}` the people reached; any other slot is a figure of the
 * type (`{sessions}`, `{attendance}`, `{entries}`), optionally with its own measure word
 * (`{teams:支}`). A phrase is only used when every figure in it is above 0.
 * Written for Shiliu; no sentence is taken from the reference reports.
 */

/** Where a phrase reads naturally; absent = every kind of report. */
export type KindFilter = readonly ReportKind[];

export interface Phrase {
  text: string;
  kinds?: KindFilter;
  /** Every figure must reach this: 「定期召开…会议1场次」 and 「常态化开展…1场次」 contradict themselves. */
  min?: number;
}

/** Words of frequency (定期, 常态化, 累计, 广泛) need more than a handful of occasions. */
const OFTEN = 4;

export interface TypePhrasing {
  /** Short headline of the point: 一是抓好理论宣讲。 */
  heads: readonly string[];
  /** Main sentences; the one quoting the most non-zero figures wins, ties broken by the seed. */
  main: readonly (string | Phrase)[];
  /** Trailing clauses for figures the main sentence left out, by indicator code. */
  extras?: Readonly<Record<string, readonly string[]>>;
}

const AREAS: KindFilter = ['county', 'township', 'village', 'generic'];

/** Level-2 headings of a category (二、主要做法 →（一）…), by category code. */
export const CATEGORY_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  org: ['加强{name}，压实创建责任', '强化{name}，凝聚工作合力', '健全{name}体系，完善工作机制'],
  edu: ['深化{name}，筑牢思想根基', '抓实{name}，厚植共同体意识', '创新{name}方式，凝聚团结共识'],
  exchange: ['促进{name}，厚植团结土壤', '深化{name}，增进手足情谊', '搭建{name}平台，拉近心与心的距离'],
  dev: ['聚焦{name}，夯实团结进步基础', '统筹{name}，增进群众福祉'],
  law: ['坚持{name}，维护和谐稳定', '推进{name}，营造和谐有序环境'],
  model: ['注重{name}，发挥示范引领作用', '抓好{name}，以点带面推动创建'],
};
export const FALLBACK_CATEGORY_HEADINGS = ['扎实推进{name}工作', '持续抓好{name}工作'];

/** The sentence opening a category's section, quoting its entries. */
export const CATEGORY_OPENERS: Readonly<Record<string, readonly string[]>> = {
  org: [
    '{we}把民族团结进步创建工作摆上重要议事日程，{period}在{name}方面开展工作{entries}，各项部署有力有序推进。',
    '坚持高位推动、统筹协调，{period}共开展{name}类工作{entries}，推动创建责任层层落实。',
  ],
  edu: [
    '坚持把宣传教育作为创建工作的基础工程，{period}{all}共开展{name}类活动{entries}。',
    '{all}{period}围绕铸牢中华民族共同体意识这条主线，扎实开展{name}活动{entries}。',
  ],
  exchange: [
    '以增进共同性为方向，广泛搭建各族群众交往交流交融的平台载体，{period}共开展相关活动{entries}。',
    '{all}{period}开展{name}类活动{entries}，推动各族群众在共居共学共事共乐中加深感情。',
  ],
  dev: [
    '坚持把改善民生、凝聚人心作为创建工作的出发点和落脚点，{period}开展{name}类工作{entries}。',
    '坚持在发展中促进团结、在团结中推动发展，{period}登记{name}类工作{entries}。',
  ],
  law: [
    '坚持依法管理民族事务，{period}开展{name}类工作{entries}，为创建工作营造和谐稳定的环境。',
    '{all}{period}开展{name}类工作{entries}，注重运用法治思维和法治方式推动创建工作。',
  ],
  model: ['坚持典型引路、示范带动，{period}开展{name}类工作{entries}。', '注重发现、培育和宣传先进典型，{period}登记{name}类工作{entries}。'],
};
/** The opening of a category with a single point, which quotes the figures itself: ends in '，'. */
export const CATEGORY_LEADINS: Readonly<Record<string, readonly string[]>> = {
  org: ['{we}把民族团结进步创建工作摆上重要议事日程，', '坚持高位推动、统筹协调，'],
  edu: ['坚持把宣传教育作为创建工作的基础工程，', '围绕铸牢中华民族共同体意识这条主线，'],
  exchange: ['以增进共同性为方向，', '着眼促进各族群众共居共学共事共乐，'],
  dev: ['坚持把改善民生、凝聚人心作为创建工作的出发点和落脚点，', '坚持在发展中促进团结、在团结中推动发展，'],
  law: ['坚持依法管理民族事务，', '注重运用法治思维和法治方式推动创建工作，'],
  model: ['坚持典型引路、示范带动，', '注重发现、培育和宣传先进典型，'],
};
export const FALLBACK_CATEGORY_LEADINS = ['结合自身实际，', '围绕年度创建目标任务，'];
export const FALLBACK_CATEGORY_OPENERS = ['{all}{period}共开展{name}类活动{entries}。', '{period}累计开展{name}方面活动{entries}。'];

/** Types of the default catalogue, by code. Unknown types fall back to GENERIC_* below. */
export const TYPE_PHRASINGS: Readonly<Record<string, TypePhrasing>> = {
  'edu.lecture': {
    heads: ['抓好理论宣讲', '深化政策宣讲', '推动宣讲入脑入心'],
    main: [
      { text: '组建宣讲队伍深入基层一线，用群众听得懂的语言讲政策、讲变化，开展宣讲报告会{sessions}，受众{attendance}', kinds: AREAS },
      { text: '围绕党的民族理论和民族政策，采取集中宣讲与分散宣讲相结合的方式，累计开展宣讲{sessions}，覆盖{who}{attendance}', min: OFTEN },
      '坚持把宣讲送到身边，共举办各类宣讲报告会{sessions}，参加聆听的{who}达{attendance}',
      '深入开展宣讲报告活动{sessions}',
      '开展宣讲报告活动{entries:次}',
    ],
    extras: {
      households: ['“送学上门”{households}', '入户宣讲覆盖{households}'],
      materials: ['配套发放学习资料{materials}', '分发政策读本和宣传资料{materials}'],
    },
  },
  'edu.training': {
    heads: ['强化专题培训', '抓实干部培训'],
    main: [
      '把党的民族理论和政策纳入教育培训重要内容，举办专题培训{sessions}，培训{attendance}',
      '分层分类开展民族工作专题培训{sessions}，参训人员{attendance}',
      '举办专题培训{sessions}',
    ],
    extras: { funds: ['投入培训经费{funds}'] },
  },
  'edu.forum': {
    heads: ['办好专家讲座', '用好大讲堂平台'],
    main: ['邀请专家学者举办民族团结大讲堂和专题讲座{sessions}，听众{attendance}', '举办专题讲座{sessions}，{who}{attendance}聆听讲座'],
  },
  'edu.contest': {
    heads: ['以赛促学营造氛围', '开展竞赛评比'],
    main: ['以赛促学、以赛促教，组织知识竞赛、演讲比赛等活动{sessions}，参与{people}', '举办知识竞赛和演讲比赛{sessions}，吸引{people}踊跃参与'],
  },
  'edu.classmeeting': {
    heads: ['用好主题班会', '抓实课堂育人'],
    main: [
      '把民族团结教育融入日常教育教学，召开主题班会、队会{sessions}，参与师生{attendance}',
      '以主题班会、队会为主阵地，开展民族团结主题教育{sessions}，覆盖学生{attendance}',
    ],
  },
  'edu.visit_base': {
    heads: ['用好教育基地', '开展现场教学'],
    main: ['组织{who}走进民族团结教育基地、红色教育基地参观学习，累计{attendance}', '依托各类教育基地开展现场教学，参观学习{attendance}'],
  },
  'edu.materials': {
    heads: ['建好宣传阵地', '营造浓厚氛围'],
    main: ['更新宣传栏，设置宣传展板、标语{boards:块}，发放宣传资料和宣传品{materials}', '加强宣传阵地建设，累计发放宣传资料和宣传品{materials}'],
    extras: { funds: ['投入宣传经费{funds}'] },
  },
  'edu.media': {
    heads: ['发挥媒体作用', '拓展宣传渠道'],
    main: ['依托电视专栏、微信公众号等平台开设创建专题，刊发播出稿件信息{media_items}', '用好传统媒体和新媒体，发布创建工作信息、专题报道{media_items}'],
  },
  'edu.language': {
    heads: ['推广国家通用语言文字', '抓好语言文字学习'],
    main: [
      '开办国家通用语言文字学习班、双语学习小组{sessions}，参学{attendance}',
      { text: '常态化开展语言文字学习活动{sessions}，参与{who}{attendance}', min: OFTEN },
    ],
  },
  'exchange.welfare_day': {
    heads: ['办好民族团结公益日', '打造公益日品牌'],
    main: [
      { text: '常态化开展民族团结公益日活动，累计组织{sessions}，参与{who}{attendance}', min: OFTEN },
      '以公益日为固定平台促进各族群众交往交流，{period}开展公益日活动{sessions}，吸引{attendance}参与',
    ],
    extras: { materials: ['发放各类宣传资料{materials}'], deeds: ['为群众办好事实事{deeds}', '帮助群众解决实际困难{deeds}'] },
  },
  'exchange.culture': {
    heads: ['丰富文体活动', '以文化人凝聚人心'],
    main: [
      '以传统节日和重要节点为契机，举办文艺演出、文体展演{sessions}，组织参演队伍{teams:支}，观众和参与人员{attendance}',
      { text: '广泛开展{who}喜闻乐见的文艺演出和文体活动{sessions}，参与{attendance}', min: OFTEN },
    ],
  },
  'exchange.fellowship': {
    heads: ['深化联谊交流', '增进相互了解'],
    main: ['开展各族{who}联谊交流活动{sessions}，参与{attendance}', '组织联谊会、茶话会等交流活动{sessions}，参与{attendance}'],
  },
  'exchange.pairing_visit': {
    heads: ['深化结对认亲', '推进结对交友'],
    main: [
      '深入开展结对认亲、交友走访活动，入户走访{households}，参与干部群众{attendance}',
      { text: '推动干部与群众结对子、交朋友，常态化走访{households}，参与{attendance}', min: OFTEN },
      '开展结对走访{attendance}',
    ],
    extras: { deeds: ['帮助结对群众办实事、解难题{deeds}'], funds: ['投入帮扶资金{funds}'] },
  },
  'exchange.volunteer': {
    heads: ['开展志愿服务', '壮大志愿服务力量'],
    main: [
      '组织志愿服务队伍深入基层开展志愿服务{sessions}，参与志愿者{people:名}',
      { text: '常态化开展志愿服务活动{sessions}，参与志愿者{people:名}', min: OFTEN },
    ],
    extras: { deeds: ['办好事实事{deeds}'] },
  },
  'exchange.condolence': {
    heads: ['开展走访慰问', '传递党和政府温暖'],
    main: ['在重要节日期间走访慰问困难群众{households}', '聚焦困难家庭开展走访慰问，覆盖{households}'],
    extras: { funds: ['发放慰问金和慰问物资折合{funds}'] },
  },
  'org.meeting': {
    heads: ['健全工作机制', '强化统筹调度'],
    main: [
      { text: '定期召开创建工作领导小组会议、推进会{sessions}，研究部署重点任务，协调解决具体问题', min: OFTEN },
      { text: '坚持定期研究、定期调度，召开各类创建工作会议{sessions}，及时传达上级部署、推动任务落实', min: OFTEN },
      '召开创建工作专题会议{sessions}，传达学习上级部署要求，研究推进重点任务',
    ],
  },
  'org.inspection': {
    heads: ['强化督查指导', '压实工作责任'],
    main: [
      '采取专项督查、交叉检查等方式开展督查检查{sessions}，推动各项任务落地见效',
      '把督查检查作为推动落实的重要手段，开展督查检查{sessions}，发现问题及时督促整改',
    ],
  },
  'org.document': {
    heads: ['完善制度机制', '加强顶层设计'],
    main: [
      '制定印发年度创建工作方案、工作要点等文件{projects:份}，明确目标任务和责任分工',
      '研究制定创建工作方案和配套文件{entries:件}，明确目标任务和责任分工',
    ],
  },
  'dev.project': {
    heads: ['实施民生项目', '办好民生实事'],
    main: [
      '统筹各类资金实施民生项目{projects}，完成投资{funds}，惠及群众{households}',
      '围绕群众急难愁盼实施民生项目{projects}，投入资金{funds}',
      '实施民生项目{projects}',
    ],
    extras: { dwellings: ['建设改造住房{dwellings:套}'] },
  },
  'dev.counterpart': {
    heads: ['用好对口支援', '深化协作帮扶'],
    main: ['积极争取对口支援和协作支持，实施协作项目{projects}，到位资金{funds}', '实施对口支援、协作项目{projects}'],
    extras: { people: ['选派交流干部人才{people:名}'] },
  },
  'dev.employment': {
    heads: ['促进就业创业', '拓宽增收渠道'],
    main: ['举办招聘会、技能培训等就业创业服务活动{sessions}，服务各族群众{people}', '开展就业创业服务{sessions}，服务群众{people}'],
  },
  'law.dispute': {
    heads: ['化解矛盾纠纷', '维护团结稳定'],
    main: [
      { text: '常态化开展矛盾纠纷排查调处，共调处化解各类矛盾纠纷{disputes_resolved}，努力把问题解决在基层、化解在萌芽状态', kinds: AREAS, min: OFTEN },
      { text: '坚持矛盾纠纷定期排查、及时调处，化解各类矛盾纠纷{disputes_resolved}', min: OFTEN },
      '深入排查化解矛盾纠纷，调处各类矛盾纠纷{disputes_resolved}',
    ],
  },
  'law.legal_edu': {
    heads: ['深化法治宣传', '增强法治意识'],
    main: ['围绕宪法和与群众生产生活密切相关的法律法规开展法治宣传{sessions}，受教育{who}{attendance}', '开展法治宣传教育活动{sessions}，参与{attendance}'],
    extras: { materials: ['发放法治宣传资料{materials}'] },
  },
  'model.honour': {
    heads: ['选树先进典型', '加强典型宣传'],
    main: ['开展民族团结进步模范评选表彰，表彰先进集体{teams:个}、先进个人{people:名}', '组织开展民族团结进步评选表彰活动{entries:次}'],
  },
  'model.demo_site': {
    heads: ['打造示范点位', '培育示范样板'],
    main: ['建设民族团结进步示范点{projects:个}，投入资金{funds}', '推进民族团结进步示范点建设{projects:个}', '推进民族团结进步示范点建设{entries:处}'],
  },
};

/** Heads and sentences for a type the phrasings above do not know: built from its name. */
export const GENERIC_HEADS = ['扎实开展{name}', '抓好{name}工作'];
export const GENERIC_MAIN = ['扎实开展{name}活动{sessions}，参与{attendance}', '开展{name}活动{sessions}', '开展{name}活动{entries:次}'];

/** Clauses for any indicator a type's own phrasing does not quote, by indicator code. */
export const GENERIC_CLAUSES: Readonly<Record<string, string>> = {
  attendance: '参与{attendance}',
  people: '参与{people}',
  households: '覆盖{households}',
  materials: '发放资料{materials}',
  boards: '设置展板标语{boards:块}',
  media_items: '刊发信息{media_items}',
  deeds: '办好事实事{deeds}',
  pairs: '结成对子{pairs}',
  teams: '组建队伍{teams:支}',
  projects: '实施项目{projects}',
  dwellings: '建设住房{dwellings:套}',
  funds: '投入资金{funds}',
  disputes_resolved: '调处矛盾纠纷{disputes_resolved}',
};

/** The section on 进 carriers (八进). */
export const CARRIER_HEADINGS = ['推进“{n}进”活动，拓展创建覆盖面', '推动创建向各领域延伸'];
export const CARRIER_OPENERS = ['坚持点面结合、全域推进，推动创建活动{list}，', '把创建工作延伸到各行业各领域，推动创建活动{list}，'];
export const CARRIER_CLOSERS = ['创建工作的覆盖面和影响力持续扩大。', '形成了各方参与、共同推进的良好局面。'];

/** When more types were active than the section quotes. */
export const OTHER_TYPES = ['此外，还开展了{list}等活动。', '同时，{list}等工作也同步推进。'];
