import { describe, expect, it } from 'vitest';
import { childPath, depthOfPath, idsOfPath, isInSubtree, subtreeUpperBound } from './org-path.js';

describe('materialized org paths', () => {
  it('builds child paths and reads ids and depth back', () => {
    expect(childPath('/1/5/', 23)).toBe('/1/5/23/');
    expect(idsOfPath('/1/5/23/')).toEqual([1, 5, 23]);
    expect(depthOfPath('/1/')).toBe(0);
    expect(depthOfPath('/1/5/23/')).toBe(2);
  });

  it('bounds a subtree so that it contains every descendant and no sibling with a longer id', () => {
    const upper = subtreeUpperBound('/1/5/');
    const inRange = (p: string) => p >= '/1/5/' && p < upper;
    expect(['/1/5/', '/1/5/0/', '/1/5/23/', '/1/5/99999/7/'].every(inRange)).toBe(true);
    expect(['/1/50/', '/1/51/', '/1/6/', '/1/', '/2/5/'].some(inRange)).toBe(false);
  });

  it('covers the whole forest from the path "/"', () => {
    const upper = subtreeUpperBound('/');
    expect(['/1/', '/999/3/'].every((p) => p >= '/' && p < upper)).toBe(true);
  });

  it('tells membership without confusing /1/5/ with /1/50/', () => {
    expect(isInSubtree('/1/5/7/', '/1/5/')).toBe(true);
    expect(isInSubtree('/1/50/', '/1/5/')).toBe(false);
  });

  it('refuses a string that is not a path', () => {
    expect(() => subtreeUpperBound('/1/5')).toThrow();
  });
});
