/**
 * Login failure throttling as pure state transitions: `maxFailures` failures inside `windowMs`
 * lock the key for `lockMs`. The state is stored in the database, so every instance agrees.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStart: string;
  lockedUntil: string | null;
}

export const USERNAME_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** Seconds until the key may try again, or 0 when it is not locked. */
export function lockedForSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = Date.parse(state.lockedUntil) - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

export function afterFailure(state: ThrottleState | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowExpired = !state || now.getTime() - Date.parse(state.windowStart) > policy.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStart = windowExpired ? now.toISOString() : state.windowStart;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs).toISOString() : null;
  return { failures: lockedUntil ? 0 : failures, windowStart: lockedUntil ? now.toISOString() : windowStart, lockedUntil };
}

export function minutesText(seconds: number): string {
  return `${Math.max(1, Math.ceil(seconds / 60))}分钟`;
}
