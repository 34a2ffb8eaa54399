/**
 * Wording and value ranges of the synthetic ledger. Invented for benchmarks: the text exists so
 * that search indexes (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) pay a realistic cost per
 * row, not to read well. No sentence is taken from the reference reports.
 */

/** Display-unit ranges by indicator code (money in 元, drawn in whole 元); other codes get DEFAULT_RANGE. */
export const MEASURE_RANGES: Record<string, [number, number]> = {
  sessions: [1, 6],
  attendance: [10, 600],
  people: [5, 200],
  households: [5, 300],
  materials: [20, 1000],
  boards: [1, 20],
  media_items: [1, 12],
  deeds: [1, 40],
  pairs: [1, 60],
  teams: [1, 20],
  projects: [1, 3],
  dwellings: [1, 80],
  funds: [500, 500_000],
  disputes_resolved: [1, 10],
};
export const DEFAULT_RANGE: [number, number] = [1, 100];

/** The "八进" carrier tag an entry of a unit of this kind usually carries. */
export const CARRIER_BY_KIND: Record<string, string> = {
  village: '进村(社区)',
  community: '进村(社区)',
  township: '进乡镇',
  street: '进乡镇',
  school: '进学校',
  agency: '进机关',
  county: '进机关',
  prefecture: '进机关',
  province: '进机关',
  enterprise: '进企业',
};

export const PLACES: Record<string, string[]> = {
  village: ['村委会广场', '村党群服务中心', '村文化活动室', '新时代文明实践站', '农家书屋'],
  township: ['乡政府会议室', '乡综合文化站', '乡党群服务中心'],
  school: ['学校礼堂', '多功能教室', '学校操场', '阶梯教室'],
  agency: ['机关会议室', '职工之家', '三楼会议室'],
  hospital: ['门诊大厅', '医院会议室'],
  county: ['县委党校', '县文化馆', '县会议中心'],
  prefecture: ['州会议中心', '州文化馆'],
  province: ['省会议中心', '省民族团结教育基地'],
};
export const DEFAULT_PLACES = ['会议室'];

export const ORGANISERS: Record<string, string[]> = {
  village: ['村党支部', '村委会', '驻村工作队'],
  township: ['创建办', '党委办公室'],
  school: ['学校政教处', '校团委', '德育处'],
  agency: ['机关党支部', '办公室'],
  hospital: ['医院党支部'],
};
export const DEFAULT_ORGANISERS = ['创建办'];

export const THEMES = ['铸牢中华民族共同体意识', '民族团结一家亲', '中华民族一家亲', '石榴籽', '民族团结进步', '各民族手足相亲'];

/** Title patterns: {u} unit, {t} type (short name), {h} theme, {m} month. */
export const TITLES = ['{u}开展{t}活动', '“{h}”{t}', '{u}{m}月{t}', '{t}走进{u}', '{u}“{h}”主题{t}'];

export const SUMMARY = {
  opening: ['围绕铸牢中华民族共同体意识，', '结合“{h}”主题，', '按照年度创建工作安排，', '立足本单位实际，'],
  middle: ['组织干部群众开展本次活动', '采取集中与分散相结合的方式开展活动', '通过身边事例讲述各族群众团结奋斗的故事', '传达学习上级有关部署并研究下一步任务'],
  closing: ['，参加人员反响良好。', '，活动资料已整理归档。', '，进一步营造了浓厚的创建氛围。', '，达到了预期效果。'],
};

export const RETURN_REASONS = ['佐证照片不清晰，请补充活动现场照片', '参与人次与签到表不一致，请核实', '内容摘要过于简略，请补充活动过程'];

/** 宣讲/报告会 → 宣讲, 媒体宣传(电视专栏、公众号) → 媒体宣传: the part a title can carry. */
export function shortTypeName(name: string): string {
  return name.split(/[/(（]/)[0]!.trim() || name;
}
