import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decodeCsvBytes, parseCsv } from '../../../../domain/csv.js';
import { InvalidError } from '../../../../domain/errors.js';
import { isHeaderRow } from './activity-import.columns.js';
import type { ImportTable, RawCell, RawRow } from './activity-import.types.js';
import { importMessages as m } from './import.messages.js';

export const MAX_IMPORT_ROWS = 50_000;

function isZip(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary Excel format (OLE2 compound file), which deserves its own hint. */
function isXls(bytes: Buffer): boolean {
  return bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
}

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

/** Rows above the header that may hold a title (“2025年活动台账”), as ledgers often do. */
const HEADER_SEARCH_ROWS = 10;

function headerText(c: RawCell): string {
  return c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();
}

/** Collects the non-empty rows, counting (not keeping) rows past the limit. */
class TableBuilder {
  private readonly rows: RawRow[] = [];
  private count = 0;

  add(row: number, cells: RawCell[]): void {
    if (cells.every((c) => c === null)) return;
    this.count++;
    if (this.count <= MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS) this.rows.push({ row, cells });
  }

  /** The header is the first of the top rows that names the required columns, else the first row. */
  finish(): ImportTable {
    if (this.rows.length === 0) throw new InvalidError('IMPORT_FILE_EMPTY', m.noContent);
    const found = this.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(r.cells.map(headerText)));
    const at = Math.max(found, 0);
    const dataRows = this.count - at - 1;
    if (dataRows === 0) throw new InvalidError('IMPORT_FILE_EMPTY', m.headerOnly);
    if (dataRows > MAX_IMPORT_ROWS) throw new InvalidError('IMPORT_TOO_MANY_ROWS', m.tooManyRows(MAX_IMPORT_ROWS, dataRows));
    const header = this.rows[at]!;
    return { headerRow: header.row, header: header.cells.map(headerText), rows: this.rows.slice(at + 1) };
  }
}

function csvTable(bytes: Buffer): ImportTable {
  const builder = new TableBuilder();
  parseCsv(decodeCsvBytes(bytes)).forEach((fields, i) => {
    builder.add(
      i + 1,
      fields.map((f) => (f.trim() === '' ? null : f)),
    );
  });
  return builder.finish();
}

function xlsxCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return xlsxCell(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return xlsxCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

/** The parts of the streaming reader's state that tell which worksheet is the first tab. */
interface ReaderWorkbookModel {
  model?: { sheets?: Array<{ name: string; rId: string }> };
  workbookRels?: Array<{ Id: string; Target: string }>;
}

/**
 * Number of the worksheet file (xl/worksheets/sheetN.xml) to import: the tab named 活动台账, else
 * the first tab. Undefined when the workbook part has not been read yet; then the first sheet wins.
 */
function wantedSheetId(reader: ReaderWorkbookModel): number | undefined {
  const sheets = reader.model?.sheets;
  if (!sheets || sheets.length === 0 || !reader.workbookRels) return undefined;
  const sheet = sheets.find((s) => s.name === m.sheetName) ?? sheets[0]!;
  const target = reader.workbookRels.find((r) => r.Id === sheet.rId)?.Target ?? '';
  const match = /sheet(\d+)\.xml$/.exec(target);
  return match ? Number(match[1]) : undefined;
}

/**
 * Streams the workbook (a 50,000-row sheet would take several hundred MB as an in-memory model)
 * and keeps only the cell values of the one sheet to import.
 */
async function xlsxTable(bytes: Buffer): Promise<ImportTable> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell date cells from numbers.
    styles: 'cache',
    entries: 'ignore',
  });
  let chosen: TableBuilder | undefined;
  try {
    for await (const worksheet of reader) {
      const id = (worksheet as unknown as { id: number }).id;
      const wanted = wantedSheetId(reader as unknown as ReaderWorkbookModel);
      const take = !chosen && (wanted === undefined || wanted === Number(id));
      const builder = new TableBuilder();
      for await (const row of worksheet) {
        if (!take) continue;
        const values = row.values as ExcelJS.CellValue[];
        // Row values are sparse and 1-based; Array.from fills the gaps.
        builder.add(row.number, Array.from(values.slice(1), xlsxCell));
      }
      if (take) chosen = builder;
    }
  } catch {
    throw new InvalidError('IMPORT_FILE_UNREADABLE', m.xlsxUnreadable);
  }
  if (!chosen) throw new InvalidError('IMPORT_FILE_UNREADABLE', m.xlsxUnreadable);
  return chosen.finish();
}

/** Reads .xlsx or .csv bytes into a header and raw rows, judging the type by content, not by the file name. */
export async function parseActivityImportFile(filename: string, bytes: Buffer): Promise<ImportTable> {
  if (bytes.length === 0) throw new InvalidError('IMPORT_FILE_EMPTY', m.fileEmpty);
  if (isZip(bytes)) return xlsxTable(bytes);
  if (isXls(bytes)) throw new InvalidError('IMPORT_FILE_TYPE', m.xlsFormat);
  if (!looksBinary(bytes)) return csvTable(bytes);
  throw new InvalidError('IMPORT_FILE_TYPE', m.fileType(filename));
}
