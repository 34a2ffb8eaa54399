import path from 'node:path';

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
  /** Largest evidence file (and import file) accepted, in MB. */
  maxUploadMb: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
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
    logLevel: env.SHILIU_LOG_LEVEL ?? 'info',
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
