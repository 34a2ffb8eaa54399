import type { ZodType } from 'zod';
import { ProblemSchema, type Problem } from '../../contracts/problem.contract.js';
import { ApiError, clientProblem } from './api-error.js';

type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (file uploads); the browser writes the boundary header itself. */
  form?: FormData;
  signal?: AbortSignal;
}

let onUnauthorized: () => void = () => {};

/** Lets the auth provider hear about any 401, so an expired session anywhere leads back to the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/api${path}?${search}` : `/api${path}`;
}

/** Calls the API and checks the answer against its contract schema. */
export async function apiRequest<T>(path: string, schema: ZodType<T>, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  const body: unknown = await response.json().catch(() => undefined);
  // A request cancelled while its body was arriving is not a broken contract.
  options.signal?.throwIfAborted();
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    // A contract mismatch is a bug on one side; say so plainly instead of rendering half-broken data.
    console.error(`Response of ${path} does not match its contract`, parsed.error);
    throw new ApiError(clientProblem('CONTRACT_MISMATCH', '数据格式异常', '服务器返回的数据格式与约定不符，请联系管理员'));
  }
  return parsed.data;
}

export interface DownloadProgress {
  receivedBytes: number;
  /** What the server said it is sending (X-Total-Count), when it says so. */
  totalItems: number | undefined;
}

/**
 * Downloads a file through the API's error path (problem+json answers become ApiErrors), reporting
 * bytes as they arrive so a long export shows progress instead of a frozen button.
 */
export async function apiDownload(
  path: string,
  options: RequestOptions & { onProgress?: (p: DownloadProgress) => void } = {},
): Promise<{ blob: Blob; filename: string | undefined }> {
  const response = await send(path, options);
  const total = Number(response.headers.get('x-total-count') ?? Number.NaN);
  const totalItems = Number.isFinite(total) ? total : undefined;
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;
  // The headers alone already say how much is coming; tell the caller before the first byte.
  options.onProgress?.({ receivedBytes, totalItems });
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    receivedBytes += value.byteLength;
    options.onProgress?.({ receivedBytes, totalItems });
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks as BlobPart[], { type }), filename: filenameOf(response.headers.get('content-disposition')) };
}

/** The RFC 5987 `filename*` of a Content-Disposition header, which carries Chinese names intact. */
function filenameOf(header: string | null): string | undefined {
  const encoded = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return header?.match(/filename="([^"]+)"/i)?.[1];
}

/** Calls an API endpoint that answers without a body (204). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: body ?? null,
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(clientProblem('NETWORK', '网络连接失败', '无法连接服务器，请检查网络后重试'));
  }

  if (response.ok) return response;
  const problem = await readProblem(response);
  if (problem.status === 401) onUnauthorized();
  throw new ApiError(problem);
}

async function readProblem(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  // Not problem+json: a proxy or gateway answered (502 while the server restarts, for example).
  return {
    type: 'about:blank',
    title: response.status >= 500 ? '服务器暂时不可用' : '请求失败',
    status: response.status,
    detail: response.status >= 500 ? `服务器暂时不可用（${response.status}），请稍后重试` : `请求失败（${response.status}）`,
  };
}
