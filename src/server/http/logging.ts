import { Writable } from 'node:stream';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { LogFormat } from '../config.js';

export interface LogSettings {
  level: string;
  format: LogFormat;
}

// pino's numeric levels.
const LEVEL_WORDS: Record<number, string> = { 10: '跟踪', 20: '调试', 30: '信息', 40: '警告', 50: '错误', 60: '严重' };
const INFO_LEVEL = 30;

interface LogRecord {
  level?: number;
  time?: number;
  msg?: string;
  reqId?: string;
  request?: { method: string; path: string; status: number; ms: number };
  err?: { message?: string; stack?: string };
}

function clock(time: number | undefined): string {
  const d = time === undefined ? new Date() : new Date(time);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * One pino JSON line as a person reads it: `14:03:07 GET /api/stats 200 3.2 ms` for a request,
 * `14:03:07 错误 unhandled error (请求 <id>)` and the stack for a failure. Lines that are not JSON pass through.
 */
export function formatLogLine(line: string): string {
  let record: LogRecord;
  try {
    record = JSON.parse(line) as LogRecord;
  } catch {
    return line;
  }
  const time = clock(record.time);
  if (record.request) {
    const r = record.request;
    return `${time} ${r.method} ${r.path} ${r.status} ${r.ms.toFixed(1)} ms`;
  }
  const word = LEVEL_WORDS[record.level ?? INFO_LEVEL] ?? '信息';
  const id = record.reqId ? `（请求 ${record.reqId}）` : '';
  const head = `${time} ${word} ${record.msg ?? ''}${id}`;
  if (!record.err) return head;
  return `${head}\n${record.err.stack ?? record.err.message ?? ''}`;
}

/** A stream pino writes its JSON lines to; each comes out on `out` as a readable line. */
export function prettyLogStream(out: NodeJS.WritableStream): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      let nl = pending.indexOf('\n');
      while (nl >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.trim()) out.write(`${formatLogLine(line)}\n`);
        nl = pending.indexOf('\n');
      }
      done();
    },
  });
}

/** Fastify's logger options for these settings; `false` keeps the server silent (tests). */
export function loggerOptions(
  settings: LogSettings | false,
  out: NodeJS.WritableStream = process.stdout,
): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  if (settings === false) return { logger: false };
  if (settings.format === 'json') return { logger: { level: settings.level } };
  // Fastify's own request logging writes two JSON objects per request; a person wants one line.
  return { logger: { level: settings.level, stream: prettyLogStream(out) }, logController: new LogController({ disableRequestLogging: true }) };
}

/** In the pretty format, one line per finished request: info for most, error for a 5xx (seen at the default level). */
export function registerRequestLines(app: FastifyInstance, settings: LogSettings | false): void {
  if (settings === false || settings.format !== 'pretty') return;
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const line = { request: { method: request.method, path: request.url.split('?')[0] ?? request.url, status, ms: reply.elapsedTime } };
    if (status >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  });
}
