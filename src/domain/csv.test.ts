import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('splits plain rows on LF and CRLF', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });
  it('keeps commas, quotes and newlines inside quoted fields', () => {
    expect(parseCsv('"甲,乙","他说""好""","多\n行"\n')).toEqual([['甲,乙', '他说"好"', '多\n行']]);
  });
  it('keeps empty fields', () => {
    expect(parseCsv(',,\n')).toEqual([['', '', '']]);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称')]))).toBe('名称');
  });
  it('falls back to GB18030 for bytes that are not UTF-8', () => {
    // "名称" in GBK
    expect(decodeCsvBytes(new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6]))).toBe('名称');
  });
});
