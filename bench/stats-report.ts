/**
 * Tables of the statistics benchmark: per run (database × scale) the generation, the latencies by
 * variant, grouping and level, the ratios and the writes; at the end the aims, met or missed.
 */
import type { DialectName } from '../src/server/db/database.js';
import type { SyntheticScale } from '../src/server/features/ledger/synthetic/synthetic-region.js';
import { GROUP_MODES, LEVEL_NAMES, LEVELS, percentile, type BenchQuestion, type GroupMode, type Level } from './stats-questions.js';
import type { ApiFigures, BulkFigures, VerifyFigures } from './stats-writes.js';

export const VARIANTS = ['shiliu', 'naive', 'duckdb'] as const;
export type Variant = (typeof VARIANTS)[number];
const VARIANT_NAMES: Record<Variant, string> = { shiliu: 'Shiliu 汇总', naive: '直接 SQL', duckdb: 'DuckDB' };
const MODE_NAMES: Record<GroupMode, string> = { none: '合计', child: '按下级', month: '按月', type: '按类型' };

export interface Sample {
  q: BenchQuestion;
  mode: GroupMode;
  variant: Variant;
  ms: number;
}

export interface RunResult {
  dialect: DialectName;
  scale: SyntheticScale;
  units: number;
  entries: number;
  generation: { unitSeconds: number; seconds: number; perSecond: number };
  rollupRows: Record<string, number>;
  databaseMiB: number;
  duck: { seconds: number; entries: number; memoryMiB: number };
  questions: number;
  /** Approved entries inside each question's range and subtree (the rows a raw scan must read). */
  rangeEntries: number[];
  samples: Sample[];
  mismatches: string[];
  naivePlan: string;
  bulk: BulkFigures;
  api: ApiFigures;
  verify: VerifyFigures;
  /** 1-minute load average at the start and end of each timed phase (2 cores: above ~2 means contention). */
  loads: Record<string, string>;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en');
export const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : n0(x));
const ratio = (a: number, b: number) => (b > 0 && !Number.isNaN(a) ? `${a / b >= 100 ? n0(a / b) : (a / b).toFixed(1)}×` : '—');

interface Dist {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

function dist(values: number[]): Dist {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

export type Slice = 'totals' | 'grouped' | GroupMode;

function pick(samples: Sample[], variant: Variant, slice: Slice, level?: Level): number[] {
  return samples
    .filter((s) => s.variant === variant && (level === undefined || s.q.level === level))
    .filter((s) => (slice === 'totals' ? s.mode === 'none' : slice === 'grouped' ? s.mode !== 'none' : s.mode === slice))
    .map((s) => s.ms);
}

export function distOf(r: RunResult, variant: Variant, slice: Slice, level?: Level): Dist {
  return dist(pick(r.samples, variant, slice, level));
}

const SLICES: Array<[Slice, string]> = [
  ['totals', '合计（不分组）'],
  ['grouped', '分组（三种合并）'],
  ...GROUP_MODES.filter((m) => m !== 'none').map((m): [Slice, string] => [m, `  其中${MODE_NAMES[m]}`]),
];

export function printRun(r: RunResult): void {
  const title = `${r.dialect} · ${r.scale} · ${n0(r.units)} 个单位 · ${n0(r.entries)} 条台账`;
  console.log(`\n━━ 统计基准：${title} ━━`);
  console.table([
    {
      '单位写入 s': r.generation.unitSeconds.toFixed(1),
      '台账生成 s': r.generation.seconds.toFixed(1),
      '批量写入（含汇总维护） 条/秒': n0(r.generation.perSecond),
      汇总行数: Object.entries(r.rollupRows)
        .map(([t, v]) => `${t} ${n0(v)}`)
        .join(' · '),
      '数据库 MiB': n0(r.databaseMiB),
      'DuckDB 载入 s': r.duck.seconds.toFixed(1),
      'DuckDB 条数': n0(r.duck.entries),
      'DuckDB 内存 MiB': n0(r.duck.memoryMiB),
    },
  ]);
  console.log(
    `机器负载（1 分钟平均，阶段开始 → 结束；本进程自身约占 1）：${Object.entries(r.loads)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
  );
  const range = dist(r.rangeEntries);
  console.log(
    `问题 ${r.questions} 个 × ${GROUP_MODES.length} 种分组 × 3 个方案；问题范围内的已通过台账：p50 ${n0(range.p50)} · p95 ${n0(range.p95)} · 最多 ${n0(range.max)} 条`,
  );

  console.log('\n查询耗时（ms，含取回结果到 JS）');
  console.table(
    SLICES.flatMap(([slice, label]) =>
      VARIANTS.map((v) => {
        const d = distOf(r, v, slice);
        return { 问题: label, 方案: VARIANT_NAMES[v], 次数: d.n, p50: ms(d.p50), p95: ms(d.p95), 最大: ms(d.max) };
      }),
    ),
  );

  const levels = LEVELS.filter((l) => r.samples.some((s) => s.q.level === l));
  for (const slice of ['totals', 'grouped'] as const) {
    console.log(`\n按层级 p50 / p95（ms）· ${slice === 'totals' ? '合计' : '分组'}`);
    console.table(
      VARIANTS.map((v) => ({
        方案: VARIANT_NAMES[v],
        ...Object.fromEntries(
          levels.map((l) => {
            const d = distOf(r, v, slice, l);
            return [LEVEL_NAMES[l], `${ms(d.p50)} / ${ms(d.p95)}`];
          }),
        ),
      })),
    );
  }

  console.log('\n倍数（对方耗时 ÷ Shiliu 耗时）');
  console.table(
    SLICES.map(([slice, label]) => {
      const s = distOf(r, 'shiliu', slice);
      const a = distOf(r, 'naive', slice);
      const d = distOf(r, 'duckdb', slice);
      return {
        问题: label,
        '直接SQL p50': ratio(a.p50, s.p50),
        '直接SQL p95': ratio(a.p95, s.p95),
        'DuckDB p50': ratio(d.p50, s.p50),
        'DuckDB p95': ratio(d.p95, s.p95),
      };
    }),
  );

  console.log('\n写入');
  console.table([
    {
      项目: `批量 ${n0(r.bulk.entries)} 条/方式，每事务 ${n0(r.bulk.batch)} 条`,
      '含汇总维护 条/秒': n0(r.bulk.withRollup),
      '不含维护 条/秒': n0(r.bulk.withoutRollup),
      '维护占比': `${Math.round((1 - r.bulk.withRollup / r.bulk.withoutRollup) * 100)} %`,
      '维护 ms/条': r.bulk.maintenanceMs.toFixed(3),
    },
  ]);
  console.table([
    {
      项目: `HTTP POST /api/activities × ${n0(r.api.entries)}，并发 ${r.api.concurrency}`,
      '条/秒': n0(r.api.perSecond),
      'p50 ms': ms(r.api.p50),
      'p95 ms': ms(r.api.p95),
      '最大 ms': ms(r.api.max),
    },
  ]);
  console.log(
    `stats verify（${r.verify.seconds.toFixed(1)} s）：${r.verify.differences.length === 0 ? '汇总与台账逐行一致' : r.verify.differences.join('；')}`,
  );
  console.log(
    r.mismatches.length === 0
      ? `三方答案一致：${r.samples.length / 3} 次问答全部相同。`
      : `答案不一致 ${r.mismatches.length} 处：\n  ${r.mismatches.slice(0, 20).join('\n  ')}`,
  );
  const slow = r.samples
    .filter((s) => s.variant === 'shiliu')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  console.log(
    `Shiliu 最慢 5 次：${slow.map((s) => `${ms(s.ms)} ms（${LEVEL_NAMES[s.q.level]} ${s.q.rangeKind} ${s.q.from}…${s.q.to} ${MODE_NAMES[s.mode]}）`).join('；')}`,
  );
  console.log(`\n直接 SQL 最慢一题（合计）的执行计划：\n${r.naivePlan}`);
}

interface Aim {
  label: string;
  /** Undefined: not measured by this run. */
  check(r: RunResult, all: RunResult[]): { value: string; met: boolean } | undefined;
}

const p95 = (r: RunResult, v: Variant, s: Slice) => distOf(r, v, s).p95;

const AIMS: Aim[] = [
  { label: '合计 p95 ≤ 5 ms', check: (r) => ({ value: `${ms(p95(r, 'shiliu', 'totals'))} ms`, met: p95(r, 'shiliu', 'totals') <= 5 }) },
  { label: '分组 p95 ≤ 15 ms', check: (r) => ({ value: `${ms(p95(r, 'shiliu', 'grouped'))} ms`, met: p95(r, 'shiliu', 'grouped') <= 15 }) },
  {
    label: '500万条时持平（仍 ≤ 5 / 15 ms）',
    check: (r, all) => {
      if (r.scale !== 'province') return undefined;
      const base = all.find((o) => o.dialect === r.dialect && o.scale === 'prefecture');
      const t = p95(r, 'shiliu', 'totals');
      const g = p95(r, 'shiliu', 'grouped');
      const vs = base ? `（100万：${ms(p95(base, 'shiliu', 'totals'))} / ${ms(p95(base, 'shiliu', 'grouped'))}）` : '';
      return { value: `${ms(t)} / ${ms(g)} ms${vs}`, met: t <= 5 && g <= 15 };
    },
  },
  ...(['duckdb', 'naive'] as const).map((v): Aim => ({
    label: `p95 ≥ ${v === 'duckdb' ? 20 : 50}× ${VARIANT_NAMES[v]}（合计 / 分组）`,
    check: (r) => {
      const t = p95(r, v, 'totals') / p95(r, 'shiliu', 'totals');
      const g = p95(r, v, 'grouped') / p95(r, 'shiliu', 'grouped');
      const bar = v === 'duckdb' ? 20 : 50;
      return { value: `${t.toFixed(1)}× / ${g.toFixed(1)}×`, met: t >= bar && g >= bar };
    },
  })),
  {
    label: '批量写入含维护 ≥ 5,000 条/秒（生成 · 另批）',
    check: (r) => ({ value: `${n0(r.generation.perSecond)} · ${n0(r.bulk.withRollup)}`, met: r.generation.perSecond >= 5000 && r.bulk.withRollup >= 5000 }),
  },
  { label: 'HTTP 单条写入 ≥ 500 条/秒', check: (r) => ({ value: n0(r.api.perSecond), met: r.api.perSecond >= 500 }) },
  {
    label: '答案一致、stats verify 无差异',
    check: (r) => ({
      value: `${r.mismatches.length} 处 · ${r.verify.differences.length} 表`,
      met: r.mismatches.length === 0 && r.verify.differences.length === 0,
    }),
  },
];

/** The aims judged on every run; the brief's own yardstick is SQLite at ~1M entries (prefecture). */
export function printSummary(runs: RunResult[]): void {
  console.log('\n━━ 目标对照（官方口径：SQLite · 合成州 ~100万条；其余各列供参考）━━');
  console.table(
    AIMS.map((aim) => ({
      目标: aim.label,
      ...Object.fromEntries(
        runs.map((r) => {
          const c = aim.check(r, runs);
          return [`${r.dialect}@${r.scale}`, c ? `${c.met ? '达到' : '未达到'} · ${c.value}` : '未测'];
        }),
      ),
    })),
  );
}
