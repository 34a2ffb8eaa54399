/**
 * `placeholder` (second kind): a measure word whose number was never typed — `辖属 个居委会`,
 * `共 名`, `开展 场次`. A gap between a word and a measure word is the clear case; with no gap we
 * only trust verbs that always take a count (`共有`, `累计`, ...), because `个人`, `人员` and
 * `场所` begin with a measure word too.
 */
import { placeholderMessages } from './messages.js';
import { alternation, context, isCjk, makeFinding } from './text.js';
import type { Finding } from './types.js';

const MEASURES = ['万元', '亿元', '人次', '场次', '平方米', '个', '名', '人', '次', '场', '户', '份', '元', '项', '所', '家', '件', '套', '支'];

/** Ordinary words that start with a measure word. */
// One line per measure word keeps the list readable.
// prettier-ignore
const WORDS = new Set([
  '个人', '个数', '个个', '个别', '个体', '个性', '个案', '个子',
  '名单', '名称', '名义', '名额', '名片', '名录', '名牌', '名誉', '名字', '名师', '名校', '名著', '名胜', '名言', '名次', '名人', '名优', '名城', '名村', '名镇', '名家', '名列',
  '人人', '人员', '人民', '人才', '人士', '人口', '人群', '人大', '人们', '人心', '人文', '人物', '人生', '人类', '人力', '人事', '人格',
  '人权', '人身', '人家', '人居', '人均', '人选', '人气', '人情', '人社', '人武', '人防', '人工', '人为', '人际', '人间', '人性', '人手', '人和',
  '次次', '次要', '次序', '次日', '次年', '次月',
  '场场', '场所', '场地', '场馆', '场景', '场合', '场面', '场内', '场外', '场域',
  '户籍', '户口', '户外', '户型', '户主', '户户',
  '份额', '份子',
  '元旦', '元宵', '元素', '元年', '元月', '元首', '元老',
  '项目',
  '所有', '所在', '所以', '所属', '所得', '所需', '所谓', '所长', '所辖', '所见', '所能', '所学', '所想', '所急', '所盼', '所忧', '所思', '所为', '所作', '所获',
  '家家', '家庭', '家园', '家长', '家乡', '家属', '家族', '家风', '家具', '家门', '家访', '家政', '家中', '家里', '家人', '家国', '家务', '家教', '家训', '家宴', '家电',
  '件事', '件件',
  '套餐',
  '支部', '支持', '支援', '支出', '支付', '支撑', '支柱', '支队', '支行', '支农', '支教', '支医', '支书',
]);

/** A measure word right after these, with no number, is still ordinary: 这个, 每人, 各家, 两场. */
const NOT_A_GAP_BEFORE = '一二三四五六七八九十百千万亿两零〇几多数每各这那哪某该此整半余若首末单双全本其另同逐';

/** Verbs that always take a count, so `共有个` is a blank even without a space. */
const COUNT_VERBS = ['辖属', '下辖', '辖有', '共有', '共计', '合计', '累计', '总计', '达到', '计有'];

/** After a measure word these begin a sentence about the figure (`累计人次达…`), not a blank. */
const FOLLOWERS = '数达为超逾是约近共已的同较比增减占';

const GAP = new RegExp(`([\\u4e00-\\u9fff])[ \\t\\u00a0\\u3000]+(${alternation(MEASURES)})`, 'g');
const NO_GAP = new RegExp(`(${alternation(COUNT_VERBS)})(${alternation(MEASURES)})`, 'g');

function isWord(text: string, start: number, measure: string): boolean {
  const next = text[start + measure.length];
  if (next !== undefined && FOLLOWERS.includes(next)) return true;
  return WORDS.has(text.slice(start, start + 2)) || WORDS.has(text.slice(start, start + measure.length + 1));
}

function finding(text: string, lead: number, start: number, measure: string): Finding {
  const end = start + measure.length;
  return makeFinding(text, 'placeholder', 'error', placeholderMessages.missingNumber(measure, context(text, lead, end, 1, 3)), start, end);
}

/** Measure words with no number in front of them, as `placeholder` errors. */
export function findMissingNumbers(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(GAP)) {
    const prev = m[1] ?? '';
    const measure = m[2] ?? '';
    const start = m.index + m[0].length - measure.length;
    // A measure word followed by a space or a line end is a table header (`活动 场次 人次`), not a blank.
    const next = text[start + measure.length];
    if (!isCjk(next) && !(next !== undefined && '，。；、：！？'.includes(next))) continue;
    if (!isCjk(prev) || NOT_A_GAP_BEFORE.includes(prev) || isWord(text, start, measure)) continue;
    out.push(finding(text, m.index, start, measure));
  }
  for (const m of text.matchAll(NO_GAP)) {
    const measure = m[2] ?? '';
    const start = m.index + m[0].length - measure.length;
    if (isWord(text, start, measure)) continue;
    out.push(finding(text, m.index, start, measure));
  }
  return out;
}
