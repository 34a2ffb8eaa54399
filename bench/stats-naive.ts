/**
 * Plain SQL on Shiliu's own tables and indexes (no roll-up, no extra index): the honest best single
 * statement a developer would write for a statistics question, for the benchmark's "naive" variant.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { subtreeUpperBound } from '../src/domain/org-path.js';
import type { DialectName } from '../src/server/db/database.js';
import type { Database } from '../src/server/db/schema.js';
import { answerOf, type Answer, type BenchQuestion, type GroupMode } from './stats-questions.js';

/**
 * How the measures reach the entry rows:
 * - `subquery`: one correlated lookup per indicator, `(select value from activity_measure where
 *   activity_id = a.id and indicator_id = k)`, each a probe of the measure table's primary key;
 *   the entries stream through one aggregate and nothing is materialised.
 * - `join`: `left join activity_measure` on the question's indicators, pivoted with
 *   `sum(case when indicator_id = k …)` per entry (`group by a.id`), then aggregated again.
 */
export type NaiveForm = 'subquery' | 'join';

/** The group key of each entry row, by mode: child id ('' for the unit's own entries), month, type. */
function groupExpr(dialect: DialectName, q: BenchQuestion, mode: GroupMode): RawBuilder<unknown> | undefined {
  const p = q.org.path;
  const after = p.length + 1;
  if (mode === 'child') {
    // The child of `p` an entry belongs to is the first id after the prefix in its unit's path.
    return dialect === 'postgres'
      ? sql`case when u.path = ${p} then '' else split_part(substr(u.path, ${sql.lit(after)}), '/', 1) end`
      : sql`case when u.path = ${p} then '' else substr(u.path, ${sql.lit(after)}, instr(substr(u.path, ${sql.lit(after)}), '/') - 1) end`;
  }
  if (mode === 'month') return sql`substr(a.start_date, 1, 7)`;
  if (mode === 'type') return sql`a.type_id`;
  return undefined;
}

function filters(q: BenchQuestion): RawBuilder<unknown> {
  return sql`u.path >= ${q.org.path} and u.path < ${subtreeUpperBound(q.org.path)}
    and a.start_date >= ${q.from} and a.start_date <= ${q.to}
    and a.status = 'approved' and a.deleted_at is null`;
}

function statement(dialect: DialectName, q: BenchQuestion, mode: GroupMode, form: NaiveForm): RawBuilder<Record<string, unknown>> {
  const g = groupExpr(dialect, q, mode);
  const ids = q.indicators.map((i) => i.id);
  const key = g ? sql`${g} as g, ` : sql``;
  const groupBy = g ? sql` group by 1` : sql``;
  if (form === 'subquery') {
    const sums = sql.join(
      ids.map(
        (id, k) => sql`sum((select m.value from activity_measure m where m.activity_id = a.id and m.indicator_id = ${sql.lit(id)})) as ${sql.ref(`v${k}`)}`,
      ),
    );
    return sql`select ${key}count(*) as n, ${sums}
      from org_unit u join activity a on a.org_unit_id = u.id
      where ${filters(q)}${groupBy}`;
  }
  const pivots = sql.join(ids.map((id, k) => sql`sum(case when m.indicator_id = ${sql.lit(id)} then m.value end) as ${sql.ref(`v${k}`)}`));
  const outer = sql.join(ids.map((_, k) => sql`sum(e.${sql.ref(`v${k}`)}) as ${sql.ref(`v${k}`)}`));
  const innerKey = g ? sql`, ${g} as g` : sql``;
  const innerGroup = g ? sql`, 2` : sql``;
  return sql`select ${g ? sql`e.g, ` : sql``}count(*) as n, ${outer} from (
      select a.id${innerKey}, ${pivots}
      from org_unit u join activity a on a.org_unit_id = u.id
      left join activity_measure m on m.activity_id = a.id and m.indicator_id in (${sql.join(ids.map((id) => sql.lit(id)))})
      where ${filters(q)}
      group by 1${innerGroup}
    ) e${groupBy}`;
}

/** Answers one question with one statement; sums are bigint (PostgreSQL returns them as text). */
export async function naiveAnswer(db: Kysely<Database>, dialect: DialectName, q: BenchQuestion, mode: GroupMode, form: NaiveForm): Promise<Answer> {
  const { rows } = await statement(dialect, q, mode, form).execute(db);
  const vector = (r: Record<string, unknown>) => [Number(r.n ?? 0), ...q.indicators.map((_, k) => Number(r[`v${k}`] ?? 0))];
  if (mode === 'none') return answerOf(rows[0] ? vector(rows[0]) : [0, ...q.indicators.map(() => 0)], []);
  const groups = rows.map((r): [string, number[]] => [r.g === '' ? 'own' : String(r.g), vector(r)]);
  const totals = groups.reduce((sum, [, v]) => sum.map((x, i) => x + v[i]!), [0, ...q.indicators.map(() => 0)]);
  return answerOf(totals, groups);
}

/** The plan of a question's statement (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE), for the findings. */
export async function explainNaive(db: Kysely<Database>, dialect: DialectName, q: BenchQuestion, mode: GroupMode, form: NaiveForm): Promise<string> {
  const prefix = dialect === 'postgres' ? sql`explain (analyze, buffers) ` : sql`explain query plan `;
  const { rows } = await sql<Record<string, unknown>>`${prefix}${statement(dialect, q, mode, form)}`.execute(db);
  return rows.map((r) => String(r['QUERY PLAN'] ?? r.detail ?? JSON.stringify(r))).join('\n');
}
