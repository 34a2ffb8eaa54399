import { describe, expect, it } from 'vitest';
import { defaultPresetKey } from './period-presets.js';

describe('defaultPresetKey', () => {
  it('offers last year in January and February, the first half in summer, this year otherwise', () => {
    expect(defaultPresetKey('2026-01-15')).toBe('last-year');
    expect(defaultPresetKey('2026-02-28')).toBe('last-year');
    expect(defaultPresetKey('2026-07-01')).toBe('first-half');
    expect(defaultPresetKey('2026-11-29')).toBe('this-year');
    expect(defaultPresetKey('2026-04-10')).toBe('this-year');
  });
});
