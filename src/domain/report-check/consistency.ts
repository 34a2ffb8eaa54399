/**
 * `conflict`: one stock figure stated twice with different values — `全县共有学校23所` and later
 * `全县25所学校`. Deliberately narrow, to stay free of false alarms: the subject must be a whole
 * area or unit (全县, 我区, 全校…), the figure exact (no 余/多/约), the measure a count of things
 * that exist (所, 个, 名…, not 场次 or 万元, which grow through the year), and the sentence must
 * not speak of change (新建, 增至, a year…).
 */
import { conflictMessages } from './messages.js';
import { alternation, makeFinding } from './text.js';
import type { Finding } from './types.js';

const SCOPE = '([全我本](?:县|区|市|州|盟|旗|镇|乡|村|校|园|局|省|街道|社区))';
const VERB = '(?:共有|共计|现有|拥有|辖有|下辖|辖|共|有)';
const MEASURES = ['所', '个', '名', '人', '户', '家', '座', '处', '支', '位', '条'];
const MEASURE = `(${alternation(MEASURES)})`;
/** `全县共有学校23所` */
const NOUN_FIRST = new RegExp(`${SCOPE}${VERB}([\\u4e00-\\u9fff]{1,6}?)(\\d+)${MEASURE}`, 'g');
/** `全县23所学校`, `全县共有23所学校` */
const NUMBER_FIRST = new RegExp(`${SCOPE}${VERB}?(\\d+)${MEASURE}([\\u4e00-\\u9fff]{1,8})`, 'g');
/** Words that end a noun after the measure: `全县23所学校均开展了…` → 学校. */
const NOUN_STOP = /[的均都全已共和与及、在中是为被将有等各分积开实完建通参里内]/;
/** Nouns that name an activity or a change, not a standing count. */
const ACTION =
  /开展|举办|组织|发放|培训|投入|完成|建成|新建|新增|走访|慰问|帮扶|参与|参加|覆盖|涉及|打造|评选|命名|表彰|结成|结对|选派|派出|接待|救助|资助|招收|录取|培养|达到/;
const CHANGE = /新建|新增|增至|增加|增长|减少|下降|原有|原来|撤并|合并|调整|\d{4}年|今年|去年|上年|年初|年底|以前|以后|计划|将|力争/;

interface Fact {
  key: string;
  value: number;
  start: number;
  end: number;
}

function sentenceOf(text: string, index: number): string {
  const from = Math.max(...['。', '！', '？', '\n'].map((p) => text.lastIndexOf(p, index - 1))) + 1;
  const stops = ['。', '！', '？', '\n'].map((p) => text.indexOf(p, index)).filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

const normalizeScope = (scope: string): string => `全${scope.slice(1)}`;

function collectFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  const add = (scope: string, noun: string, value: string, measure: string, start: number, end: number): void => {
    if (noun.length < 2 || ACTION.test(noun) || CHANGE.test(sentenceOf(text, start))) return;
    facts.push({ key: `${normalizeScope(scope)}|${noun}|${measure}`, value: Number(value), start, end });
  };
  for (const m of text.matchAll(NOUN_FIRST)) {
    add(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMBER_FIRST)) {
    const run = m[4] ?? '';
    const cut = run.search(NOUN_STOP);
    const noun = (cut < 0 ? run : run.slice(0, cut)).slice(0, 6);
    const end = m.index + m[0].length - run.length + noun.length;
    add(m[1] ?? '', noun, m[2] ?? '', m[3] ?? '', m.index, end);
  }
  return facts.sort((a, b) => a.start - b.start);
}

/** The same stock figure stated with different values, as warnings on the later statement. */
export function findConflicts(text: string): Finding[] {
  const first = new Map<string, Fact>();
  const out: Finding[] = [];
  for (const fact of collectFacts(text)) {
    const earlier = first.get(fact.key);
    if (!earlier) {
      first.set(fact.key, fact);
      continue;
    }
    if (earlier.value === fact.value) continue;
    const message = conflictMessages.conflict(text.slice(fact.start, fact.end), text.slice(earlier.start, earlier.end));
    out.push(makeFinding(text, 'conflict', 'warning', message, fact.start, fact.end));
  }
  return out;
}
