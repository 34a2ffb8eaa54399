import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (dist/web/.vite/manifest.json), keyed by source path under src/web. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(webRoot: string): Manifest {
  return JSON.parse(readFileSync(join(webRoot, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The JS and CSS files a browser fetches for these manifest keys: each chunk and everything it imports statically. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return { js, css };
}

/** The scripts index.html itself loads: the entry and its modulepreloads. */
export function scriptsOfIndexHtml(webRoot: string): string[] {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => tag.startsWith('<script') || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1])
    .filter((file): file is string => file !== undefined);
}

export interface TransferSize {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Bytes on the wire per encoding: the precompressed sibling when the build wrote one, else compressed here as the build would. */
export function transferSize(webRoot: string, file: string): TransferSize {
  const path = join(webRoot, file);
  const sized = (suffix: string, compress: (data: Buffer) => Buffer) =>
    existsSync(path + suffix) ? statSync(path + suffix).size : compress(readFileSync(path)).length;
  return {
    raw: statSync(path).size,
    gzip: sized('.gz', (data) => gzipSync(data, { level: 9 })),
    brotli: sized('.br', (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

export function totalSize(webRoot: string, files: Iterable<string>): TransferSize {
  const total: TransferSize = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = transferSize(webRoot, file);
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}
