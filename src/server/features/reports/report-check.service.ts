import type { StoredReportCheck } from '../../../contracts/report-api.contract.js';
import { CheckTextBodySchema, type CheckResult, type CheckTextBody } from '../../../contracts/report.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import {
  checkReport,
  RULES,
  summarizeFindings,
  type CheckOptions,
  type FigureMark,
  type Finding,
  type ReportPeriod,
} from '../../../domain/report-check/index.js';
import { reportCheckMessages as m } from './report-check.messages.js';
import { extractReport, type ReportUpload } from '../../word/report-text.js';
import type { LedgerCheckInput } from './report.service.js';

/** The longest text the checker takes, as the contract says for pasted text. */
export const MAX_CHECK_CHARS = CheckTextBodySchema.shape.text.maxLength ?? 500_000;

/** The contract's result, with the findings' rules typed as the checker's rule ids. */
export type CheckOutcome = CheckResult & { findings: Finding[] };

const RULE_TITLES: Record<string, string> = Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, rule.title]));

/**
 * The period to check an upload against: the one the caller gave, else (neither end given) the
 * period a Shiliu .docx carries, so a downloaded report is checked against its own period.
 */
export function uploadPeriod(given: { from?: string | undefined; to?: string | undefined }, upload: ReportUpload): { from?: string; to?: string } {
  if (given.from === undefined && given.to === undefined && upload.stamp) return { from: upload.stamp.from, to: upload.stamp.to };
  return { ...(given.from !== undefined && { from: given.from }), ...(given.to !== undefined && { to: given.to }) };
}

/**
 * 材料体检: runs the report checker over pasted text or an uploaded .docx/.txt, and over a stored
 * report's text with its figures as the ledger answers them now. Itself it reads and writes no
 * data, so the CLI can use it without a database.
 */
export class ReportCheckService {
  /** The text of an uploaded file (InvalidError in Chinese for anything but .docx/.txt, or too long). */
  textOfFile(bytes: Uint8Array): string {
    return this.readUpload(bytes).text;
  }

  /** The text of an uploaded file and, for a .docx Shiliu wrote, the stamp it still carries. */
  readUpload(bytes: Uint8Array): ReportUpload {
    const upload = extractReport(bytes);
    if (upload.text.length > MAX_CHECK_CHARS) throw new InvalidError('CHECK_TEXT_TOO_LONG', m.tooLong(MAX_CHECK_CHARS));
    return upload;
  }

  /** Findings over `text` (offsets index it), counts per severity and the rules' titles; `marks` are a Shiliu .docx's figures. */
  check(body: CheckTextBody, marks?: readonly FigureMark[]): CheckOutcome {
    return outcome(body.text, { ...periodOf(body), ...(marks && marks.length > 0 && { marks: [...marks] }) });
  }

  /** A stored report's text checked against its period, each figure against the ledger's answer now. */
  checkStored(input: LedgerCheckInput): StoredReportCheck & { findings: Finding[] } {
    return { ...outcome(input.text, { period: { from: input.from, to: input.to }, figures: input.figures }), version: input.version, blocks: input.blocks };
  }
}

function outcome(text: string, options: CheckOptions): CheckOutcome {
  const findings = checkReport(text, options);
  const { bySeverity } = summarizeFindings(findings);
  return { text, findings, summary: { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info }, rules: RULE_TITLES };
}

/** Dates are checked only against a whole period; half of one is a mistake worth saying. */
function periodOf(body: Pick<CheckTextBody, 'from' | 'to'>): { period?: ReportPeriod } {
  if (body.from === undefined && body.to === undefined) return {};
  if (body.from === undefined || body.to === undefined) {
    const pointer = body.from === undefined ? '/body/from' : '/body/to';
    throw new InvalidError('CHECK_PERIOD_INCOMPLETE', m.periodIncomplete, [{ pointer, message: m.periodIncomplete }]);
  }
  return { period: { from: body.from, to: body.to } };
}
