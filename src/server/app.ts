import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.js';
import type { Container } from './container.js';
import { registerAuth } from './http/auth.js';
import { healthRoutes } from './http/health.routes.js';
import { loggerOptions, registerRequestLines } from './http/logging.js';
import { registerProblemHandling, sendRouteNotFound } from './http/problem.js';
import { serveWeb } from './http/serve-web.js';
import { sessionRoutes } from './features/accounts/session.routes.js';
import { userRoutes } from './features/accounts/user.routes.js';
import { orgRoutes } from './features/orgs/org.routes.js';
import { catalogueRoutes } from './features/catalogue/catalogue.routes.js';
import { evidenceRoutes } from './features/evidence/evidence.routes.js';
import { activityRoutes } from './features/ledger/activity.routes.js';
import { activityExportRoutes } from './features/ledger/export/activity-export.routes.js';
import { activityImportRoutes } from './features/ledger/import/activity-import.routes.js';
import { statsRoutes } from './features/stats/stats.routes.js';
import { targetRoutes } from './features/targets/target.routes.js';
import { reportRoutes } from './features/reports/report.routes.js';
import { reportCheckRoutes } from './features/reports/report-check.routes.js';
import { reportTemplateRoutes } from './features/report-templates/report-template.routes.js';
import { APP_VERSION } from './version.js';

export interface AppOptions {
  config: Pick<AppConfig, 'trustedOrigins' | 'trustProxy' | 'logLevel' | 'maxUploadMb'> & Partial<Pick<AppConfig, 'logFormat'>>;
  container: Container;
  /** Built web client to serve at `/`; omitted in API-only tests. */
  webRoot?: string | undefined;
  logger?: boolean;
  /** Where pretty log lines go (default stdout); tests read them here. */
  logOut?: NodeJS.WritableStream;
}

/** The built web client, `dist/web`, whether the server runs compiled (dist/server) or from sources (src/server). */
export function defaultWebRoot(): string | undefined {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = path.join(repoRoot, 'dist', 'web');
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const logSettings = options.logger === false ? false : { level: options.config.logLevel, format: options.config.logFormat ?? 'json' };
  const app = Fastify({
    ...loggerOptions(logSettings, options.logOut),
    trustProxy: options.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    // Requests the HTTP parser rejects (e.g. raw non-ASCII in the URL) still get problem+json.
    clientErrorHandler: (_err, socket) => {
      const body = JSON.stringify({
        type: 'about:blank',
        title: '请求有误',
        status: 400,
        detail: '请求格式无法解析（地址中的中文等字符需经 URL 编码）',
        code: 'BAD_HTTP_REQUEST',
      });
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandling(app, { maxUploadMb: options.config.maxUploadMb });
  registerRequestLines(app, logSettings);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS), which needs inline <style>.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Plain-HTTP intranet installs are common; HSTS would lock them out after one HTTPS visit.
    strictTransportSecurity: false,
  });
  await app.register(cookie);
  const maxUploadBytes = Math.floor(options.config.maxUploadMb * 1024 * 1024);
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 10 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      info: { title: '石榴 Shiliu API', description: '民族团结进步创建工作平台接口。所有错误均以 application/problem+json 返回。', version: APP_VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'shiliu_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuth(app, (token) => options.container.auth.resolveSignIn(token), options.config.trustedOrigins);
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(healthRoutes(options.container.database));
      await api.register(sessionRoutes(options.container));
      await api.register(orgRoutes(options.container));
      await api.register(userRoutes(options.container));
      await api.register(catalogueRoutes(options.container));
      await api.register(evidenceRoutes(options.container));
      await api.register(activityRoutes(options.container));
      await api.register(activityExportRoutes(options.container));
      await api.register(activityImportRoutes(options.container));
      await api.register(statsRoutes(options.container));
      await api.register(targetRoutes(options.container));
      await api.register(reportRoutes(options.container));
      await api.register(reportCheckRoutes(options.container));
      await api.register(reportTemplateRoutes(options.container));
    },
    { prefix: '/api' },
  );

  if (options.webRoot) await serveWeb(app, options.webRoot);
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}
