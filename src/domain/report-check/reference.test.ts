// eslint-disable-next-line no-restricted-imports -- the test reads the shared reference file; the checker itself stays pure
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport, summarizeFindings, type Finding } from './index.js';
import { problems } from './spans.fixture.js';

/**
 * The real reports the product was created from, in the team's shared folder beside the checkout
 * (or where SHILIU_REFERENCE_DIR points); a clone elsewhere may not have it, and then this is skipped.
 */
const REFERENCE_DIR = process.env.SHILIU_REFERENCE_DIR ?? new URL('../../../../shared/reference/', import.meta.url).pathname;
const REFERENCE = `${REFERENCE_DIR.replace(/\/?$/, '/')}000_0d9e494668014392.txt`;

/**
 * Lines (1-based, as an editor numbers them) that carry no defect of their own but the half-width
 * commas the whole file is typed with (`punctuation`, checked separately).
 */
const CLEAN_LINES = [16, 18, 22, 24, 28, 30, 62, 92, 160, 164, 168, 172, 174, 186, 190, 192];

describe.runIf(existsSync(REFERENCE))('the reference file', () => {
  const text = existsSync(REFERENCE) ? readFileSync(REFERENCE, 'utf8') : '';
  const lines = text.split('\n');
  const findings = checkReport(text);
  const offsetOfLine = (n: number): number => lines.slice(0, n - 1).reduce((acc, l) => acc + l.length + 1, 0);
  const lineOf = (f: Finding): number => text.slice(0, f.start).split('\n').length;
  const at = (needle: string, rule: Finding['rule']): Finding | undefined => {
    const start = text.indexOf(needle);
    return findings.find((f) => f.rule === rule && f.start >= start && f.start < start + needle.length);
  };

  it('prints a summary of the findings per rule', () => {
    const summary = summarizeFindings(findings);
    console.info('reference file:', JSON.stringify(summary));
    expect(summary.total).toBeGreaterThan(0);
  });

  it('finds the leftover placeholders', () => {
    expect(at('20xx年', 'placeholder')?.text).toBe('20xx年');
    expect(at('xx中学', 'placeholder')?.text).toBe('xx');
    expect(at('X 人', 'placeholder')?.text).toBe('X');
    expect(at('5月x日', 'placeholder')?.text).toBe('5月x日');
    expect(at('XX 区', 'placeholder')?.text).toBe('XX');
  });

  it('finds the masked text', () => {
    expect(at('区****领导', 'masked')?.text).toBe('****');
    expect(findings.filter((f) => f.rule === 'masked').length).toBeGreaterThan(30);
  });

  it('finds the level-1 number inside section 二 of the first report', () => {
    const misplaced = findings.filter((f) => f.rule === 'numbering' && f.severity === 'error');
    expect(misplaced).toHaveLength(1);
    expect(misplaced[0]).toMatchObject({ text: '五、', start: offsetOfLine(38) });
    expect(misplaced[0]?.message).toContain('疑似应为「（五）」');
  });

  it('treats each of the five concatenated reports as its own document', () => {
    const restarts = findings.filter((f) => f.rule === 'numbering' && f.message.includes('新的一篇'));
    expect(restarts.map(lineOf)).toEqual([64, 98, 140, 166]);
    expect(restarts.every((f) => f.severity === 'info')).toBe(true);
  });

  it('finds the pasted website debris', () => {
    const debris = findings.filter((f) => f.rule === 'debris').map((f) => f.text);
    expect(debris).toContain('小编');
    expect(debris).toContain('仅供参考');
    expect(debris.some((t) => t.includes('下载文档'))).toBe(true);
    expect(debris.some((t) => t.startsWith('https://'))).toBe(true);
  });

  it('does not flag the 47个(其中…) breakdown, which adds up', () => {
    expect(at('47个(其中', 'breakdown')).toBeUndefined();
    expect(findings.filter((f) => f.rule === 'breakdown')).toEqual([]);
  });

  it('finds no error in the fifth report, which has no leftover defects', () => {
    const from = offsetOfLine(164);
    const to = offsetOfLine(193);
    expect(findings.filter((f) => f.start >= from && f.start < to && f.severity === 'error')).toEqual([]);
  });

  it.each(CLEAN_LINES)('finds no error or warning in clean line %i checked alone', (n) => {
    const line = lines[n - 1] ?? '';
    expect(line.length).toBeGreaterThan(0);
    expect(problems(checkReport(line)).filter((f) => f.rule !== 'punctuation')).toEqual([]);
  });

  it('flags the half-width commas, semicolons and brackets typed into Chinese prose, and nothing else as punctuation', () => {
    const marks = findings.filter((f) => f.rule === 'punctuation');
    expect(marks.length).toBeGreaterThan(500);
    expect(marks.every((f) => /^[,;:?!]$|^\(.*\)$/.test(f.text))).toBe(true);
    expect(at('(社区)', 'punctuation')?.text).toBe('(社区)');
    // A heading's `(一)` is the numbering rule's, noted once there.
    expect(findings.filter((f) => f.rule === 'punctuation' && /^\([一二三四五六七八九十\d]+\)$/.test(f.text))).toEqual([]);
  });

  it('finds the site boilerplate worded beyond the fixed phrases', () => {
    const debris = findings.filter((f) => f.rule === 'debris').map((f) => f.text);
    expect(debris).toContain('为大家整理的');
    expect(debris).toContain('如有侵权');
  });
});
