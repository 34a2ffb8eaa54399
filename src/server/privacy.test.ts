import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'kysely';
import * as contracts from '../contracts/index.js';
import { z } from '../contracts/zod-locale.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { buildCatalogue } from './features/report-templates/template-placeholders.js';

/*
 * domain.md, principle 1: no field anywhere holds a private person's ethnicity (民族成分) or
 * religion. These tests look at every name a field can have — database columns, API contract
 * keys, import sheet headers — and fail as soon as one of them is about either.
 */

// Stems that only ever mean ethnicity, nationality or religion, wherever they appear in a name.
const SENSITIVE_STEM = /ethnic|minzu|religio|nationalit|族别|宗教|信仰|民族(?!团结)/i;
// Words that are ambiguous inside longer words ("designation", "combination"), so matched as whole words.
const SENSITIVE_WORD = /^(nations?|faiths?|beliefs?|creeds?)$/;

/** True when an identifier (snake_case, camelCase or Chinese) names an ethnicity or religion field. */
function isSensitiveName(name: string): boolean {
  if (SENSITIVE_STEM.test(name)) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((w) => SENSITIVE_WORD.test(w));
}

type AnySchema = z.core.$ZodType;

/** Every property key of a zod schema, walking into objects, arrays, wrappers, unions and lazy schemas. */
function schemaKeys(schema: AnySchema, path = '', seen = new Set<AnySchema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (s: unknown, at: string) => (s instanceof z.core.$ZodType ? schemaKeys(s, at, seen) : []);
  switch (def.type) {
    case 'object': {
      const shape = (def as unknown as { shape: Record<string, AnySchema> }).shape;
      const catchall = walk(def.catchall, `${path}.*`);
      return [...Object.entries(shape).flatMap(([key, value]) => [`${path}.${key}`, ...walk(value, `${path}.${key}`)]), ...catchall];
    }
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'lazy':
      return walk((def as unknown as { getter: () => AnySchema }).getter(), path);
    case 'union':
      return (def.options as AnySchema[]).flatMap((o) => walk(o, path));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'record':
    case 'map':
      return [...walk(def.keyType, `${path}<key>`), ...walk(def.valueType, `${path}.*`)];
    case 'tuple':
      return [...(def.items as AnySchema[]).flatMap((item, i) => walk(item, `${path}[${i}]`)), ...walk(def.rest, `${path}[]`)];
    default:
      // optional, nullable, default, readonly, catch, promise, …: one inner schema.
      return walk(def.innerType, path);
  }
}

function exportedSchemas(): Array<[string, AnySchema]> {
  return Object.entries(contracts as Record<string, unknown>).flatMap(([name, value]): Array<[string, AnySchema]> =>
    value instanceof z.core.$ZodType ? [[name, value]] : [],
  );
}

describe('the privacy rule: no ethnicity or religion field', () => {
  describe('the name check itself', () => {
    it('flags names about ethnicity, nationality or religion in any spelling', () => {
      for (const name of [
        'ethnicity',
        'ethnic_group',
        'personEthnicity',
        'nationality',
        'nation',
        'minzu',
        'minzu_code',
        'religion',
        'religious_belief',
        'faith',
        'beliefs',
        'creed',
        'user_creed',
        '民族',
        '民族成分',
        '族别',
        '宗教信仰',
        '信仰',
      ]) {
        expect(isSensitiveName(name), name).toBe(true);
      }
    });

    it('leaves ordinary names alone, the work of ethnic unity itself included', () => {
      for (const name of [
        'org_kind',
        'designation',
        'destination',
        'combination',
        'international_code',
        'username',
        'display_name',
        'orgId',
        'mustChangePassword',
        '民族团结进步示范单位',
        '上级路径',
        '名称',
      ]) {
        expect(isSensitiveName(name), name).toBe(false);
      }
    });

    it('finds a forbidden key however deeply a schema hides it', () => {
      const inner = z.object({ ethnicity: z.string() });
      const hidden: Array<[string, AnySchema]> = [
        ['object', inner],
        ['array of optional', z.object({ people: z.array(inner.optional()) })],
        ['nullable lazy', z.object({ more: z.lazy(() => inner).nullable() })],
        [
          'refined, extended',
          z
            .object({ a: z.string() })
            .extend({ nested: z.object({ religion: z.string() }) })
            .refine(() => true),
        ],
        ['union', z.union([z.string(), inner])],
        ['record', z.record(z.string(), inner)],
      ];
      for (const [label, schema] of hidden) {
        expect(
          schemaKeys(schema).some((k) => isSensitiveName(k.split('.').pop()!)),
          label,
        ).toBe(true);
      }
    });
  });

  describe('API contracts', () => {
    it('walks every exported contract schema, recursive ones included', () => {
      const keys = exportedSchemas().flatMap(([name, schema]) => schemaKeys(schema).map((k) => `${name}${k}`));
      // Guards against a walk that silently finds nothing.
      expect(keys).toEqual(
        expect.arrayContaining([
          'UserSchema.displayName',
          'MeSchema.user.roles',
          'ProblemSchema.errors[].pointer',
          'OrgTreeNodeSchema.children',
          'CreateUserBodySchema.password',
        ]),
      );
    });

    it('has no property key about ethnicity or religion in any contract schema', () => {
      const offending = exportedSchemas()
        .flatMap(([name, schema]) => schemaKeys(schema).map((k) => `${name}${k}`))
        .filter((path) =>
          isSensitiveName(
            path
              .split(/[.[\]]/)
              .filter(Boolean)
              .pop()!,
          ),
        );
      expect(offending).toEqual([]);
    });

    it('has no import column about ethnicity or religion', () => {
      expect(contracts.ORG_IMPORT_COLUMNS.length).toBeGreaterThan(0);
      expect(contracts.ORG_IMPORT_COLUMNS.filter(isSensitiveName)).toEqual([]);
    });
  });

  for (const dialect of DIALECTS) {
    describe(`database schema (${dialect})`, () => {
      let database: TestDatabase;

      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await database?.drop();
      });

      async function columns(): Promise<Array<{ table: string; column: string }>> {
        const { db } = database.db;
        if (dialect === 'postgres') {
          const { rows } = await sql<{ table: string; column: string }>`
            select table_name as "table", column_name as "column" from information_schema.columns
            where table_schema = current_schema()`.execute(db);
          return rows;
        }
        const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
        const out: Array<{ table: string; column: string }> = [];
        for (const { name } of tables) {
          const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
          out.push(...rows.map((r) => ({ table: name, column: r.name })));
        }
        return out;
      }

      it('reads the columns of every migrated table', async () => {
        const found = await columns();
        // Guards against an introspection query that silently returns nothing.
        expect(found).toEqual(
          expect.arrayContaining([
            { table: 'app_user', column: 'display_name' },
            { table: 'org_unit', column: 'kind' },
            { table: 'audit_log', column: 'after_json' },
          ]),
        );
      });

      it('has no table or column about ethnicity or religion', async () => {
        const found = await columns();
        const offending = found.filter((c) => isSensitiveName(c.table) || isSensitiveName(c.column)).map((c) => `${c.table}.${c.column}`);
        expect(offending).toEqual([]);
      });

      it('offers no template placeholder about ethnicity or religion (自定义模板, over the default catalogue)', async () => {
        const { db } = database.db;
        const indicators = await db.selectFrom('indicator').select(['code', 'name', 'unit', 'value_kind as valueKind']).execute();
        const categories = await db.selectFrom('activity_type').select(['id', 'name']).where('parent_id', 'is', null).execute();
        // Every type with every indicator it measures, so each type-scoped name and alias is looked at.
        const types = await db.selectFrom('activity_type').select(['id', 'name']).where('parent_id', 'is not', null).execute();
        const links = await db
          .selectFrom('activity_type_indicator as ati')
          .innerJoin('indicator', 'indicator.id', 'ati.indicator_id')
          .select(['ati.type_id', 'indicator.code'])
          .execute();
        const catalogue = buildCatalogue(
          indicators.map((i) => ({ ...i, valueKind: i.valueKind as 'integer' | 'decimal' | 'money' })),
          categories,
          types.map((t) => ({ ...t, indicators: links.filter((l) => l.type_id === t.id).map((l) => l.code) })),
        );
        const names = [...catalogue.scalars.keys(), ...catalogue.aliases.keys(), ...catalogue.loops.keys(), ...catalogue.fields.keys()];
        // Guards against a catalogue that silently came out empty.
        expect(names).toEqual(expect.arrayContaining(['单位名称', '场次', '下级单位', '名称', '宣讲/报告会场次', '宣讲场次']));
        expect(names.filter(isSensitiveName)).toEqual([]);
      });
    });
  }
});
