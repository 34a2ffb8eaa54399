import { describe, it, expect, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Only `shiliu serve`/`start` may load the HTTP stack: every other command starts faster and does not
// depend on Fastify. This runs the real CLI with a hook that logs every module it resolves.
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLOW = 120_000;
const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `node <args>` from the repository root and returns the module URLs it resolved. */
function loadedModules(args: string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-modules-'));
  tempDirs.push(dir);
  const log = join(dir, 'modules.log');
  const env: NodeJS.ProcessEnv = { ...process.env, SHILIU_DATA_DIR: dir, SHILIU_LOG_LEVEL: 'silent', SHILIU_MODULE_LOG: log };
  delete env.DATABASE_URL;
  const node = [process.execPath, '--import', 'tsx', '--import', './test-support/module-log/register.mjs'];
  return new Promise((resolve, reject) => {
    execFile(node[0]!, [...node.slice(1), ...args], { cwd: REPO_ROOT, env, timeout: SLOW - 10_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${args.join(' ')} failed: ${String(stderr)}`));
      else resolve(readFileSync(log, 'utf8').split('\n').filter(Boolean));
    });
  });
}

const HTTP_STACK = [/\/node_modules\/fastify\//, /\/node_modules\/@fastify\//, /\/src\/server\/app\.ts$/, /\/src\/server\/http\//];
const httpStackIn = (urls: string[]) => urls.filter((url) => HTTP_STACK.some((re) => re.test(url)));

describe('CLI commands other than serve/start', () => {
  it('migrate runs without loading Fastify, the app or http/', { timeout: SLOW }, async () => {
    const urls = await loadedModules(['src/cli/main.ts', 'migrate']);
    expect(urls.some((url) => url.endsWith('/src/server/bootstrap.ts'))).toBe(true);
    expect(httpStackIn(urls)).toEqual([]);
  });

  it('the module log does see the HTTP stack when the server module is loaded (the check above can fail)', { timeout: SLOW }, async () => {
    const urls = await loadedModules(['--input-type=module', '-e', "await import('./src/server/serve.ts')"]);
    expect(httpStackIn(urls).length).toBeGreaterThan(0);
  });
});
