import { describe, expect, it } from 'vitest';
import type { Placeholder } from '../../../contracts/report-template.contract.js';
import {
  fieldsToShow,
  filterPlaceholders,
  groupPlaceholders,
  loopsSharingFields,
  normalizeSearch,
  placeholderLabel,
  placeholderPasteText,
  placeholderTag,
  styleSampleName,
  templateProblems,
  templateWarnings,
  usedPlaceholderTags,
  visibleRows,
} from './template-view.js';

const unitName: Placeholder = { name: '单位名称', group: 'basic', description: '所选单位的名称', numeric: false, example: '示例县' };
const lectures: Placeholder = { name: '宣讲场次', group: 'indicator', description: '已审核台账的宣讲场次合计', numeric: true, example: '312' };
const funds: Placeholder = { name: '投入资金', group: 'indicator', description: '经费投入合计', numeric: true };
const training: Placeholder = { name: '专题培训', group: 'category', description: '专题培训类活动的场次', numeric: true };
const children: Placeholder = {
  name: '下级单位',
  group: 'loop',
  description: '逐个列出直属下级单位',
  numeric: false,
  example: '9',
  fields: [
    { name: '名称', description: '下级单位名称', numeric: false },
    { name: '活动数', description: '该单位的活动数', numeric: true },
  ],
};
const lectureSessions: Placeholder = {
  name: '宣讲/报告会场次',
  group: 'type',
  description: '报告期内本单位及所辖单位「宣讲/报告会」活动的场次合计（场次）；可简写为「宣讲场次」「报告会场次」',
  numeric: true,
};
const catalogue = [children, lectures, unitName, training, lectureSessions, funds];

describe('placeholder text', () => {
  it('writes a tag with and without a style', () => {
    expect(placeholderTag('宣讲场次')).toBe('{宣讲场次}');
    expect(placeholderTag('宣讲场次', '约数')).toBe('{宣讲场次:约数}');
  });

  it('shows a loop as its start and end, and copies it around its first field', () => {
    expect(placeholderLabel(children)).toBe('{#下级单位}…{/下级单位}');
    expect(placeholderPasteText(children)).toBe('{#下级单位}{名称}{/下级单位}');
    expect(placeholderPasteText({ ...children, fields: undefined })).toBe('{#下级单位}{/下级单位}');
  });

  it('copies a plain placeholder as its tag', () => {
    expect(placeholderLabel(lectures)).toBe('{宣讲场次}');
    expect(placeholderPasteText(lectures)).toBe('{宣讲场次}');
  });
});

describe('filterPlaceholders', () => {
  it('keeps everything for an empty search', () => {
    expect(filterPlaceholders(catalogue, '  ')).toHaveLength(catalogue.length);
  });

  it('matches names and descriptions', () => {
    expect(filterPlaceholders(catalogue, '宣讲').map((p) => p.name)).toEqual(['宣讲场次', '宣讲/报告会场次']);
    expect(filterPlaceholders(catalogue, '经费').map((p) => p.name)).toEqual(['投入资金']);
  });

  it('finds a loop by one of its fields', () => {
    expect(filterPlaceholders(catalogue, '活动数').map((p) => p.name)).toEqual(['下级单位']);
  });

  it('reads a tag pasted back from Word, style and loop marks included', () => {
    expect(normalizeSearch('{宣讲场次:约数}')).toBe('宣讲场次');
    expect(normalizeSearch('｛宣讲场次：多｝')).toBe('宣讲场次');
    expect(filterPlaceholders(catalogue, '{#下级单位}').map((p) => p.name)).toEqual(['下级单位']);
    expect(filterPlaceholders(catalogue, '{宣讲场次:约数}').map((p) => p.name)).toEqual(['宣讲场次', '宣讲/报告会场次']);
  });

  it('finds a type’s placeholder by the short form its description offers', () => {
    expect(filterPlaceholders([lectureSessions, funds], '{报告会场次}').map((p) => p.name)).toEqual(['宣讲/报告会场次']);
  });
});

describe('fieldsToShow', () => {
  it('shows every field of a loop found by its own name, or without a search', () => {
    expect(fieldsToShow(children, '')).toHaveLength(2);
    expect(fieldsToShow(children, '下级')).toHaveLength(2);
  });

  it('shows only the fields the search found the loop by', () => {
    expect(fieldsToShow(children, '活动数').map((f) => f.name)).toEqual(['活动数']);
  });
});

describe('loopsSharingFields', () => {
  it('points a loop with the same fields as an earlier one to that loop, and leaves different or empty ones alone', () => {
    const fields = children.fields ?? [];
    const loops = [
      { name: '下级单位', fields },
      { name: '活动类别', fields: [...fields] },
      { name: '月份', fields: fields.slice(0, 1) },
      { name: '活动类型', fields: [] },
    ];
    expect([...loopsSharingFields(loops)]).toEqual([['活动类别', '下级单位']]);
  });
});

describe('groupPlaceholders', () => {
  it('groups in the contract order with Chinese labels and leaves out empty groups', () => {
    const groups = groupPlaceholders(catalogue);
    expect(groups.map((g) => g.label)).toEqual(['基本信息', '统计指标', '活动类别', '活动类型', '循环（逐项列出）']);
    expect(groups[1]?.items.map((p) => p.name)).toEqual(['宣讲场次', '投入资金']);
    expect(groupPlaceholders([lectures]).map((g) => g.group)).toEqual(['indicator']);
  });
});

describe('visibleRows', () => {
  const many = Array.from({ length: 40 }, (_, i) => `类型${i}`);

  it('shows the first few of the activity-type group until asked, and how many are left', () => {
    expect(visibleRows('type', many, '', false)).toEqual({ items: many.slice(0, 5), hidden: 35 });
    expect(visibleRows('type', many, '', true)).toEqual({ items: many, hidden: 0 });
  });

  it('shows every row found by a search, other groups in full, and a short group whole', () => {
    expect(visibleRows('type', many, '{宣讲场次}', false).hidden).toBe(0);
    expect(visibleRows('indicator', many, '', false).hidden).toBe(0);
    expect(visibleRows('type', many.slice(0, 6), '', false).hidden).toBe(0);
  });
});

describe('styleSampleName', () => {
  it('takes the first numeric indicator, else any number that is not a loop', () => {
    const unitCount: Placeholder = { name: '下级单位数', group: 'basic', description: '直属下级单位的个数', numeric: true };
    expect(styleSampleName([unitCount, ...catalogue])).toBe('宣讲场次');
    expect(styleSampleName([unitName, unitCount, training])).toBe('下级单位数');
    expect(styleSampleName([unitName, children])).toBe('数字');
  });
});

describe('usedPlaceholderTags', () => {
  it('lists each used tag once in braces, without closing loop tags', () => {
    expect(usedPlaceholderTags(['单位名称', '宣讲场次:约数', '#下级单位', '名称', '/下级单位', '单位名称'])).toEqual([
      '{单位名称}',
      '{宣讲场次:约数}',
      '{#下级单位}',
      '{名称}',
    ]);
  });
});

describe('templateProblems', () => {
  const refused = {
    title: '模板有误',
    detail: '模板中有 2 处问题',
    errors: [
      { pointer: '/body/file', message: '第3段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？' },
      { pointer: '/body/file', message: '第5段：循环「{#下级单位}」没有结束标记「{/下级单位}」' },
      { pointer: '/body/file', message: '第3段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？' },
      { pointer: '/body/name', message: '模板名称不能超过100个字' },
    ],
  };

  it('lists every problem of the file once, in order, and puts field errors under their fields', () => {
    const { byField, messages } = templateProblems(refused, ['name', 'orgId']);
    expect(messages).toEqual(['第3段：未知占位符「{宣讲次数}」，是否为「{宣讲场次}」？', '第5段：循环「{#下级单位}」没有结束标记「{/下级单位}」']);
    expect(byField.get('name')).toEqual(['模板名称不能超过100个字']);
  });

  it('lists field errors too when the form has no such field', () => {
    expect(templateProblems(refused).messages).toHaveLength(3);
  });

  it('falls back to the problem sentence when it lists no errors', () => {
    expect(templateProblems({ title: '无法生成', detail: '模板已归档' }).messages).toEqual(['模板已归档']);
    expect(templateProblems({ title: '无法生成' }).messages).toEqual(['无法生成']);
  });
});

describe('templateWarnings', () => {
  const year = '第1段：「20XX年」像是没有填写的占位符，生成的文档会原样保留；可改为「{报告年度}年」或删去';
  const editor = '第4段：「小编」是从网站复制带入的残留内容，应删除';

  it('lists every warning and counts them', () => {
    expect(templateWarnings([year, editor])).toEqual({ items: [year, editor], more: undefined, total: 2 });
    expect(templateWarnings([])).toEqual({ items: [], more: undefined, total: 0 });
  });

  it('numbers the first 20, says how many more there are, and counts them all', () => {
    const all = Array.from({ length: 27 }, (_, i) => `第${i + 1}段：「某某同志」中的「某某」是未填写的占位符`);
    expect(templateWarnings(all)).toEqual({ items: all.slice(0, 20), more: '另有7处可能遗留的内容未列出，请在 Word 中一并查找修改', total: 27 });
    expect(templateWarnings(all.slice(0, 20)).more).toBeUndefined();
  });
});
