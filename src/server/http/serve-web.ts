import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendRouteNotFound } from './problem.js';

/** Vite names every built script and stylesheet by its content hash, so a URL under /assets/ never changes meaning. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (index.html, favicon) is revalidated on each visit, so a new release is picked up at once.
const REVALIDATE = 'no-cache';

/**
 * Serves the single-page client built into `root`: hashed assets as the build precompressed them
 * (.br, .gz, chosen by Accept-Encoding) and cached for a year; unknown non-API paths get index.html
 * so client routes work on reload.
 */
export async function serveWeb(app: FastifyInstance, root: string) {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    // The build manifest (.vite/) is for the build's own tests, not for browsers.
    dotfiles: 'ignore',
    setHeaders: (reply, filePath) => reply.header('cache-control', HASHED_ASSET.test(filePath) ? IMMUTABLE : REVALIDATE),
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0]!);
    if (wantsPage) return reply.sendFile('index.html');
    return sendRouteNotFound(request, reply);
  });
}
