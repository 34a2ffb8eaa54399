import type { FieldError } from '../../contracts/problem.contract.js';
import { pointerSegments } from './field-errors.js';

export interface ImportErrorRow {
  key: number;
  /** Spreadsheet row number, as the user sees it in Excel; undefined for problems with the whole file. */
  row: number | undefined;
  column: string | undefined;
  message: string;
}

/** Turns the server's `/rows/12/类型` pointers into table rows of 行 · 列 · 问题. */
export function toImportErrorRows(errors: readonly FieldError[]): ImportErrorRow[] {
  return errors.map((error, index) => {
    const [location, row, column] = pointerSegments(error.pointer);
    const isCell = location === 'rows' && row !== undefined && /^\d+$/.test(row);
    return {
      key: index,
      row: isCell ? Number(row) : undefined,
      column: isCell ? column : undefined,
      message: error.message,
    };
  });
}
