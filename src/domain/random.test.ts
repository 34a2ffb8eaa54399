import { describe, expect, it } from 'vitest';
import { randomSource, weightedPicker } from './random.js';

describe('randomSource', () => {
  it('repeats itself for the same seed', () => {
    const a = randomSource(7);
    const b = randomSource(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});

describe('weightedPicker', () => {
  it('draws indexes in proportion to their weights, never a zero-weight one', () => {
    const pick = weightedPicker([1, 0, 3]);
    const random = randomSource(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pick(random.next())]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeCloseTo(3, 1);
    expect([pick(0), pick(0.999999)]).toEqual([0, 2]);
  });

  it('refuses weights that sum to nothing', () => {
    expect(() => weightedPicker([0, 0])).toThrow();
  });
});
