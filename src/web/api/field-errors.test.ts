import { describe, expect, it } from 'vitest';
import { fieldNameOfPointer, groupFieldErrors, pointerSegments, splitFieldErrors } from './field-errors.js';

describe('fieldNameOfPointer', () => {
  it('names the body or query member a pointer points at', () => {
    expect(fieldNameOfPointer('/body/name')).toBe('name');
    expect(fieldNameOfPointer('/query/q')).toBe('q');
  });

  it('puts an error on one list item onto the whole list field', () => {
    expect(fieldNameOfPointer('/body/roles/0')).toBe('roles');
  });

  it('finds no field for import rows, params or the body as a whole', () => {
    expect(fieldNameOfPointer('/rows/12/类型')).toBeUndefined();
    expect(fieldNameOfPointer('/params/id')).toBeUndefined();
    expect(fieldNameOfPointer('/body')).toBeUndefined();
    expect(fieldNameOfPointer('')).toBeUndefined();
  });
});

describe('pointerSegments', () => {
  it('unescapes RFC 6901 sequences', () => {
    expect(pointerSegments('/rows/3/上级~1路径~0')).toEqual(['rows', '3', '上级/路径~']);
  });
});

describe('splitFieldErrors', () => {
  it('keeps errors for fields the form does not have apart, so they are still shown', () => {
    const { byField, unplaced } = splitFieldErrors(
      [
        { pointer: '/body/name', message: '同一上级下已有名为「东风村」的组织' },
        { pointer: '/body/parentId', message: '上级组织不存在' },
        { pointer: '/body/name', message: '同一上级下已有名为「东风村」的组织' },
      ],
      ['name', 'kind', 'code'],
    );
    expect([...byField]).toEqual([['name', ['同一上级下已有名为「东风村」的组织']]]);
    expect(unplaced).toEqual([{ pointer: '/body/parentId', message: '上级组织不存在' }]);
  });
});

describe('groupFieldErrors', () => {
  it('places errors where the form says, merging repeats, and keeps the rest apart', () => {
    const fieldOf = (pointer: string) => {
      const [, member, key] = pointerSegments(pointer);
      if (member === 'measures' && key) return ['measures', key];
      if (member === 'startDate' || member === 'endDate') return ['dates'];
      return undefined;
    };
    const { fields, unplaced } = groupFieldErrors(
      [
        { pointer: '/body/measures/attendance', message: '应为非负整数' },
        { pointer: '/body/startDate', message: '日期格式应为 YYYY-MM-DD' },
        { pointer: '/body/endDate', message: '结束日期不能早于开始日期' },
        { pointer: '/body/version', message: '版本无效' },
      ],
      fieldOf,
    );
    expect(fields).toEqual([
      { name: ['measures', 'attendance'], errors: ['应为非负整数'] },
      { name: ['dates'], errors: ['日期格式应为 YYYY-MM-DD', '结束日期不能早于开始日期'] },
    ]);
    expect(unplaced).toEqual([{ pointer: '/body/version', message: '版本无效' }]);
  });
});
