import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  lockedForSeconds,
  minutesText,
  throttleKeys,
  triesLeft,
  usernameKeys,
  type ThrottlePolicy,
  type ThrottleState,
} from './login-throttle.js';

const policy: ThrottlePolicy = { freeFailures: 3, firstDelayMs: 60_000, maxDelayMs: 300_000, forgetAfterMs: 600_000 };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, 0) + s * 1000);

describe('login throttle', () => {
  it('lets the free failures pass, counting down the tries left, and makes the next attempt wait after the last free one', () => {
    let state = afterFailure(undefined, at(0), policy);
    expect(triesLeft(state, policy)).toBe(2);
    state = afterFailure(state, at(10), policy);
    expect(triesLeft(state, policy)).toBe(1);
    expect(lockedForSeconds(state, at(11))).toBe(0);
    state = afterFailure(state, at(20), policy);
    expect(triesLeft(state, policy)).toBe(0);
    expect(lockedForSeconds(state, at(21))).toBe(59);
    expect(lockedForSeconds(state, at(80))).toBe(0);
  });

  it('doubles the delay with every further failure, up to the cap, instead of one long lock', () => {
    let state: ThrottleState | undefined;
    let t = 0;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      state = afterFailure(state, at(t), policy);
      const wait = lockedForSeconds(state, at(t));
      delays.push(wait);
      t += wait + 1;
    }
    expect(delays).toEqual([0, 0, 60, 120, 240, 300, 300, 300]);
  });

  it('forgets the count once the quiet period has passed without a failure', () => {
    let state = afterFailure(undefined, at(0), policy);
    state = afterFailure(state, at(10), policy);
    state = afterFailure(state, at(10 + 601), policy);
    expect(state.failures).toBe(1);
    expect(lockedForSeconds(state, at(612))).toBe(0);
  });

  it('keys a username per address, per username and per address, case-insensitively, and finds every key of one username', () => {
    const keys = throttleKeys('Leader', '10.0.0.7');
    expect(keys).toEqual({ pair: 'user-ip:leader|10.0.0.7', user: 'user:leader', ip: 'ip:10.0.0.7' });
    const all = usernameKeys('LEADER');
    expect(all.exact).toBe(keys.user);
    expect(keys.pair.startsWith(all.prefix)).toBe(true);
    expect(throttleKeys('leader2', '10.0.0.7').pair.startsWith(all.prefix)).toBe(false);
  });

  it('words the wait in whole minutes, at least one', () => {
    expect(minutesText(5)).toBe('1分钟');
    expect(minutesText(601)).toBe('11分钟');
  });
});
