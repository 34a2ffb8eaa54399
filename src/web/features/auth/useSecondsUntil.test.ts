import { describe, expect, it } from 'vitest';
import { clockText } from './useSecondsUntil.js';

describe('clockText', () => {
  it('shows a wait as minutes and two-digit seconds', () => {
    expect(clockText(45)).toBe('0:45');
    expect(clockText(120)).toBe('2:00');
    expect(clockText(899)).toBe('14:59');
  });
});
