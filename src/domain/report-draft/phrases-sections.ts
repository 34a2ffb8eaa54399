/**
 * Phrasings of the lead, 基本情况, 亮点及特色, 存在的不足 and 下一步工作打算, as data (slots as in
 * phrases-practices.ts). Written for Shiliu; no sentence is taken from the reference reports.
 */

/** 导语: the opening sentence by the kind of unit, then the year in figures. */
export const LEAD_OPENINGS = {
  area: [
    '{opening}，{we}坚持以铸牢中华民族共同体意识为主线，紧紧围绕民族团结进步创建目标任务，把创建工作融入经济社会发展全局统筹推进。',
    '{opening}，在上级党委、政府的坚强领导下，{we}深入贯彻落实党的民族政策，坚持以创建促团结、以团结促发展，民族团结进步创建工作不断深化。',
    '{opening}，{we}认真贯彻落实中央和上级关于加强和改进民族工作的部署要求，以铸牢中华民族共同体意识为主线，扎实推进民族团结进步创建各项工作。',
  ],
  school: [
    '{opening}，{we}坚持立德树人根本任务，把民族团结教育融入教育教学和校园文化建设全过程，着力培养学生的中华民族共同体意识。',
    '{opening}，{we}以铸牢中华民族共同体意识为主线，把民族团结进步创建与学校德育工作紧密结合，推动民族团结教育常态化、制度化。',
  ],
  institution: [
    '{opening}，{we}认真贯彻落实上级关于民族团结进步创建工作的部署要求，结合自身职能特点，把创建工作与业务工作同谋划、同部署、同落实。',
    '{opening}，{we}以铸牢中华民族共同体意识为主线，将民族团结进步创建融入日常工作，各项任务有序推进。',
  ],
} as const;
export const LEAD_FIGURES = '{all}{period}共{verb}创建活动{entries}';
export const LEAD_PEOPLE = ['参与{who}{attendance}', '{who}参与{attendance}'];
export const LEAD_FUNDS = ['投入各类资金{funds}', '累计投入资金{funds}'];
export const LEAD_CLOSERS = ['创建工作取得了新的成效。', '各项创建任务得到有效落实。', '民族团结进步创建工作呈现出稳中有进的良好态势。'];
export const LEAD_EMPTY = '{period}，各项创建工作有序推进。';
export const LEAD_REPORT = { spoken: '现将有关情况汇报如下：', written: '现将有关情况总结如下：' };

/** 一、基本情况 */
export const BASIC_PROFILE = { areas: '{org}下辖', institutions: '辖区内还有', only: '{org}下属单位包括' };
export const BASIC_COVERAGE = '{all}纳入创建工作台账管理的{units}单位中，{period}有{reporting}单位登记了创建活动，';
export const BASIC_COVERAGE_ALL = '{all}纳入创建工作台账管理的{units}单位{period}均登记了创建活动，';
export const COVERAGE_COMMENTS = {
  every: ['创建工作实现全覆盖。'],
  full: ['创建工作基本实现全覆盖。', '覆盖面达到较高水平。'],
  broad: ['覆盖面总体较广。', '大部分单位能够常态化开展活动。'],
  narrow: ['覆盖面仍有待进一步扩大。'],
};
export const SOURCE_NOTE = {
  approved: '本材料所列数据均取自创建工作台账中审核通过的活动记录。',
  all: '本材料所列数据均取自创建工作台账，含尚在审核中的活动记录。',
};
export const BASIC_CHILDREN = [
  '从各地各单位情况看，{names}创建活动开展较为活跃，{period}分别登记活动',
  '分地区、分单位看，{names}活动开展相对集中，{period}分别登记活动',
];
export const BASIC_SUMMARY = '{we}{period}共{verb}各类创建活动{entries}，涵盖{categories}等方面，';
export const MONTH_COMMENTS = {
  every: ['各月均有活动开展，创建工作实现常态化。', '做到月月有活动、项项有记录。'],
  most: ['大部分月份都有活动开展。'],
  few: ['活动主要集中在部分月份。'],
};
export const BASIC_CATEGORY_LEAD = '从活动类别看，以{first}类活动为主，共{n1}';
export const BASIC_CATEGORY_SECOND = '；{second}类活动{n2}，位居其次';

/** 三、亮点及特色: each highlight a level-2 heading and a paragraph. */
export const HIGHLIGHTS = {
  theme: {
    heads: ['主题活动特色鲜明', '以主题活动打造创建品牌'],
    open: ['围绕{quoted}等主题精心策划系列活动，其中', '坚持以主题活动为牵引，围绕{quoted}等主题集中开展活动，其中'],
    close: ['主题鲜明、形式多样，有效扩大了创建工作的社会影响。', '形成了一批群众认可、特色鲜明的活动品牌。'],
  },
  campaign: {
    heads: ['集中宣传教育声势浓厚', '重要节点集中发力'],
    open: ['抓住“{name}”这一重要节点集中发力，{range}期间{all}登记创建活动{n}', '以“{name}”为契机开展集中宣传教育，{range}期间{all}共登记创建活动{n}'],
    peak: '，活动数量明显高于其他时段',
    close: ['，营造了人人关心、人人参与创建的浓厚氛围。', '，集中宣传教育的声势和效果进一步显现。'],
  },
  growth: {
    heads: ['重点工作持续加力', '{name}工作提质扩面'],
    text: [
      '{name}工作力度持续加大，相关活动由上年同期的{last}增加到{current}，工作覆盖面和群众参与度进一步提升。',
      '{name}工作呈现较快增长势头，{period}登记相关活动{current}，比上年同期的{last}明显增加。',
    ],
  },
  child: {
    heads: ['基层创建活力充分激发', '示范带动作用明显'],
    text: [
      '{name}积极探索、主动作为，{period}登记创建活动{n}，在{siblings}中位居前列，发挥了较好的示范带动作用。',
      '{name}创建工作起步早、措施实，{period}登记创建活动{n}，活动数量在{siblings}中居于首位。',
    ],
  },
  fallback: {
    heads: ['{name}成效明显'],
    text: ['{name}成为{we}创建工作的重要抓手，{period}共开展相关活动{n}，受到{who}的普遍欢迎。'],
  },
};

/** 四、存在的不足: each point a paragraph opening 一是/二是…, marked as a suggestion to confirm. */
export const SHORTCOMINGS = {
  intro: ['在肯定成绩的同时，我们也清醒地认识到，创建工作中还存在一些短板和不足，主要表现在：', '对照上级要求和群众期盼，创建工作还存在一些不足：'],
  gaps: {
    head: ['创建工作覆盖还不够均衡。', '创建工作向基层延伸还不够到位。'],
    close: ['，个别单位对创建工作重视不够，活动开展不经常。', '，创建工作在部分单位还存在“上热下冷”的现象。'],
  },
  targets: {
    head: ['部分目标任务推进滞后。', '个别年度目标完成不够理想。'],
    missed: { one: '未完成年度目标。', many: '均未完成年度目标。' },
    behind: { one: '未达到序时进度。', many: '均未达到序时进度。' },
    lagging: '从目标完成情况看，{names}等单位进度相对靠后。',
  },
  weak: {
    head: ['各方面工作发展还不够平衡。', '工作结构还不够均衡。'],
    close: ['，与其他方面相比明显偏少，工作的系统性、整体性有待加强。', '，在整体工作中仍是短板。'],
  },
  generic: {
    head: ['创建工作的深度和质量仍需提升。'],
    text: ['对照高质量推进创建工作的要求，{we}在创新活动载体、总结提炼特色经验等方面还有提升空间，台账资料的规范化、精细化水平仍需进一步提高。'],
  },
};

/** 五、下一步工作打算. */
export const NEXT = {
  intro: {
    // Each names its plan (将在, 打算): the checker reads a later year in a plan as intended.
    year: [
      '{next}，{we}的工作打算是：继续坚持以铸牢中华民族共同体意识为主线，对标对表上级要求，重点抓好以下几项工作：',
      '{next}，{we}将在巩固现有成果的基础上，着力补短板、强弱项、创特色，重点做好以下工作：',
    ],
    other: ['下一步，{we}将继续坚持以铸牢中华民族共同体意识为主线，对标对表上级要求，重点抓好以下几项工作：'],
  },
  closing: [
    '{we}将以此次总结为契机，认真查找差距、补齐短板，推动民族团结进步创建工作不断走深走实。',
    '我们将以更加务实的作风、更加有力的举措，推动民族团结进步创建工作再上新台阶。',
  ],
};

/** A plan item: level-2 heading and a supporting sentence, by theme (a category code or a target's kind). */
export const PLANS: Readonly<Record<string, { head: string; text: string }>> = {
  coverage: { head: '持续扩大创建活动覆盖面', text: '进一步创新活动形式、丰富活动内容，吸引更多群众参与到创建工作中来。' },
  funds: { head: '强化创建工作保障', text: '积极争取上级支持，统筹用好各类资金，为创建工作提供有力保障。' },
  grassroots: { head: '推动创建工作向基层延伸', text: '加强对基层的指导和督促，定期通报进展情况，推动创建工作在基层落地生根。' },
  gaps: { head: '推动创建工作全覆盖', text: '针对部分单位活动开展不经常、不平衡的问题，加强分类指导和跟踪督促，推动创建工作向每一个单位延伸。' },
  edu: { head: '持续深化宣传教育', text: '坚持把宣传教育贯穿创建工作全过程，创新宣讲方式，用好各类宣传阵地和媒体平台，推动党的民族理论和政策深入人心。' },
  exchange: {
    head: '深入推进交往交流交融',
    text: '以共居共学共事共乐为抓手，常态化开展结对认亲、联谊交流、文体展演等活动，为各族群众交往交流交融创造更多条件。',
  },
  org: { head: '进一步压实工作责任', text: '健全定期研究、督查检查和考核评价机制，把创建工作纳入年度目标考核，推动各项任务落地落实。' },
  dev: { head: '持续改善民生福祉', text: '聚焦群众急难愁盼问题，统筹实施一批惠民项目，让各族群众在共同发展中增强获得感、幸福感。' },
  law: { head: '提升依法治理水平', text: '深入开展法治宣传教育，健全矛盾纠纷排查调处机制，依法妥善处理涉及民族因素的矛盾纠纷，维护和谐稳定大局。' },
  model: { head: '加大典型培育力度', text: '注重从基层发现和培育先进典型，有序推进示范单位培育、申报和动态管理，发挥示范单位的辐射带动作用。' },
  summary: { head: '注重总结提炼', text: '及时总结创建工作中的好经验、好做法，加强台账资料规范管理，用数据说话、用事实佐证，不断提升创建工作的质量和水平。' },
  other: { head: '抓好年度目标任务落实', text: '细化任务分解，压实工作责任，确保年度目标如期完成。' },
};
export const PLAN_FALLBACK = { head: '持续抓好{name}工作', text: '针对{name}方面工作相对薄弱的情况，细化工作措施，补齐工作短板。' };
