import path from 'node:path';

/** How the server writes its log: one JSON object a line (for collectors), or short lines for a person at a terminal. */
export type LogFormat = 'pretty' | 'json';

/** Runtime configuration, read once from the environment (see README's configuration table). */
export interface AppConfig {
  dataDir: string;
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** Public origin(s) allowed to send cookie-authenticated writes besides the request's own host. */
  trustedOrigins: string[];
  /** Behind an HTTPS proxy the session cookie gets `Secure`; trust X-Forwarded-* only then. */
  trustProxy: boolean;
  sessionTtlHours: number;
  logLevel: string;
  /** `pretty` at a terminal (one short line per request, warnings and errors by default), `json` otherwise. */
  logFormat: LogFormat;
  /** Largest evidence file (and import file) accepted, in MB. */
  maxUploadMb: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, stdoutIsTty = Boolean(process.stdout.isTTY)): AppConfig {
  const logFormat = parseLogFormat(env.SHILIU_LOG_FORMAT, stdoutIsTty);
  return {
    dataDir: path.resolve(env.SHILIU_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    host: env.SHILIU_HOST ?? '127.0.0.1',
    port: parsePort(env.SHILIU_PORT ?? env.PORT ?? '8080'),
    trustedOrigins: (env.SHILIU_TRUSTED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.SHILIU_TRUST_PROXY === 'true',
    sessionTtlHours: Number(env.SHILIU_SESSION_TTL_HOURS ?? 12),
    // A person at a terminal wants to hear of problems, not of every request; collectors get everything.
    logLevel: env.SHILIU_LOG_LEVEL || (logFormat === 'pretty' ? 'warn' : 'info'),
    logFormat,
    maxUploadMb: parseMaxUploadMb(env.SHILIU_MAX_UPLOAD_MB ?? '20'),
  };
}

export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效：${raw}（应为 0–65535 的整数）`);
  }
  return port;
}

export function parseMaxUploadMb(raw: string): number {
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 1024) {
    throw new Error(`上传大小上限无效：${raw}（SHILIU_MAX_UPLOAD_MB 应为大于 0、不超过 1024 的 MB 数）`);
  }
  return mb;
}

export function parseLogFormat(raw: string | undefined, stdoutIsTty: boolean): LogFormat {
  if (raw === undefined || raw === '') return stdoutIsTty ? 'pretty' : 'json';
  if (raw === 'json' || raw === 'pretty') return raw;
  throw new Error(`日志格式无效：${raw}（SHILIU_LOG_FORMAT 应为 json 或 pretty）`);
}
