import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from './activity-import.file.js';
import { indicatorHeader, TAG_COLUMNS } from './activity-import.columns.js';
import type { ImportIndicator, ImportType, TemplateData } from './activity-import.types.js';
import { COLUMN, importMessages as m, templateText as tt } from './import.messages.js';

const OPTIONS_SHEET = '选项';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6E7E4' } };

/** ExcelJS 4.4 keeps range validations here; the typings only expose per-cell ones. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Rows that get drop-downs and number checks. Enough for any sheet filled in by hand (pasted data
 * is checked by the importer anyway); more would make the file slow to open in tools that expand
 * each range into per-cell rules, as ExcelJS itself does.
 */
const VALIDATED_ROWS = 5_000;

function validateRange(sheet: ExcelJS.Worksheet, letter: string, validation: ExcelJS.DataValidation) {
  (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, validation);
}

function numberFormat(i: ImportIndicator): string {
  return i.valueKind === 'integer' ? '0' : '0.00';
}

/** The hidden sheet the drop-down lists read from: types, then each tag kind, one column each. */
function addOptionsSheet(workbook: ExcelJS.Workbook, data: TemplateData): Map<string, string> {
  const sheet = workbook.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  const lists: Array<[string, string[]]> = [
    [COLUMN.type, data.types.map((t) => t.name)],
    ...TAG_COLUMNS.map(([kind, header]): [string, string[]] => [header, data.tags.filter((t) => t.kind === kind).map((t) => t.name)]),
  ];
  const ranges = new Map<string, string>();
  lists.forEach(([header, values], i) => {
    const column = sheet.getColumn(i + 1);
    column.values = [header, ...values];
    column.width = 24;
    if (values.length > 0) ranges.set(header, `'${OPTIONS_SHEET}'!$${column.letter}$2:$${column.letter}$${values.length + 1}`);
  });
  return ranges;
}

function addDataSheet(workbook: ExcelJS.Workbook, data: TemplateData): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(m.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const fixedBefore = [COLUMN.unit, COLUMN.type, COLUMN.title, COLUMN.startDate, COLUMN.endDate, COLUMN.place, COLUMN.organiser, COLUMN.summary];
  const widths: Record<string, number> = { [COLUMN.unit]: 22, [COLUMN.type]: 20, [COLUMN.title]: 36, [COLUMN.summary]: 40 };
  sheet.columns = [
    ...fixedBefore.map((header) => ({ header, width: widths[header] ?? 14 })),
    ...data.indicators.map((i) => ({ header: indicatorHeader(i), width: Math.max(12, indicatorHeader(i).length * 2 + 2) })),
    ...TAG_COLUMNS.map(([, header]) => ({ header, width: 18 })),
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const col of [COLUMN.startDate, COLUMN.endDate]) sheet.getColumn(fixedBefore.indexOf(col) + 1).numFmt = 'yyyy-mm-dd';
  data.indicators.forEach((i, k) => {
    const column = sheet.getColumn(fixedBefore.length + k + 1);
    column.numFmt = numberFormat(i);
    const whole = i.valueKind === 'integer';
    validateRange(sheet, column.letter, {
      type: whole ? 'whole' : 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: i.name,
      error: whole ? tt.integerError : tt.decimalError,
    });
  });
  return sheet;
}

function addLists(sheet: ExcelJS.Worksheet, ranges: Map<string, string>) {
  const letterOf = (header: string) => {
    let letter = '';
    sheet.getRow(1).eachCell((cell, col) => {
      if (cell.value === header) letter = sheet.getColumn(col).letter;
    });
    return letter;
  };
  const typeRange = ranges.get(COLUMN.type);
  if (typeRange) {
    validateRange(sheet, letterOf(COLUMN.type), {
      type: 'list',
      allowBlank: true,
      formulae: [typeRange],
      showErrorMessage: true,
      errorTitle: COLUMN.type,
      error: tt.typeError,
    });
  }
  // Several tags go in one cell (进村(社区)、进学校), which a strict list would refuse: offer the
  // list as a drop-down but accept any text; the importer checks each name.
  for (const [, header] of TAG_COLUMNS) {
    const range = ranges.get(header);
    if (range) validateRange(sheet, letterOf(header), { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: false });
  }
}

function indicatorNames(t: ImportType, indicators: ImportIndicator[], required: boolean): string {
  const byId = new Map(indicators.map((i) => [i.id, i.name]));
  return t.indicators
    .filter((l) => l.required === required && byId.has(l.indicatorId))
    .map((l) => byId.get(l.indicatorId)!)
    .join('、');
}

function addNotesSheet(workbook: ExcelJS.Workbook, data: TemplateData, dataHeaders: string[]) {
  const sheet = workbook.addWorksheet('说明');
  sheet.columns = [{ width: 22 }, { width: 24 }, { width: 70, style: { alignment: { wrapText: true, vertical: 'top' } } }, { width: 30 }, { width: 16 }];
  const heading = (text: string) => {
    sheet.addRow([]);
    sheet.addRow([text]).font = { bold: true, size: 12 };
  };
  sheet.addRow([tt.title]).font = { bold: true, size: 14 };
  for (const rule of tt.rules(MAX_IMPORT_ROWS)) sheet.addRow([rule]);

  heading(tt.columnsHeading);
  sheet.addRow(tt.columnsHeader).font = { bold: true };
  for (const row of tt.fixedColumns(data.unitName, data.exampleUnit)) sheet.addRow(row);
  for (const i of data.indicators) sheet.addRow([indicatorHeader(i), tt.byType, tt.indicatorRule(i.valueKind)]);
  for (const [kind, header] of TAG_COLUMNS) {
    sheet.addRow([header, tt.optional, tt.tagRule(data.tags.filter((t) => t.kind === kind).map((t) => t.name))]);
  }

  heading(tt.exampleHeading);
  const example = tt.example(data);
  sheet.addRow(dataHeaders.filter((h) => example[h] !== undefined)).font = { bold: true };
  sheet.addRow(dataHeaders.filter((h) => example[h] !== undefined).map((h) => example[h]));

  heading(tt.typesHeading);
  sheet.addRow(tt.typesHeader).font = { bold: true };
  const categoryName = new Map(data.categories.map((c) => [c.id, c.name]));
  for (const t of data.types) {
    sheet.addRow([
      categoryName.get(t.parentId ?? 0) ?? '',
      t.name,
      indicatorNames(t, data.indicators, true) || '—',
      indicatorNames(t, data.indicators, false) || '—',
      t.code,
    ]);
  }

  heading(tt.tagsHeading);
  for (const [kind, header] of TAG_COLUMNS)
    sheet.addRow([
      header,
      '',
      data.tags
        .filter((t) => t.kind === kind)
        .map((t) => t.name)
        .join('、'),
    ]);
}

/**
 * The workbook users fill in: 活动台账 (headers only: a forgotten example row would be imported),
 * 说明 (every column, the rules and an example), and a hidden 选项 sheet feeding the drop-downs.
 */
export async function buildActivityImportTemplate(data: TemplateData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '石榴';
  const sheet = addDataSheet(workbook, data);
  const dataHeaders = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  addNotesSheet(workbook, data, dataHeaders);
  addLists(sheet, addOptionsSheet(workbook, data));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
