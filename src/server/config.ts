import { isIP } from 'node:net';
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
  /**
   * Addresses/CIDR ranges of the reverse proxies whose X-Forwarded-* headers are believed (the client
   * address, and HTTPS for the cookie's `Secure`); false trusts none. Any other peer's headers are
   * ignored, or rotating X-Forwarded-For would bypass the per-address login throttle.
   */
  trustProxy: false | string[];
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
    trustProxy: parseTrustProxy(env.SHILIU_TRUST_PROXY),
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

/** `true` was once "trust whoever sends the header"; it now means a proxy on this host, as nginx usually is. */
const LOOPBACK = ['127.0.0.1/8', '::1'];

export function parseTrustProxy(raw: string | undefined): false | string[] {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return LOOPBACK;
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = entries.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined) {
    throw new Error(`可信代理地址无效：${bad}（SHILIU_TRUST_PROXY 应为 true、false，或以逗号分隔的 IP 地址/网段，如 10.0.0.5,192.168.1.0/24）`);
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const kind = isIP(address);
  if (kind === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (kind === 4 ? 32 : 128);
}

export function parseLogFormat(raw: string | undefined, stdoutIsTty: boolean): LogFormat {
  if (raw === undefined || raw === '') return stdoutIsTty ? 'pretty' : 'json';
  if (raw === 'json' || raw === 'pretty') return raw;
  throw new Error(`日志格式无效：${raw}（SHILIU_LOG_FORMAT 应为 json 或 pretty）`);
}
