/** Rules of the report checker (材料体检); titles and default severities live in `RULES`. */
export type RuleId = 'placeholder' | 'masked' | 'numbering' | 'breakdown' | 'conflict' | 'punctuation' | 'debris' | 'date_out_of_period' | 'figure_mismatch';

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a report. Offsets are UTF-16 code units into the checked text. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Chinese, names the offending text: 「20xx年」是未填写的占位符。 */
  message: string;
  start: number;
  end: number;
  /** Always `text.slice(start, end)` of the checked text. */
  text: string;
}

/** The period a report covers, inclusive ISO days (YYYY-MM-DD). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/**
 * A figure Shiliu wrote into its own report, bound to ledger data. When the text at [start, end)
 * no longer equals `expectedText`, someone typed over it.
 */
export interface FigureBinding {
  start: number;
  end: number;
  expectedText: string;
  /** What the figure counts (参与人次), quoted in the message when present. */
  label?: string;
  /**
   * Set when the figure's question can no longer be answered (its unit or indicator is gone): the
   * span is then compared with nothing and flagged with this reason instead.
   */
  unanswerable?: string;
}

/**
 * A figure as Shiliu wrote it into a .docx, found again in the file by the text around it (offsets
 * are lost once the file is edited). Contexts stay within one paragraph and stop at a neighbouring
 * figure; `atStart` / `atEnd` say a context reaches its paragraph's start / end.
 */
export interface FigureMark {
  label: string;
  /** The figure as written. */
  text: string;
  before: string;
  after: string;
  atStart?: boolean;
  atEnd?: boolean;
}

export interface CheckOptions {
  /** Enables `date_out_of_period`. */
  period?: ReportPeriod;
  /** Enables `figure_mismatch`: figures at known offsets (a stored report's text). */
  figures?: FigureBinding[];
  /** Enables `figure_mismatch`: figures found by their context (a .docx Shiliu wrote, maybe edited since). */
  marks?: FigureMark[];
}
