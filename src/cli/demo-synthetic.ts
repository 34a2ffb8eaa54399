import type { SyntheticProgress, SyntheticResult } from '../server/features/ledger/synthetic/synthetic.service.js';
import { DEFAULT_SYNTHETIC_ENTRIES, SYNTHETIC_SCALES, type SyntheticScale } from '../server/features/ledger/synthetic/synthetic-region.js';

/** Upper bound for --entries: PostgreSQL's activity ids are int4, and a run this size already takes hours. */
const MAX_ENTRIES = 50_000_000;

export const SYNTHETIC_HELP = `
合成基准区域（--scale）：
  county      合成县：1县 → 12乡 → 每乡约45村，另有机关、学校，约600个单位；默认${DEFAULT_SYNTHETIC_ENTRIES.county.toLocaleString('en-US')}条台账
  prefecture  合成州：8个县，约4,700个单位；默认${DEFAULT_SYNTHETIC_ENTRIES.prefecture.toLocaleString('en-US')}条
  province    合成省：10个州，约47,000个单位；默认${DEFAULT_SYNTHETIC_ENTRIES.province.toLocaleString('en-US')}条
  台账覆盖运行当天之前的两年，约85%在村、10%在乡级；九成已审核通过；同一 --seed 生成相同的台账（日期随运行日平移）。
  单位一次写入；台账每5万条一个事务提交，中途中断会留下不完整的区域（再次运行会提示），
  此时请换用新的数据库重新生成。合成台账是性能测试数据，无人录入，不逐条写审计日志，
  每次生成只记一条汇总审计；不创建登录账号。区域已存在时不做任何改动。`;

const n = (value: number) => value.toLocaleString('en-US');

export interface SyntheticArgs {
  scale: SyntheticScale;
  entries: number | undefined;
  seed: number | undefined;
}

function parseCount(raw: string | undefined, option: string, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(value) || value < 0 || value > max) throw new Error(`${option} 应为 0–${n(max)} 的整数：${raw}`);
  return value;
}

/** Validates the options of `demo --scale`; messages in Chinese like every CLI error. */
export function parseSyntheticArgs(o: { scale?: string; entries?: string; seed?: string; password?: string }): SyntheticArgs | undefined {
  if (o.scale === undefined) {
    if (o.entries !== undefined || o.seed !== undefined) throw new Error('--entries 和 --seed 只能与 --scale 一起使用');
    return undefined;
  }
  if (!(SYNTHETIC_SCALES as readonly string[]).includes(o.scale)) throw new Error(`未知规模「${o.scale}」：可选 ${SYNTHETIC_SCALES.join(' | ')}`);
  if (o.password !== undefined) throw new Error('合成区域不创建账号，--password 不能与 --scale 同用');
  return { scale: o.scale as SyntheticScale, entries: parseCount(o.entries, '--entries', MAX_ENTRIES), seed: parseCount(o.seed, '--seed', 0xffffffff) };
}

export function formatProgress(p: SyntheticProgress): string {
  if (p.phase === 'units') return `已创建${n(p.done)}个单位（${p.seconds.toFixed(1)}秒）。`;
  const rate = p.seconds > 0 ? Math.round(p.done / p.seconds) : 0;
  return `台账 ${n(p.done)}/${n(p.total)}（${p.seconds.toFixed(1)}秒，${n(rate)}条/秒）`;
}

export function formatSyntheticResult(r: SyntheticResult): string {
  if (r.created) {
    const { summary: s } = r;
    const rate = s.seconds > 0 ? `，${n(Math.round(s.entries / s.seconds))}条/秒` : '';
    return `已生成${r.region}：${n(s.units)}个单位，${n(s.entries)}条台账，台账用时${s.seconds.toFixed(1)}秒${rate}；种子${s.seed}。`;
  }
  if (!r.summary) return `${r.region}已存在（${n(r.units)}个单位），但上次生成没有完成；未新增。如需完整数据，请换用新的数据库重新生成。`;
  return `${r.region}已存在（${n(r.units)}个单位，${n(r.summary.entries)}条台账，种子${r.summary.seed}），未新增。`;
}
