import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readManifest, scriptsOfIndexHtml, staticClosure, totalSize, type Manifest } from './support/first-load.js';

/*
 * A village clerk opens the platform on a phone, often over a weak mobile connection: the JavaScript
 * the first pages need must stay small. This reads the build itself (dist/web and Vite's manifest),
 * so it runs with the e2e suite, after `npm run build`.
 */

const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const BUDGET_BYTES = 500_000;

// Manifest keys are source paths under src/web (Vite's root); index.html is the entry.
const ENTRY = 'index.html';
const LOGIN = 'features/auth/LoginPage.tsx';
const SHELL = 'app/AppLayout.tsx';
const HOME = 'features/home/HomePage.tsx';
const FIRST_PAGES: Record<string, string[]> = {
  'the login page': [ENTRY, LOGIN],
  'the home page, signed in': [ENTRY, SHELL, HOME],
  'the login page, then the home page': [ENTRY, LOGIN, SHELL, HOME],
};

const built = existsSync(join(WEB_ROOT, '.vite', 'manifest.json'));
if (!built) console.warn(`web-bundle.spec.ts skipped: no build manifest in ${WEB_ROOT}; run \`npm run build:web\` first.`);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe.skipIf(!built)('the built web client a clerk first loads', () => {
  const manifest: Manifest = built ? readManifest(WEB_ROOT) : {};

  it('is what index.html loads: the entry and its preloads are all in the manifest', () => {
    const entry = staticClosure(manifest, [ENTRY]).js;
    const loaded = scriptsOfIndexHtml(WEB_ROOT);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((file) => !entry.has(file))).toEqual([]);
  });

  it.each(Object.entries(FIRST_PAGES))('%s pulls in at most 500 kB of compressed JavaScript', (page, keys) => {
    const size = totalSize(WEB_ROOT, staticClosure(manifest, keys).js);
    console.info(`${page}: JS ${kB(size.raw)} raw, ${kB(size.gzip)} gzip, ${kB(size.brotli)} brotli`);
    // gzip, not brotli: every browser takes gzip, so it bounds what any phone downloads.
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leaves the chart library and the spreadsheet writer to the pages that use them', () => {
    const lazyOnly = Object.entries(manifest).filter(([key]) => /echarts|exceljs/.test(key));
    expect(lazyOnly.length).toBeGreaterThanOrEqual(2);
    const firstLoad = staticClosure(manifest, FIRST_PAGES['the login page, then the home page']!).js;
    for (const [key, chunk] of lazyOnly) expect(firstLoad.has(chunk.file), key).toBe(false);
  });

  it('has every hashed script and stylesheet precompressed as .br and .gz', () => {
    const assets = join(WEB_ROOT, 'assets');
    const files = readdirSync(assets).filter((file) => /\.(?:js|css)$/.test(file));
    // Below 1 kB compression may not pay, and the build may leave a variant out; the server then sends the file as is.
    const missing = files
      .filter((file) => statSync(join(assets, file)).size >= 1000)
      .flatMap((file) => ['.br', '.gz'].map((suffix) => file + suffix))
      .filter((file) => !existsSync(join(assets, file)));
    expect(missing).toEqual([]);
  });
});
