import { afterEach, describe, expect, it, vi } from 'vitest';
import { recallLastType, rememberLastType } from './last-type.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('the type last recorded under', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is recalled for the same user while the catalogue still offers it', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    rememberLastType(3, 12);
    expect(recallLastType(3, () => true)).toBe(12);
    expect(recallLastType(4, () => true)).toBeUndefined();
    expect(recallLastType(3, (id) => id !== 12)).toBeUndefined();
  });

  it('is simply absent when the browser keeps no storage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    expect(() => rememberLastType(3, 12)).not.toThrow();
    expect(recallLastType(3, () => true)).toBeUndefined();
  });
});
