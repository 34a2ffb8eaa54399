import { CheckTextBodySchema, type CheckResult, type CheckTextBody } from '../../../contracts/report.contract.js';
import { InvalidError } from '../../../domain/errors.js';
import { checkReport, RULES, summarizeFindings, type Finding, type ReportPeriod } from '../../../domain/report-check/index.js';
import { reportCheckMessages as m } from './report-check.messages.js';
import { extractReportText } from './report-text.js';

/** The longest text the checker takes, as the contract says for pasted text. */
export const MAX_CHECK_CHARS = CheckTextBodySchema.shape.text.maxLength ?? 500_000;

/** The contract's result, with the findings' rules typed as the checker's rule ids. */
export type CheckOutcome = CheckResult & { findings: Finding[] };

const RULE_TITLES: Record<string, string> = Object.fromEntries(Object.entries(RULES).map(([id, rule]) => [id, rule.title]));

/**
 * 材料体检: runs the report checker over pasted text or an uploaded .docx/.txt. It reads and
 * writes no data, so it needs no store and any signed-in user (or the CLI) may use it.
 */
export class ReportCheckService {
  /** The text of an uploaded file (InvalidError in Chinese for anything but .docx/.txt, or too long). */
  textOfFile(bytes: Uint8Array): string {
    const text = extractReportText(bytes);
    if (text.length > MAX_CHECK_CHARS) throw new InvalidError('CHECK_TEXT_TOO_LONG', m.tooLong(MAX_CHECK_CHARS));
    return text;
  }

  /** Findings over `text` (offsets index it), counts per severity and the rules' titles. */
  check(body: CheckTextBody): CheckOutcome {
    const findings = checkReport(body.text, { ...periodOf(body) });
    const { bySeverity } = summarizeFindings(findings);
    return {
      text: body.text,
      findings,
      summary: { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info },
      rules: RULE_TITLES,
    };
  }
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
