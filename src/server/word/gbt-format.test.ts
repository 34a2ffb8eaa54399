import { describe, expect, it } from 'vitest';
import { formatDocumentDate, signatureIndents, textWidthInChars, titleLines, withOffGridStyles } from './gbt-format.js';

describe('formatDocumentDate', () => {
  it.each([
    ['2026-12-31', '2026年12月31日'],
    ['2026-01-05', '2026年1月5日'],
    ['2026/1/5', '2026年1月5日'],
    ['2026.01.05', '2026年1月5日'],
    ['2026年01月05日', '2026年1月5日'],
    [' 2026年12月31日 ', '2026年12月31日'],
    ['二〇二六年十二月三十一日', '2026年12月31日'],
    ['二〇二六年一月五日', '2026年1月5日'],
    ['二〇二六年十月二十日', '2026年10月20日'],
  ])('writes %s as %s', (text, expected) => {
    expect(formatDocumentDate(text)).toBe(expected);
  });

  it('keeps text it cannot read as a date', () => {
    expect(formatDocumentDate('2026年12月')).toBe('2026年12月');
    expect(formatDocumentDate('二〇二六年十三月一日')).toBe('二〇二六年十三月一日');
  });
});

describe('signatureIndents', () => {
  it('counts digits as half a character', () => {
    expect(textWidthInChars('2026年12月31日')).toBe(7);
  });

  it('puts the unit two characters in and the date two characters right of its start', () => {
    // Unit 9, date 7: the date ends two characters in as well.
    expect(signatureIndents('中共石榴县委统战部', '2026年12月31日')).toEqual({ signature: 2, date: 2 });
    // Unit 13: the date starts two characters right of the unit, so it ends six in.
    expect(signatureIndents('石榴县民族宗教事务委员会办', '2026年12月31日')).toEqual({ signature: 2, date: 6 });
  });

  it('keeps a date longer than the unit two characters in and moves the unit left', () => {
    expect(signatureIndents('石榴县统战部', '2026年12月31日')).toEqual({ signature: 5, date: 2 });
  });
});

describe('titleLines', () => {
  it('keeps a title that fits one line', () => {
    expect(titleLines('石榴县2026年度民族团结进步创建工作总结')).toEqual(['石榴县2026年度民族团结进步创建工作总结']);
  });

  it('breaks a longer one where a word ends, the first line not the longer', () => {
    expect(titleLines('石榴县教育局2026年铸牢中华民族共同体意识工作总结')).toEqual(['石榴县教育局2026年', '铸牢中华民族共同体意识工作总结']);
    expect(titleLines('关于进一步加强和改进新时代民族团结进步创建工作的情况汇报')).toEqual(['关于进一步加强和改进新时代', '民族团结进步创建工作的情况汇报']);
  });

  it('keeps line breaks the writer typed', () => {
    expect(titleLines('石榴县\n工作总结')).toEqual(['石榴县', '工作总结']);
  });
});

describe('withOffGridStyles', () => {
  it('places snapToGrid before the spacing of each off-grid style, in schema order', () => {
    const styles = ['Title', 'ChartImage', 'ChartCaption', 'TableText', 'PageNumberLine']
      .map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:pPr><w:keepNext/><w:spacing w:line="579"/><w:jc w:val="center"/></w:pPr></w:style>`)
      .join('');
    const result = withOffGridStyles(
      `<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:pPr><w:spacing w:line="579"/></w:pPr></w:style>${styles}</w:styles>`,
    );
    expect(result.match(/<w:keepNext\/><w:snapToGrid w:val="0"\/><w:spacing/g)).toHaveLength(5);
    expect(result).toContain('w:styleId="Normal"><w:pPr><w:spacing');
  });
});
