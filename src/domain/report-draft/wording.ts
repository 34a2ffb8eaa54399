import type { ReportKind } from '../../contracts/report.contract.js';
import { chineseDate, chineseMonthDay } from '../chinese-date.js';
import { bucketRange } from '../period.js';

/**
 * How a draft names its period, its unit and the people it speaks of: 「2025年」「全年」, 「我县」
 * 「全县」, 「各族干部群众」. Pure functions of the unit's name and kind and the period.
 */

export interface PeriodWords {
  /** As a title and a lead open: 2025年, 2026年上半年, 2026年3月1日至6月30日. */
  label: string;
  /** Whether the label is a plain named period (title writes it inline) or a date range (title puts it in brackets). */
  named: boolean;
  /** The span inside sentences: 全年, 上半年, 一季度, 报告期内; 今年以来 while the period runs. */
  span: string;
  /** The lead's opening: the label, or 2026年以来 while a year is still running. */
  opening: string;
  /** The next period for plans (2026年), when the period is whole years. */
  next: string | undefined;
  /** The period ends on 31 December: next year's targets are the plans. */
  endsYear: boolean;
}

const QUARTERS = ['一', '二', '三', '四'];

const same = (a: { from: string; to: string }, from: string, to: string) => a.from === from && a.to === to;

/** Words for the period [from, to]; `today` decides whether it is still running. */
export function periodWords(from: string, to: string, today: string): PeriodWords {
  const y1 = Number(from.slice(0, 4));
  const y2 = Number(to.slice(0, 4));
  const running = today < to;
  const endsYear = to.slice(5) === '12-31';
  const base = { endsYear, next: endsYear ? `${y2 + 1}年` : undefined };
  if (y1 === y2) {
    const y = String(y1);
    if (same(bucketRange(y), from, to))
      return { ...base, label: `${y}年`, named: true, span: running ? '今年以来' : '全年', opening: running ? `${y}年以来` : `${y}年` };
    for (const h of [1, 2]) {
      if (same(bucketRange(`${y}H${h}`), from, to)) {
        const half = h === 1 ? '上半年' : '下半年';
        return { ...base, label: `${y}年${half}`, named: true, span: half, opening: `${y}年${half}` };
      }
    }
    for (const q of [1, 2, 3, 4]) {
      if (same(bucketRange(`${y}Q${q}`), from, to)) {
        const quarter = `第${QUARTERS[q - 1]}季度`;
        return { ...base, label: `${y}年${quarter}`, named: true, span: `${QUARTERS[q - 1]}季度`, opening: `${y}年${quarter}` };
      }
    }
    const month = from.slice(0, 7);
    if (same(bucketRange(month), from, to)) {
      const label = `${y}年${Number(from.slice(5, 7))}月`;
      return { ...base, label, named: true, span: '当月', opening: label };
    }
  } else if (from.slice(5) === '01-01' && endsYear) {
    const label = `${y1}—${y2}年`;
    return { ...base, label, named: true, span: '报告期内', opening: label };
  }
  const label = `${chineseDate(from)}至${y1 !== y2 ? chineseDate(to) : chineseMonthDay(to)}`;
  return { ...base, label, named: false, span: '报告期内', opening: label };
}

/** 「示例县2025年民族团结进步创建工作总结」, or the date range in brackets after the name. */
export function draftTitle(orgName: string, period: PeriodWords): string {
  return period.named ? `${orgName}${period.label}民族团结进步创建工作总结` : `${orgName}民族团结进步创建工作总结（${period.label}）`;
}

/** How the unit refers to itself (我县) and to its whole (全县), and whom its activities reach. */
export interface SelfWords {
  we: string;
  all: string;
  who: string;
}

const SUFFIXES: Array<[suffix: string, we: string, all: string]> = [
  ['幼儿园', '我园', '全园'],
  ['中学', '我校', '全校'],
  ['小学', '我校', '全校'],
  ['学校', '我校', '全校'],
  ['大学', '我校', '全校'],
  ['学院', '我院', '全院'],
  ['社区', '我社区', '全社区'],
  ['街道', '我街道', '全街道'],
  ['公司', '我公司', '公司上下'],
  ['医院', '我院', '全院'],
  ['卫生院', '我院', '全院'],
  ['局', '我局', '全局上下'],
  ['部', '我部', '全部门'],
  ['委', '我委', '全委上下'],
  ['办', '我办', '全办上下'],
  ['县', '我县', '全县'],
  ['区', '我区', '全区'],
  ['市', '我市', '全市'],
  ['旗', '我旗', '全旗'],
  ['镇', '我镇', '全镇'],
  ['乡', '我乡', '全乡'],
  ['村', '我村', '全村'],
];

const AUDIENCE: Record<ReportKind, string> = {
  county: '各族干部群众',
  township: '干部群众',
  village: '群众',
  school: '师生',
  agency: '干部职工',
  enterprise: '职工',
  generic: '干部群众',
};

export function selfWords(orgName: string, kind: ReportKind): SelfWords {
  const who = AUDIENCE[kind];
  // The 办事处 of a street, or a township's 人民政府, speak as the place they run.
  const office = /(办事处|人民政府)$/.exec(orgName)?.[1];
  const name = office ? orgName.slice(0, -office.length) : orgName;
  const match = SUFFIXES.find(([suffix]) => name.endsWith(suffix));
  // Recorded as an agency, though, its figures are the office's own, not the place's: 全镇…29项
  // would read as the whole township's total, so the office is named instead (镇政府机关).
  if (match && office && kind === 'agency') return { we: match[1], all: office === '人民政府' ? `${match[0]}政府机关` : `${match[0]}办事处`, who };
  if (match && !(kind === 'school' && !['我校', '我园', '我院'].includes(match[1]))) return { we: match[1], all: match[2], who };
  if (kind === 'school') return { we: '我校', all: '全校', who };
  return { we: '我单位', all: '本单位', who };
}

/** How units of a kind are counted: 7个乡镇, 学校13所, 企业4家. */
export interface KindCount {
  noun: string;
  measure: string;
  /** Areas read number-first (7个乡镇), institutions noun-first (学校13所). */
  numberFirst: boolean;
}

const KIND_COUNTS: Record<string, KindCount> = {
  province: { noun: '省（自治区）', measure: '个', numberFirst: true },
  prefecture: { noun: '州（地区、市）', measure: '个', numberFirst: true },
  county: { noun: '县（市、区）', measure: '个', numberFirst: true },
  township: { noun: '乡镇', measure: '个', numberFirst: true },
  street: { noun: '街道', measure: '个', numberFirst: true },
  village: { noun: '行政村', measure: '个', numberFirst: true },
  community: { noun: '社区', measure: '个', numberFirst: true },
  agency: { noun: '机关单位', measure: '个', numberFirst: false },
  school: { noun: '学校', measure: '所', numberFirst: false },
  enterprise: { noun: '企业', measure: '家', numberFirst: false },
  religious_venue: { noun: '宗教活动场所', measure: '处', numberFirst: false },
  barracks: { noun: '军（警）营', measure: '个', numberFirst: false },
  corps_farm: { noun: '团场连队', measure: '个', numberFirst: false },
  park: { noun: '园区', measure: '个', numberFirst: false },
  building: { noun: '商务楼宇', measure: '栋', numberFirst: false },
  hospital: { noun: '医院', measure: '家', numberFirst: false },
  social_org: { noun: '社会组织', measure: '家', numberFirst: false },
};

export function kindCount(code: string, name: string | undefined): KindCount {
  return KIND_COUNTS[code] ?? { noun: name ?? code, measure: '个', numberFirst: false };
}

/** 「每个村」「每所学校」: a target for each unit of a kind. */
export function eachOfKind(code: string | null, name: string | undefined): string {
  if (code === null) return '每个下级单位';
  const k = kindCount(code, name);
  const noun = code === 'village' ? '村' : k.noun;
  return `每${k.measure}${noun}`;
}

/** A catalogue name as prose: 「宣讲/报告会」→「宣讲和报告会」, 「媒体宣传(电视专栏、公众号)」→「媒体宣传」. */
export function proseName(name: string): string {
  const plain = name.replace(/[（(][^（()）]*[)）]$/, '').trim();
  const parts = plain.split(/\s*\/\s*/);
  return parts.length === 2 ? parts.join('和') : parts.join('、');
}

/** A catalogue name kept whole in prose, its ASCII brackets full-width as Chinese text wants: 进村(社区) → 进村（社区）. */
export function bracketsFullWidth(name: string): string {
  return name.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** A measure word without its alternative: 「块(幅)」→「块」. */
export function proseUnit(unit: string): string {
  return unit.replace(/[（(][^（()）]*[)）]$/, '').trim() || unit;
}

/** Names joined as a list: A、B和C. */
export function listNames(names: readonly string[], last = '和'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('、')}${last}${names[names.length - 1]}`;
}
