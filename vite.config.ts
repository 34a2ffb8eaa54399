import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const REACT = /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/;
const ANTD =
  /node_modules[\\/](antd|@ant-design|@rc-component|@babel[\\/]runtime|dayjs|classnames|clsx|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|stylis|@emotion)[\\/]/;

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The web client: sources in src/web, built into dist/web, which the server serves at `/`. */
export default defineConfig({
  root: fromRepo('./src/web'),
  plugins: [react()],
  build: {
    outDir: fromRepo('./dist/web'),
    emptyOutDir: true,
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
