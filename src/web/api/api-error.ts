import type { Problem } from '../../contracts/problem.contract.js';

/**
 * The one error type the web client throws for anything that went wrong talking to the server:
 * an HTTP problem+json answer, an unreachable server, or an answer that breaks its contract.
 * Pages never inspect Response objects; they catch this and read `problem`.
 */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Status 0 marks problems made up on this side, when there was no usable HTTP answer. */
export function clientProblem(code: string, title: string, detail: string): Problem {
  return { type: 'about:blank', title, status: 0, detail, code };
}

/** The Chinese sentence to show for any error a page caught. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  return '操作失败，请稍后重试';
}
