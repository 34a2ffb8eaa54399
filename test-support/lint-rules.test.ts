import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

// The import rules of .dependency-cruiser.cjs, run over a miniature tree (lint-fixtures/) in which each
// `planted-*` file breaks one rule on purpose: every rule must fire on its plant and nowhere else,
// and the tree without the plants must pass.
const CONFIG = fileURLToPath(new URL('../.dependency-cruiser.cjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./lint-fixtures', import.meta.url));

/** Each planted violation as `rule: from` (for a folder cycle, the folders on it). */
const PLANTED = [
  'cli-not-to-http-stack: src/cli/commands/planted-status.command.ts',
  'http-not-to-features: src/server/http/planted-auth.ts',
  'kysely-only-in-repositories-and-db: src/server/features/notes/planted-sql.service.ts',
  'no-cycles: src/server/features/notes/planted-cycle-a.ts',
  'no-feature-folder-cycles: src/server/features/planted-left',
  'no-feature-folder-cycles: src/server/features/planted-right',
  'repositories-not-to-other-features-repositories: src/server/features/tags/planted-tag.repository.ts',
  'repositories-not-to-services: src/server/features/notes/planted-rules.repository.ts',
  'routes-not-to-db-or-repositories: src/server/features/notes/planted-db.routes.ts',
  'routes-not-to-db-or-repositories: src/server/features/notes/planted-repository.routes.ts',
  'serve-module-only-lazily: src/server/planted-restart.ts',
];

let options: ICruiseOptions;

beforeAll(async () => {
  options = await extractDepcruiseOptions(CONFIG);
});

async function cruiseFixtures(extra: Partial<ICruiseOptions> = {}): Promise<ICruiseResult> {
  const result = await cruise(['src'], { ...options, ...extra, baseDir: FIXTURES });
  if (typeof result.output === 'string') throw new Error('expected a cruise result, got formatted output');
  return result.output;
}

const violations = (result: ICruiseResult) => [...new Set(result.summary.violations.map((v) => `${v.rule.name}: ${v.from}`))].sort();

describe('import rules (.dependency-cruiser.cjs)', () => {
  it('fire on each planted violation, by name, and on nothing else', async () => {
    expect(violations(await cruiseFixtures())).toEqual(PLANTED);
  });

  it('cover every rule of the config with a plant', () => {
    const rules = (options.ruleSet?.forbidden ?? []).map((rule) => rule.name);
    expect(new Set(PLANTED.map((p) => p.split(':')[0]))).toEqual(new Set(rules));
  });

  it('pass the clean tree (every allowed direction, the plants left out)', async () => {
    const excluded = options.exclude;
    const testsPath = typeof excluded === 'object' && !Array.isArray(excluded) ? excluded.path : excluded;
    const result = await cruiseFixtures({ exclude: { path: [...[testsPath ?? []].flat(), 'planted'] } });
    expect(result.summary.totalCruised).toBeGreaterThan(15);
    // The serve command's lazy door is there (and allowed): main -> serve.command -> import() -> serve.ts -> app -> fastify.
    const serveCommand = result.modules.find((m) => m.source === 'src/cli/commands/serve.command.ts');
    expect(serveCommand?.dependencies.find((d) => d.resolved === 'src/server/serve.ts')?.dependencyTypes).toContain('dynamic-import');
    expect(violations(result)).toEqual([]);
  });
});
