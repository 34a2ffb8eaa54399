import ExcelJS from 'exceljs';
import { ORG_IMPORT_COLUMNS } from '../../../contracts/org.contract.js';
import { decodeCsvBytes, parseCsv } from '../../../domain/csv.js';
import { InvalidError } from '../../../domain/errors.js';
import type { OrgKindRecord } from './org.types.js';

/** One data row of an org import file; `row` is the spreadsheet's own row number, as users see it. */
export interface OrgImportRow {
  row: number;
  parentPath: string;
  name: string;
  kind: string;
  code: string;
}

export const MAX_IMPORT_ROWS = 20_000;

const HEADER_ALIASES: Record<(typeof ORG_IMPORT_COLUMNS)[number], string[]> = {
  上级路径: ['上级路径', '上级', '上级单位', 'parent', 'parent path'],
  名称: ['名称', '单位名称', '组织名称', 'name'],
  类型: ['类型', '单位类型', '组织类型', 'kind', 'type'],
  代码: ['代码', '行政区划代码', '统一社会信用代码', 'code'],
};

function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : String(value.result);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

async function readXlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InvalidError('IMPORT_FILE_UNREADABLE', '无法读取该 Excel 文件，文件可能已损坏；请另存为 .xlsx 后重试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[rowNumber - 1] = values.slice(1).map(cellText);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Reads .xlsx or .csv bytes into import rows, judging the type by content, not by the file name. */
export async function parseOrgImportFile(filename: string, bytes: Buffer): Promise<OrgImportRow[]> {
  if (bytes.length === 0) throw new InvalidError('IMPORT_FILE_EMPTY', '上传的文件是空的');
  let table: string[][];
  if (isXlsx(bytes)) table = await readXlsxRows(bytes);
  else if (!looksBinary(bytes)) table = parseCsv(decodeCsvBytes(bytes));
  else throw new InvalidError('IMPORT_FILE_TYPE', `不支持的文件类型（${filename || '未命名文件'}）：请上传 .xlsx 或 .csv 文件`);

  const headerIndex = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new InvalidError('IMPORT_FILE_EMPTY', '文件中没有内容');
  const header = table[headerIndex]!.map((h) => h.trim().toLowerCase());
  const columnOf = (col: (typeof ORG_IMPORT_COLUMNS)[number]) => header.findIndex((h) => HEADER_ALIASES[col].some((a) => a.toLowerCase() === h));
  const positions = Object.fromEntries(ORG_IMPORT_COLUMNS.map((c) => [c, columnOf(c)])) as Record<(typeof ORG_IMPORT_COLUMNS)[number], number>;
  const missing = (['上级路径', '名称', '类型'] as const).filter((c) => positions[c] < 0);
  if (missing.length > 0) {
    throw new InvalidError(
      'IMPORT_HEADER_MISSING',
      `第${headerIndex + 1}行应为表头，缺少列：${missing.map((c) => `「${c}」`).join('、')}。请使用导入模板（列：${ORG_IMPORT_COLUMNS.join('、')}）`,
    );
  }
  const at = (r: string[], col: (typeof ORG_IMPORT_COLUMNS)[number]) => (positions[col] >= 0 ? (r[positions[col]] ?? '').trim() : '');
  const rows: OrgImportRow[] = [];
  table.forEach((r, i) => {
    if (i <= headerIndex || r.every((c) => c.trim() === '')) return;
    rows.push({ row: i + 1, parentPath: at(r, '上级路径'), name: at(r, '名称'), kind: at(r, '类型'), code: at(r, '代码') });
  });
  if (rows.length === 0) throw new InvalidError('IMPORT_FILE_EMPTY', '文件只有表头，没有数据行');
  if (rows.length > MAX_IMPORT_ROWS) throw new InvalidError('IMPORT_TOO_MANY_ROWS', `一次最多导入${MAX_IMPORT_ROWS}行，本文件有${rows.length}行，请分批导入`);
  return rows;
}

/**
 * The template users fill in: headers with a kind drop-down, the list of kinds, and instructions
 * with an example. The data sheet holds no example row, so a forgotten one is never imported.
 */
export async function buildOrgImportTemplate(kinds: OrgKindRecord[], ownUnitName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('组织机构');
  sheet.columns = [
    { header: '上级路径', key: 'parent', width: 28 },
    { header: '名称', key: 'name', width: 24 },
    { header: '类型', key: 'kind', width: 14 },
    { header: '代码', key: 'code', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const kindSheet = workbook.addWorksheet('类型');
  kindSheet.columns = [
    { header: '类型名称', key: 'name', width: 16 },
    { header: '代码', key: 'code', width: 18 },
  ];
  for (const k of kinds) kindSheet.addRow({ name: k.name, code: k.code });
  const list = `类型!$A$2:$A$${kinds.length + 1}`;
  for (let r = 2; r <= 1000; r++) {
    sheet.getCell(`C${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true, error: '请从列表中选择类型' };
  }
  const note = workbook.addWorksheet('说明');
  note.addRow([`上级路径：从本单位（或更上级）起，用“/”分隔的名称链，例如“${ownUnitName}/某某村”。上级也可以是本文件中新建的单位。`]);
  note.addRow([`示例：上级路径“${ownUnitName}”，名称“新建村”，类型“村”，代码留空。`]);
  note.addRow(['类型：填写“类型”工作表中的名称（如 村、社区、学校）或代码。']);
  note.addRow(['代码：选填，行政区划代码或统一社会信用代码。']);
  note.addRow(['导入时先检查全部行，任何一行有误则整个文件都不导入，并逐行列出问题。']);
  note.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
