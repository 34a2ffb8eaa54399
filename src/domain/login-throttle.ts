/**
 * Login failure throttling as pure state transitions. Failures are counted under three keys:
 *
 * - the username *from one address* (`pair`): a few free tries, then growing delays. This is what
 *   someone guessing from one machine meets, and it never touches the owner at another address;
 * - the address across all usernames (`ip`): one machine trying many accounts;
 * - the username across all addresses (`user`): looser, against guessing spread over many machines.
 *
 * Past its free tries a key makes the next attempt wait, doubling from `firstDelayMs` up to
 * `maxDelayMs`, so an attacker is slowed to a crawl while nobody is shut out for long; a count is
 * forgotten once `forgetAfterMs` pass without a failure. The state is stored in the database, so
 * every instance agrees.
 */
export interface ThrottlePolicy {
  /** Failures that cost nothing; the one after the last free one starts the first delay. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export interface ThrottleState {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

const MINUTE = 60_000;

export const PAIR_POLICY: ThrottlePolicy = { freeFailures: 5, firstDelayMs: MINUTE, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };
export const IP_POLICY: ThrottlePolicy = { freeFailures: 30, firstDelayMs: MINUTE, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };
export const USERNAME_POLICY: ThrottlePolicy = { freeFailures: 20, firstDelayMs: MINUTE, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };

export interface ThrottleKeys {
  pair: string;
  user: string;
  ip: string;
}

/** The keys one login attempt counts under. Usernames match case-insensitively, so do their keys. */
export function throttleKeys(username: string, ip: string): ThrottleKeys {
  const name = username.toLowerCase();
  return { pair: `${pairPrefix(name)}${ip}`, user: `user:${name}`, ip: `ip:${ip}` };
}

/** Every key that holds failures of one username (from any address), for lifting them all at once. */
export function usernameKeys(username: string): { exact: string; prefix: string } {
  const name = username.toLowerCase();
  return { exact: `user:${name}`, prefix: pairPrefix(name) };
}

function pairPrefix(name: string): string {
  return `user-ip:${name}|`;
}

/** Seconds until the key may try again, or 0 when it is not held back. */
export function lockedForSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = Date.parse(state.lockedUntil) - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

export function afterFailure(state: ThrottleState | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const forgotten = !state || now.getTime() - Date.parse(state.lastFailureAt) > policy.forgetAfterMs;
  const failures = forgotten ? 1 : state.failures + 1;
  const beyondFree = failures - policy.freeFailures;
  const delayMs = beyondFree >= 0 ? Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** beyondFree) : 0;
  return { failures, lastFailureAt: now.toISOString(), lockedUntil: delayMs > 0 ? new Date(now.getTime() + delayMs).toISOString() : null };
}

/** Failures left before this key starts making attempts wait. */
export function triesLeft(state: ThrottleState, policy: ThrottlePolicy): number {
  return Math.max(0, policy.freeFailures - state.failures);
}

export function minutesText(seconds: number): string {
  return `${Math.max(1, Math.ceil(seconds / 60))}分钟`;
}
