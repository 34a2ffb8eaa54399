import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * `column` contains `text`, as plain characters (LIKE wildcards in the text are escaped) and
 * ignoring ASCII case on both databases (PostgreSQL's LIKE is case-sensitive, SQLite's is not).
 */
export function containsText(column: Expression<string> | RawBuilder<string>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}
