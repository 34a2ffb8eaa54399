import { describe, expect, it } from 'vitest';
import { kindFitsBelow, kindsFittingBelow } from './org-kinds.js';

const area = (code: string) => ({ code, isArea: true });
const institution = (code: string) => ({ code, isArea: false });
const KINDS = [
  area('province'),
  area('prefecture'),
  area('county'),
  area('township'),
  area('street'),
  area('village'),
  area('community'),
  institution('agency'),
  institution('school'),
  institution('enterprise'),
];

describe('kinds that fit below a unit', () => {
  it('offers villages, communities and institutions under a township, never a county or another township', () => {
    expect(kindsFittingBelow(area('township'), KINDS).map((k) => k.code)).toEqual(['village', 'community', 'agency', 'school', 'enterprise']);
  });

  it('offers townships and streets (and deeper areas) under a county', () => {
    const codes = kindsFittingBelow(area('county'), KINDS).map((k) => k.code);
    expect(codes).toContain('township');
    expect(codes).toContain('street');
    expect(codes).not.toContain('county');
    expect(codes).not.toContain('prefecture');
  });

  it('puts only institutions under an institution or a village', () => {
    expect(kindsFittingBelow(institution('agency'), KINDS).map((k) => k.code)).toEqual(['agency', 'school', 'enterprise']);
    expect(kindsFittingBelow(area('village'), KINDS).map((k) => k.code)).toEqual(['agency', 'school', 'enterprise']);
  });

  it('lets an area kind the installation added sit under any area, but not under an institution', () => {
    expect(kindFitsBelow(area('township'), area('pastoral_area'))).toBe(true);
    expect(kindFitsBelow(institution('school'), area('pastoral_area'))).toBe(false);
  });

  it('offers every kind when there is no parent (the top of the tree)', () => {
    expect(kindsFittingBelow(undefined, KINDS)).toHaveLength(KINDS.length);
  });
});
