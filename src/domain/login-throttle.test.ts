import { describe, expect, it } from 'vitest';
import { afterFailure, lockedForSeconds, minutesText, type ThrottlePolicy } from './login-throttle.js';

const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

describe('login throttle', () => {
  it('locks after the allowed number of failures inside the window', () => {
    let state = afterFailure(undefined, at(0), policy);
    state = afterFailure(state, at(10), policy);
    expect(lockedForSeconds(state, at(11))).toBe(0);
    state = afterFailure(state, at(20), policy);
    expect(lockedForSeconds(state, at(21))).toBe(119);
    expect(lockedForSeconds(state, at(140))).toBe(0);
  });

  it('starts counting afresh once the window has passed', () => {
    let state = afterFailure(undefined, at(0), policy);
    state = afterFailure(state, at(10), policy);
    state = afterFailure(state, at(75), policy);
    expect(state.failures).toBe(1);
    expect(lockedForSeconds(state, at(76))).toBe(0);
  });

  it('words the wait in whole minutes, at least one', () => {
    expect(minutesText(5)).toBe('1分钟');
    expect(minutesText(601)).toBe('11分钟');
  });
});
