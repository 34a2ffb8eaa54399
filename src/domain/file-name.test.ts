import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-name.js';

describe('safeFileName', () => {
  it('keeps a Chinese title as it is', () => {
    expect(safeFileName('示例县2026年民族团结进步创建工作总结', '总结材料')).toBe('示例县2026年民族团结进步创建工作总结');
  });

  it('turns slashes into full-width ones and drops what Windows refuses, control characters included', () => {
    expect(safeFileName('宣讲/报告会\\统计', 'x')).toBe('宣讲／报告会／统计');
    expect(safeFileName('「模板」-示例县-2026年:*?"<>|.docx', 'x')).toBe('「模板」-示例县-2026年.docx');
    expect(safeFileName('甲\u0000乙\t丙\n', 'x')).toBe('甲乙丙');
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName('  ::  ', '总结材料')).toBe('总结材料');
    expect(safeFileName('', '模板')).toBe('模板');
  });
});
