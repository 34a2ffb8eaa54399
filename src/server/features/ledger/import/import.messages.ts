import type { MeasureProblem } from '../../../../domain/measures.js';
import type { TemplateData } from './activity-import.types.js';

/** Columns of the import file, as their headers read in the template (indicator columns follow 内容摘要). */
export const COLUMN = {
  unit: '单位',
  type: '活动类型',
  title: '标题',
  startDate: '开始日期',
  endDate: '结束日期',
  place: '地点',
  organiser: '组织者',
  summary: '内容摘要',
  carrier: '“进”载体',
  theme: '主题',
  volume: '台账卷',
} as const;
export type FixedColumn = keyof typeof COLUMN;

/**
 * Columns the ledger export writes about an entry's life in the system rather than the activity
 * itself. The import recognises them by these exact headers and skips them, so an exported file
 * can be imported as it is; any other unknown column is still refused.
 */
export const EXPORT_ONLY_COLUMN = {
  id: '编号',
  category: '类别',
  status: '状态',
  evidence: '佐证材料数',
  updated: '最后修改',
} as const;

const list = (names: string[]) => names.map((n) => `「${n}」`).join('、');

/** User-facing wording of the ledger import, kept in one place so it stays consistent. */
export const importMessages = {
  /** The action a refusal names: 您没有导入活动台账的权限. */
  importing: '导入活动台账',
  /** A problem in one cell, as every row error reads: 第12行「参与人次」应为非负整数. */
  cell: (row: number, column: string, problem: string) => `第${row}行「${column}」${problem}`,
  sheetName: '活动台账',
  fileEmpty: '上传的文件是空的',
  noContent: '文件中没有内容',
  headerOnly: '文件只有表头，没有数据行',
  fileType: (filename: string) => `不支持的文件类型（${filename || '未命名文件'}）：请上传 .xlsx 或 .csv 文件`,
  xlsFormat: '这是旧版 Excel 文件（.xls），请在 Excel 中“另存为” .xlsx 后再上传',
  xlsxUnreadable: '无法读取该 Excel 文件，文件可能已损坏；请另存为 .xlsx 后重试',
  tooManyRows: (max: number, n: number) => `一次最多导入${max}行，本文件有${n}行，请分批导入`,
  noFile: '没有收到文件，请选择 .xlsx 或 .csv 文件后上传',
  notMultipart: '请以 multipart/form-data 上传文件（字段名 file）',
  headerMissing: (row: number, missing: string[]) => `第${row}行应为表头，缺少列：${list(missing)}。请使用导入模板`,
  headerUnknown: (row: number, names: string[]) =>
    `第${row}行表头中有无法识别的列：${list(names)}。为避免数据被悄悄丢弃，请删除这些列，或改用导入模板中的列名（指标列写作“名称（计量单位）”）`,
  headerDuplicate: (row: number, names: string[]) => `第${row}行表头中有重复的列：${list(names)}`,
  headerWrongUnit: (row: number, header: string, expected: string) => `第${row}行表头「${header}」的计量单位与指标不符，应为「${expected}」`,
  rowsInvalid: (n: number, shown: number) =>
    `文件中有${n}处问题，未导入任何数据。请修改后重新上传。` + (n > shown ? `以下列出前${shown}处，另有${n - shown}处未列出。` : ''),

  required: '不能为空',
  tooLong: (max: number) => `不能超过${max}个字`,
  unitNotFound: (text: string, root: string) => `「${text}」不存在或不在您的管辖范围内（只能填写「${root}」及其下级单位）`,
  unitAmbiguous: (text: string, paths: string[]) => `「${text}」有多个同名单位，请写出名称路径，如${list(paths)}`,
  unitInactive: (text: string) => `「${text}」已停用，不能导入台账`,
  typeUnknown: (text: string) => `「${text}」不是已知的活动类型，请从下拉列表中选择`,
  typeIsCategory: (text: string, example: string | undefined) => `「${text}」是活动类别，请填写其下的具体活动类型` + (example ? `（如「${example}」）` : ''),
  typeInactive: (text: string) => `「${text}」已停用，请选择其他活动类型`,
  typeAmbiguous: (text: string) => `「${text}」对应多个活动类型，请填写类型代码`,
  dateInvalid: (text: string) => `「${text}」不是有效日期，请写作 2025-05-12、2025/5/12 或 2025年5月12日`,
  dateImpossible: (text: string) => `「${text}」不是真实存在的日期`,
  endBeforeStart: '不能早于开始日期',
  tagUnknown: (text: string, options: string[]) => `「${text}」不是可选项` + (options.length > 0 ? `，可选：${options.join('、')}` : ''),
  tagInactive: (text: string) => `「${text}」已停用`,
  duplicateInFile: (row: number) => `与第${row}行重复（单位、活动类型、标题、开始日期均相同）`,
  duplicateInDb: (id: number) => `与已有台账条目重复（编号 #${id}）`,
  allInLedger: (n: number) =>
    `文件中的${n}行都与系统中已有的台账条目重复（单位、活动类型、标题、开始日期均相同），未导入任何数据。此文件可能已经导入过，或是从本单位台账导出的文件。`,

  /** A measure problem, worded for the column of its indicator (the column name is the message's prefix). */
  measure(p: MeasureProblem, typeName: string): string {
    switch (p.kind) {
      case 'missing':
        return `不能为空（活动类型「${typeName}」必须填写此项）`;
      case 'unknown':
        return `不适用于活动类型「${typeName}」，请留空`;
      case 'not_integer':
        return '应为非负整数';
      case 'negative':
      case 'not_number':
        if (p.valueKind === 'integer') return '应为非负整数';
        return p.valueKind === 'money' ? '应为非负金额（元），最多两位小数' : '应为非负数，最多两位小数';
      case 'too_many_decimals': {
        const places = p.decimals === 2 ? '两' : String(p.decimals);
        return p.valueKind === 'money' ? `应为非负金额（元），最多${places}位小数` : `应为非负数，最多${places}位小数`;
      }
      case 'too_large':
        return '数值过大';
    }
  },
};

const EXAMPLE_VALUES: Record<string, number> = { sessions: 1, attendance: 120, people: 60, households: 30, materials: 200 };

/** Wording of the import template's 说明 sheet and its cell checks. */
export const templateText = {
  title: '活动台账导入说明',
  rules: (maxRows: number) => [
    '1. 在「活动台账」工作表中填写，第一行是表头，请勿修改；从第二行起每行一条活动。不需要的指标列可以删除。',
    '2. 导入时先检查全部行：只要有一行有误，整个文件都不会导入，系统会逐行列出问题（第几行、哪一列、什么问题），修改后重新上传即可。',
    '3. 单位、活动类型、标题、开始日期都相同的行视为重复：文件内重复，或与系统中已有的台账条目重复，都不能导入。',
    '4. 导入的条目为草稿，可在系统中补充照片、签到表等佐证材料后再提交审核；也可在导入时选择直接提交审核。',
    `5. 一次最多导入${maxRows}行；支持 .xlsx 和 .csv（UTF-8 或 GBK 编码均可）。`,
    '6. 本表中的示例只作说明，不会被导入；请把数据填写在「活动台账」工作表中。',
  ],
  columnsHeading: '各列填写说明',
  columnsHeader: ['列名', '是否必填', '填写说明'],
  required: '必填',
  optional: '选填',
  byType: '按活动类型',
  fixedColumns: (unitName: string, exampleUnit: string): string[][] => [
    [
      COLUMN.unit,
      '必填',
      `开展活动的单位，写名称路径：从您所在的单位「${unitName}」或其下级写起，用“/”分隔，如「${exampleUnit}」；在您管辖范围内名称唯一的单位也可只写名称。只能填写您管辖范围内的单位。`,
    ],
    [
      COLUMN.type,
      '必填',
      '从下拉列表中选择具体的活动类型（也可填写类型代码）；活动类别（如「宣传教育」）不能直接使用。各类型必填、选填的指标见下方「活动类型与指标」。',
    ],
    [COLUMN.title, '必填', '不超过100字。'],
    [COLUMN.startDate, '必填', '日期单元格，或写作 2025-05-12、2025/5/12、2025.5.12、2025年5月12日。'],
    [COLUMN.endDate, '选填', '写法同上；不填则与开始日期相同；不能早于开始日期。'],
    [COLUMN.place, '选填', '不超过100字。'],
    [COLUMN.organiser, '选填', '不超过100字。'],
    [COLUMN.summary, '选填', '不超过2000字。'],
  ],
  indicatorRule: (kind: 'integer' | 'decimal' | 'money') =>
    (kind === 'integer' ? '非负整数。' : kind === 'money' ? '金额，以元为单位，最多两位小数。' : '非负数，最多两位小数。') +
    '只填写该活动类型具有的指标；必填指标不能空，不适用的指标留空。',
  tagRule: (names: string[]) => `可选：${names.join('、')}。可填多个，用“、”或“，”分隔；下拉列表每次只能选一个，多个请手动输入。`,
  exampleHeading: '示例（一行活动的写法）',
  /** One filled-in row, by column header: the example type's indicators and one tag of each kind. */
  example(data: TemplateData): Record<string, string | number> {
    const type = data.types.find((t) => t.code === 'edu.lecture') ?? data.types[0];
    const row: Record<string, string | number> = {
      [COLUMN.unit]: data.exampleUnit,
      [COLUMN.type]: type?.name ?? '',
      [COLUMN.title]: '“民族团结一家亲”政策宣讲进村入户',
      [COLUMN.startDate]: `${new Date().getFullYear()}-05-12`,
      [COLUMN.place]: '村委会广场',
      [COLUMN.organiser]: '村党支部',
      [COLUMN.summary]: '宣讲党的民族政策，现场解答群众问题并发放双语宣传资料。',
    };
    for (const link of type?.indicators ?? []) {
      const i = data.indicators.find((x) => x.id === link.indicatorId);
      if (i && (link.required || EXAMPLE_VALUES[i.code] !== undefined)) row[`${i.name}（${i.unit}）`] = EXAMPLE_VALUES[i.code] ?? 1;
    }
    const first = (kind: string, prefer: string) =>
      data.tags.find((t) => t.kind === kind && t.name.startsWith(prefer)) ?? data.tags.find((t) => t.kind === kind);
    for (const [kind, column, prefer] of [
      ['carrier', COLUMN.carrier, '进村'],
      ['theme', COLUMN.theme, '民族团结一家亲'],
      ['volume', COLUMN.volume, '宣传教育'],
    ] as const) {
      const tag = first(kind, prefer);
      if (tag) row[column] = tag.name;
    }
    return row;
  },
  typesHeading: '活动类型与指标',
  typesHeader: ['活动类别', '活动类型', '必填指标', '选填指标', '类型代码'],
  tagsHeading: '标签可选项',
  integerError: '请填写非负整数',
  decimalError: '请填写非负数（最多两位小数）',
  typeError: '请从下拉列表中选择活动类型',
};
