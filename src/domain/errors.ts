import type { FieldError } from '../contracts/problem.contract.js';

/**
 * The one error type domain and service code throws. `http/problem.ts` alone turns it into a
 * status and a problem+json body; nothing below HTTP knows about status codes.
 */
export abstract class AppError extends Error {
  abstract readonly kind: 'not_found' | 'conflict' | 'forbidden' | 'invalid' | 'unauthenticated' | 'too_many';
  constructor(
    readonly code: string,
    /** Chinese, shown to the user as the problem's `detail`. */
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`${code}: ${detail}`);
  }
}

export class NotFoundError extends AppError {
  readonly kind = 'not_found' as const;
}
export class ConflictError extends AppError {
  readonly kind = 'conflict' as const;
}
export class ForbiddenError extends AppError {
  readonly kind = 'forbidden' as const;
}
export class InvalidError extends AppError {
  readonly kind = 'invalid' as const;
}
export class UnauthenticatedError extends AppError {
  readonly kind = 'unauthenticated' as const;
}
/** A refused sign-in that says how many tries are left before attempts must wait, and how long once they must. */
export class LoginFailedError extends UnauthenticatedError {
  constructor(
    code: string,
    detail: string,
    readonly triesLeft: number,
    readonly retryAfterSeconds: number | null,
  ) {
    super(code, detail);
  }
}
export class TooManyRequestsError extends AppError {
  readonly kind = 'too_many' as const;
  constructor(
    code: string,
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, detail);
  }
}
