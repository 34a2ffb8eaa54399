/**
 * What the demo county does, as data: which kinds of unit run which activities how often, with
 * what figures, under what titles. Invented wording, written for the demo; no sentence is taken
 * from the reference reports.
 */

/** Rates are expected entries per unit per month; `fixedDay` makes it a monthly routine on that day. */
export interface Program {
  type: string;
  kinds: string[];
  perMonth: number;
  fixedDay?: number;
  /** Only in these months (1–12). */
  months?: number[];
  /** Campaign peaks (May, September) and holiday lulls apply; routines keep their rhythm. */
  seasonal?: boolean;
  /** Ranges in display units by indicator code; money in 元 (drawn in whole thousands). */
  measures: Record<string, [number, number]>;
  titles: string[];
}

const GRASSROOTS = ['village', 'community'];
const TOWN = ['township', 'street'];
const BUSINESS = ['enterprise', 'building', 'park'];
const TERM_MONTHS = [1, 3, 4, 5, 6, 9, 10, 11, 12];

// One program per line reads as a table.
// prettier-ignore
export const PROGRAMS: Program[] = [
  // Villages and communities: most of the ledger.
  { type: 'exchange.welfare_day', kinds: GRASSROOTS, perMonth: 0.96, fixedDay: 15, measures: { sessions: [1, 1], attendance: [40, 260], materials: [50, 300], deeds: [2, 15] }, titles: ['{u}{y}年{m}月民族团结公益日活动'] },
  { type: 'edu.lecture', kinds: GRASSROOTS, perMonth: 0.95, measures: { sessions: [1, 3], attendance: [20, 300], households: [10, 120], materials: [50, 500] }, titles: ['{u}开展“{theme}”主题宣讲', '{topic}宣讲进{place}', '“{theme}”宣讲小分队走进{u}', '{u}{m}月{topic}集中宣讲', '{topic}院坝宣讲会'] },
  { type: 'exchange.pairing_visit', kinds: GRASSROOTS, perMonth: 0.5, measures: { attendance: [10, 80], households: [5, 60], deeds: [1, 20] }, titles: ['结对认亲入户走访', '“结亲周”走访活动', '{u}干部结对走访', '结对共建帮办实事'] },
  { type: 'law.legal_edu', kinds: GRASSROOTS, perMonth: 0.25, measures: { sessions: [1, 2], attendance: [30, 200], materials: [50, 300] }, titles: ['“法律进{place}”宣传', '{law}宣传活动', '{u}普法讲座'] },
  { type: 'law.dispute', kinds: GRASSROOTS, perMonth: 0.35, seasonal: false, measures: { disputes_resolved: [1, 8] }, titles: ['{u}{m}月矛盾纠纷排查化解', '邻里矛盾纠纷集中调处', '{u}矛盾纠纷排查'] },
  { type: 'exchange.culture', kinds: GRASSROOTS, perMonth: 0.2, measures: { sessions: [1, 2], attendance: [60, 400], teams: [2, 8] }, titles: ['“{theme}”文艺汇演', '各族群众广场舞展演', '“我们的节日·{festival}”联欢活动', '{u}文体活动'] },
  { type: 'exchange.volunteer', kinds: GRASSROOTS, perMonth: 0.25, measures: { sessions: [1, 2], people: [8, 60], deeds: [2, 30] }, titles: ['“石榴籽”志愿服务队{service}', '{u}{service}', '党员志愿服务日'] },
  { type: 'edu.materials', kinds: GRASSROOTS, perMonth: 0.2, measures: { materials: [50, 500], boards: [2, 12] }, titles: ['双语宣传资料集中发放', '民族团结宣传栏更新', '{u}宣传阵地建设'] },
  { type: 'edu.language', kinds: GRASSROOTS, perMonth: 0.15, measures: { sessions: [1, 4], attendance: [15, 80] }, titles: ['国家通用语言文字夜校', '双语学习小组活动', '“普通话+”学习班'] },
  { type: 'exchange.condolence', kinds: GRASSROOTS, perMonth: 0.3, months: [1, 2, 9, 10], measures: { households: [5, 60], attendance: [5, 30], funds: [2000, 30000] }, titles: ['{festival}走访慰问困难群众', '“送温暖”走访慰问', '{u}节前走访慰问'] },
  { type: 'org.meeting', kinds: GRASSROOTS, perMonth: 0.1, measures: { sessions: [1, 1] }, titles: ['{u}民族团结进步创建工作会议', '村“两委”研究部署创建工作'] },
  { type: 'dev.project', kinds: ['village'], perMonth: 0.035, measures: { projects: [1, 2], funds: [50000, 800000], households: [20, 300] }, titles: ['{u}{project}项目', '{project}工程'] },

  // Schools.
  { type: 'edu.classmeeting', kinds: ['school'], perMonth: 1, fixedDay: 8, months: TERM_MONTHS, measures: { sessions: [4, 30], attendance: [120, 1500] }, titles: ['{m}月“{theme}”主题班会', '“{theme}”主题队会', '{grade}民族团结主题班会'] },
  { type: 'edu.lecture', kinds: ['school'], perMonth: 0.4, months: TERM_MONTHS, measures: { sessions: [1, 2], attendance: [100, 900] }, titles: ['{topic}进校园宣讲', '“开学第一课”民族团结专题教育', '{topic}专题报告会'] },
  { type: 'edu.contest', kinds: ['school'], perMonth: 0.25, months: TERM_MONTHS, measures: { sessions: [1, 2], people: [20, 200] }, titles: ['“{theme}”知识竞赛', '民族团结演讲比赛', '“{theme}”主题征文比赛', '民族团结手抄报评比'] },
  { type: 'edu.visit_base', kinds: ['school'], perMonth: 0.12, months: TERM_MONTHS, measures: { attendance: [40, 300] }, titles: ['组织学生参观{base}', '{base}研学活动'] },
  { type: 'edu.language', kinds: ['school'], perMonth: 0.45, months: TERM_MONTHS, measures: { sessions: [2, 12], attendance: [40, 400] }, titles: ['国家通用语言文字推广周活动', '“书香校园”经典诵读', '规范汉字书写比赛'] },
  { type: 'exchange.culture', kinds: ['school'], perMonth: 0.2, months: TERM_MONTHS, measures: { sessions: [1, 1], attendance: [200, 1200], teams: [4, 20] }, titles: ['“{theme}”校园文艺汇演', '各族师生联欢会', '民族团结运动会'] },

  // Agencies (bureaus and township offices).
  { type: 'edu.training', kinds: ['agency'], perMonth: 0.9, months: [3, 6, 9, 12], measures: { sessions: [1, 3], attendance: [20, 120], funds: [0, 20000] }, titles: ['第{q}季度民族工作专题培训', '{topic}专题学习', '民族团结进步创建业务培训'] },
  { type: 'org.meeting', kinds: ['agency'], perMonth: 0.35, measures: { sessions: [1, 1] }, titles: ['党组（支部）专题研究创建工作', '{u}创建工作推进会', '理论学习中心组{topic}专题学习'] },
  { type: 'edu.lecture', kinds: ['agency'], perMonth: 0.45, measures: { sessions: [1, 2], attendance: [20, 150] }, titles: ['{topic}专题党课', '“{theme}”宣讲进机关', '干部职工{topic}宣讲'] },
  { type: 'edu.media', kinds: ['agency'], perMonth: 0.6, measures: { media_items: [1, 8] }, titles: ['“{theme}”微信公众号专题推送', '{u}创建工作信息报送', '政务网站民族团结专栏更新'] },
  { type: 'exchange.pairing_visit', kinds: ['agency'], perMonth: 0.3, measures: { attendance: [10, 60], households: [5, 50], deeds: [2, 20], funds: [0, 20000] }, titles: ['机关干部结对走访', '“结亲周”入户走访', '结对共建村（社区）帮办实事'] },
  { type: 'org.inspection', kinds: ['agency'], perMonth: 0.12, measures: { sessions: [1, 2] }, titles: ['创建工作台账自查', '{season}创建工作督查'] },
  { type: 'org.document', kinds: ['agency'], perMonth: 0.6, months: [2], measures: { projects: [1, 1] }, titles: ['制定{y}年民族团结进步创建工作方案', '印发{y}年创建工作要点'] },

  // Townships and streets.
  { type: 'org.meeting', kinds: TOWN, perMonth: 0.5, measures: { sessions: [1, 1] }, titles: ['{u}民族团结进步创建工作推进会', '{y}年第{q}季度创建工作领导小组会议', '创建工作专题部署会'] },
  { type: 'edu.training', kinds: TOWN, perMonth: 0.35, measures: { sessions: [1, 2], attendance: [30, 200], funds: [0, 30000] }, titles: ['村（社区）创建专干业务培训', '{topic}专题培训班', '民族工作干部培训'] },
  { type: 'org.inspection', kinds: TOWN, perMonth: 0.3, measures: { sessions: [1, 3] }, titles: ['{season}村（社区）创建工作督查', '创建工作台账专项检查', '{u}创建工作交叉检查'] },
  { type: 'edu.lecture', kinds: TOWN, perMonth: 0.5, measures: { sessions: [1, 5], attendance: [50, 500], materials: [100, 800] }, titles: ['{u}“{theme}”巡回宣讲', '{topic}宣讲报告会', '宣讲团走进{u}各村（社区）'] },
  { type: 'dev.project', kinds: TOWN, perMonth: 0.1, measures: { projects: [1, 3], funds: [100000, 2000000], households: [50, 600] }, titles: ['{u}{project}项目', '{project}工程'] },
  { type: 'edu.media', kinds: TOWN, perMonth: 0.3, measures: { media_items: [1, 6] }, titles: ['{u}创建工作信息报送', '“{theme}”公众号专题推送'] },
  { type: 'exchange.culture', kinds: TOWN, perMonth: 0.2, measures: { sessions: [1, 1], attendance: [200, 1500], teams: [5, 20] }, titles: ['“{theme}”文艺汇演', '“我们的节日·{festival}”文艺演出', '各族群众文体展演'] },

  // The county itself.
  { type: 'org.meeting', kinds: ['county'], perMonth: 1, measures: { sessions: [1, 1] }, titles: ['县民族团结进步创建工作领导小组会议', '{y}年全县创建工作推进会', '创建工作月度调度会'] },
  { type: 'org.inspection', kinds: ['county'], perMonth: 0.5, measures: { sessions: [1, 6] }, titles: ['联合督查组{season}督查', '创建工作专项督查', '示范单位动态管理检查'] },
  { type: 'edu.training', kinds: ['county'], perMonth: 0.5, measures: { sessions: [1, 3], attendance: [80, 400], funds: [10000, 80000] }, titles: ['全县民族工作干部培训班', '{topic}专题培训', '创建工作业务骨干培训'] },
  { type: 'edu.forum', kinds: ['county'], perMonth: 0.3, measures: { sessions: [1, 1], attendance: [100, 600] }, titles: ['民族团结大讲堂', '“{theme}”专家讲座'] },
  { type: 'edu.media', kinds: ['county'], perMonth: 2, measures: { media_items: [2, 15] }, titles: ['电视专栏《{column}》第{n}期', '“{theme}”融媒体专题报道', '县融媒体中心创建专题'] },
  { type: 'model.honour', kinds: ['county'], perMonth: 1, months: [12], measures: { people: [10, 30], teams: [8, 20] }, titles: ['{y}年度民族团结进步模范集体和模范个人表彰', '{y}年度民族团结进步示范单位命名'] },
  { type: 'dev.counterpart', kinds: ['county'], perMonth: 0.3, measures: { projects: [1, 4], funds: [200000, 5000000], people: [2, 20] }, titles: ['对口支援{project}项目', '东西部协作{project}项目'] },
  { type: 'model.demo_site', kinds: ['county'], perMonth: 0.1, measures: { projects: [1, 2], funds: [50000, 500000] }, titles: ['民族团结进步示范点建设', '“石榴籽家园”示范点建设'] },

  // Enterprises, buildings, parks, hospitals, the religious venue.
  { type: 'edu.lecture', kinds: BUSINESS, perMonth: 0.4, measures: { sessions: [1, 2], attendance: [20, 200] }, titles: ['“{theme}”宣讲进企业', '{topic}职工宣讲'] },
  { type: 'dev.employment', kinds: BUSINESS, perMonth: 0.3, measures: { sessions: [1, 2], people: [10, 150] }, titles: ['{season}就业招聘会', '各族职工技能培训', '送岗位进村（社区）'] },
  { type: 'exchange.fellowship', kinds: BUSINESS, perMonth: 0.3, measures: { sessions: [1, 1], attendance: [20, 200] }, titles: ['各族职工联谊会', '“{theme}”结对共建联谊', '民族团结茶话会'] },
  { type: 'exchange.volunteer', kinds: ['hospital'], perMonth: 0.6, measures: { sessions: [1, 2], people: [5, 40], deeds: [5, 60] }, titles: ['义诊志愿服务进{place}', '健康知识宣传志愿服务', '“石榴籽”医疗服务队巡诊'] },
  { type: 'edu.lecture', kinds: ['hospital', 'religious_venue'], perMonth: 0.35, measures: { sessions: [1, 1], attendance: [15, 120] }, titles: ['{topic}宣讲', '“{theme}”主题学习'] },
  { type: 'law.legal_edu', kinds: ['religious_venue'], perMonth: 0.3, measures: { sessions: [1, 1], attendance: [15, 80], materials: [20, 100] }, titles: ['{law}学习', '法治宣传进场所'] },
];

/** Campaign peaks and holiday lulls, by month. */
export const SEASON = [0.8, 0.6, 1, 1, 1.9, 1, 0.9, 0.9, 1.5, 0.9, 1, 1];

export const WORDS = {
  theme: ['铸牢中华民族共同体意识', '民族团结一家亲', '中华民族一家亲', '石榴籽', '民族团结进步', '同心共筑中国梦', '各民族手足相亲'],
  topic: [
    '党的民族政策',
    '铸牢中华民族共同体意识',
    '民族团结进步创建',
    '中华民族共同体历史',
    '民族区域自治制度',
    '新时代党的民族工作',
    '惠民政策',
    '国家通用语言文字',
  ],
  place: ['村（社区）', '田间地头', '农家院落', '居民小区', '集市'],
  law: ['民法典', '宪法', '反诈防骗知识', '禁毒知识', '法律援助政策'],
  service: ['进社区', '环境整治', '助老敬老', '关爱留守儿童', '义务理发', '政策代办'],
  festival: ['春节', '元宵', '端午', '中秋', '国庆'],
  project: ['村组道路硬化', '安全饮水巩固提升', '文化广场建设', '人居环境整治', '庭院经济扶持', '便民服务中心改造', '农田水利配套'],
  base: ['县民族团结教育基地', '县博物馆', '红色教育基地', '县史馆'],
  grade: ['七年级', '八年级', '九年级', '高一年级', '高二年级', '三年级', '五年级', '大班'],
  column: ['石榴花开', '同心圆', '团结之声'],
  season: ['春季', '夏季', '秋季', '冬季'],
};

/** Festival or season fitting a month, so a mid-autumn gathering is not dated in March. */
export function festivalOf(month: number): string {
  if (month <= 2) return '春节';
  if (month === 3) return '元宵';
  if (month === 6) return '端午';
  if (month === 9) return '中秋';
  if (month === 10) return '国庆';
  return '民族团结';
}

export const PLACES: Record<string, string[]> = {
  village: ['村委会广场', '村党群服务中心', '村文化活动室', '新时代文明实践站', '农家书屋'],
  community: ['社区党群服务中心', '社区活动室', '小区广场', '社区新时代文明实践站'],
  school: ['学校礼堂', '多功能教室', '学校操场', '阶梯教室', '各班教室'],
  agency: ['机关会议室', '三楼会议室', '职工之家'],
  township: ['镇政府会议室', '镇综合文化站', '镇党群服务中心'],
  street: ['街道办会议室', '街道综合文化站', '街道党群服务中心'],
  county: ['县委党校', '县文化馆', '县会议中心', '县民族团结教育基地'],
  enterprise: ['公司会议室', '生产车间', '职工食堂'],
  building: ['楼宇党群服务中心', '共享会议室'],
  park: ['园区党群服务中心', '园区会议室'],
  hospital: ['门诊大厅', '医院会议室'],
  religious_venue: ['场所学习室', '场所院内'],
};

export const ORGANISERS: Record<string, string[]> = {
  village: ['村党支部', '村委会', '驻村工作队'],
  community: ['社区党委', '社区居委会', '社区网格服务队'],
  school: ['学校政教处', '校团委', '少先队大队部', '德育处'],
  agency: ['机关党支部', '办公室', '机关工会'],
  township: ['创建办', '党委办公室'],
  street: ['创建办', '党工委办公室'],
  county: ['县创建办', '县委统战部', '县民族宗教事务局'],
  enterprise: ['公司党支部', '公司工会'],
  building: ['楼宇党支部'],
  park: ['园区管委会'],
  hospital: ['医院党支部', '医疗志愿服务队'],
  religious_venue: ['场所管理组织'],
};

export const CARRIER_OF_KIND: Record<string, string> = {
  village: '进村(社区)',
  community: '进村(社区)',
  school: '进学校',
  agency: '进机关',
  county: '进机关',
  township: '进乡镇',
  street: '进乡镇',
  enterprise: '进企业',
  building: '进企业',
  park: '进企业',
  religious_venue: '进宗教活动场所',
};

export function volumeOf(typeCode: string): string {
  if (typeCode === 'org.inspection') return '督查整改';
  if (typeCode === 'org.document') return '制度机制';
  if (typeCode.startsWith('org.')) return '组织领导';
  if (typeCode === 'edu.media') return '信息宣传';
  if (typeCode.startsWith('edu.')) return '宣传教育';
  if (typeCode.startsWith('exchange.')) return '交往交流交融';
  if (typeCode === 'model.honour') return '典型培育';
  if (typeCode === 'dev.employment' || typeCode.startsWith('law.')) return '活动开展';
  return '经费保障';
}

export const SUMMARY = {
  opening: ['围绕{topic}，', '结合“{theme}”主题，', '按照年度创建工作安排，', '立足本单位实际，'],
  middle: {
    default: ['组织开展本次活动', '精心组织、认真实施', '采取集中与分散相结合的方式开展活动'],
    lecture: ['宣讲员用群众听得懂的语言讲解政策', '通过身边事例讲述各族群众团结奋斗的故事', '现场解答群众关心的问题'],
    meeting: ['传达学习上级有关部署', '听取各单位创建工作进展', '研究解决存在的问题并明确下一步任务'],
  },
  closing: ['，参加人员反响良好。', '，活动资料已整理归档。', '，进一步营造了浓厚的创建氛围。', '，达到了预期效果。'],
};

export const RETURN_REASONS = [
  '佐证照片不清晰，请补充活动现场照片',
  '参与人次与签到表不一致，请核实',
  '内容摘要过于简略，请补充活动过程',
  '活动类型选择有误，请修改后重新提交',
];
