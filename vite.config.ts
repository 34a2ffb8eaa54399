import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const REACT = /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/;
const ANTD =
  /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|dayjs|classnames|clsx|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|stylis|@emotion)[\\/]/;

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const compressors = {
  '.br': (data: Buffer) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  '.gz': (data: Buffer) => promisify(gzip)(data, { level: 9 }),
};

/**
 * Writes `.br` and `.gz` next to each hashed script and stylesheet, once, at the highest levels, so the
 * server sends them as they are (@fastify/static `preCompressed`) instead of compressing per request.
 * A variant that saves nothing is left out; the server then falls back to the plain file.
 */
function precompressAssets(): Plugin {
  return {
    name: 'shiliu:precompress-assets',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      if (!dir) return;
      const assets = Object.keys(bundle).filter((fileName) => /^assets\/.+\.(?:js|css)$/.test(fileName));
      await Promise.all(
        assets.map(async (fileName) => {
          const path = join(dir, fileName);
          const data = await readFile(path);
          for (const [suffix, compress] of Object.entries(compressors)) {
            const compressed = await compress(data);
            if (compressed.length < data.length) await writeFile(path + suffix, compressed);
          }
        }),
      );
    },
  };
}

/** The web client: sources in src/web, built into dist/web, which the server serves at `/`. */
export default defineConfig({
  root: fromRepo('./src/web'),
  plugins: [react(), precompressAssets()],
  build: {
    outDir: fromRepo('./dist/web'),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page pulls in, read by the first-load budget test (e2e/web-bundle.spec.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than our pages, so they get their own long-cached chunks.
        // Only the part of antd the shell needs (layout, menu, form basics) loads at first paint; the
        // rest (table, tree, upload…) follows the lazily loaded page that uses it.
        codeSplitting: {
          groups: [
            { name: 'react', test: REACT, priority: 30 },
            { name: 'antd', test: ANTD, tags: ['$initial'], priority: 20 },
            { name: 'antd-extra', test: ANTD, entriesAware: true, entriesAwareMergeThreshold: 20_000, priority: 15 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // Our own client sources live in src/web/api/, i.e. at /api/*.ts in dev, so those stay with Vite.
      // The session cookie and the server's CSRF check (Origin must equal Host) both work through the
      // proxy because the Host header is passed on unchanged (no changeOrigin).
      '^/api/(?!.*\\.tsx?(?:\\?.*)?$)': { target: 'http://127.0.0.1:8080' },
    },
  },
});
