import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { FieldError, Problem } from '../../contracts/problem.contract.js';
import { AppError, LoginFailedError, TooManyRequestsError } from '../../domain/errors.js';

// The one table from error kinds to HTTP statuses and Chinese titles.
const KIND_STATUS: Record<AppError['kind'], { status: number; title: string }> = {
  invalid: { status: 422, title: '提交的内容有误' },
  not_found: { status: 404, title: '未找到' },
  conflict: { status: 409, title: '操作冲突' },
  forbidden: { status: 403, title: '没有权限' },
  unauthenticated: { status: 401, title: '未登录或登录已失效' },
  too_many: { status: 429, title: '请求过于频繁' },
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Omit<Problem, 'type' | 'instance' | 'requestId'> & { type?: string }) {
  const body: Problem = {
    type: problem.type ?? 'about:blank',
    ...problem,
    instance: request.url,
    requestId: request.id,
  };
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(body);
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export interface ProblemOptions {
  /** The configured upload limit, named in the 413 message. */
  maxUploadMb?: number;
}

/** Maps every error to problem+json; unknown errors become a 500 with a request id, logged once. */
export function registerProblemHandling(app: FastifyInstance, options: ProblemOptions = {}) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Pointers name the request part as services do: /body, /query, /params, /headers.
      const location = err.validationContext === 'querystring' ? 'query' : (err.validationContext ?? 'body');
      const errors: FieldError[] = err.validation.map((v) => ({
        pointer: `/${location}${v.instancePath === '/' ? '' : v.instancePath}`,
        message: v.message ?? '取值无效',
      }));
      return sendProblem(reply, request, {
        status: 400,
        title: '请求参数有误',
        detail: errors.map((e) => `${e.pointer.replace(/^\/(body|query|params)\/?/, '') || '请求'}：${e.message}`).join('；'),
        code: 'VALIDATION_FAILED',
        errors,
      });
    }
    if (err instanceof AppError) {
      const { status, title } = KIND_STATUS[err.kind];
      const retryAfter = err instanceof TooManyRequestsError || err instanceof LoginFailedError ? err.retryAfterSeconds : null;
      if (retryAfter !== null) reply.header('retry-after', String(retryAfter));
      return sendProblem(reply, request, {
        status,
        title,
        detail: err.detail,
        code: err.code,
        ...(err.fieldErrors.length > 0 && { errors: err.fieldErrors }),
        ...(err instanceof LoginFailedError && { triesLeft: err.triesLeft }),
        ...(retryAfter !== null && { retryAfter }),
      });
    }
    if (isUniqueViolation(err)) {
      return sendProblem(reply, request, { status: 409, title: '操作冲突', detail: '数据已存在或已被他人修改，请刷新后重试', code: 'UNIQUE_VIOLATION' });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its contract');
    } else if (err.statusCode && err.statusCode < 500) {
      return sendProblem(reply, request, {
        status: err.statusCode,
        title: clientErrorTitle(err.statusCode),
        detail: clientErrorDetail(err, options),
        code: err.code ?? 'BAD_REQUEST',
      });
    } else {
      request.log.error({ err }, 'unhandled error');
    }
    return sendProblem(reply, request, {
      status: 500,
      title: '服务器内部错误',
      detail: `服务器处理请求时出错，请稍后重试；如问题持续，请把编号 ${request.id} 告知管理员`,
      code: 'INTERNAL',
    });
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, {
    status: 404,
    title: '未找到',
    detail: `没有这个地址：${request.method} ${request.url.split('?')[0]}`,
    code: 'ROUTE_NOT_FOUND',
  });
}

function clientErrorTitle(status: number): string {
  if (status === 413) return '文件过大';
  if (status === 415) return '不支持的内容类型';
  if (status === 429) return '请求过于频繁';
  return '请求有误';
}

// Fastify's own client errors carry English messages; give users a Chinese one.
function clientErrorDetail(err: FastifyError, options: ProblemOptions): string {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '不支持该请求内容类型，请以 JSON 提交';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '请求体为空，请以 JSON 提交内容';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? '请求内容过大' : '请求体不是有效的 JSON';
    case 'FST_REQ_FILE_TOO_LARGE':
      return options.maxUploadMb ? `文件超过${options.maxUploadMb}MB上限` : '上传的文件过大';
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return '请以 multipart/form-data 上传文件';
    default:
      return err.statusCode === 413 ? '请求内容过大' : '请求格式有误，请检查后重试';
  }
}
