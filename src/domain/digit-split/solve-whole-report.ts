// One call that reads every run-together table of a report (nianbao issue 9), for the text
// importer and for the benchmark (the whole report must be read within 100 ms).
import type { DocumentRow } from '../report/keys';
import { DOCUMENT_FIELDS, DOCUMENT_ROWS } from '../report/keys';
import { type AppealsInput, type AppealsSolution, solveAppeals } from './solve-appeals';
import { type ApplicationsInput, type ApplicationsSolution, solveApplications } from './solve-applications';
import { type ProactiveHints, type ProactiveRowSolution, solveProactiveRow } from './solve-proactive';

export interface RunTogetherReport {
  /** Part 二, 第二十条第（一）项 rows whose three cells ran together, with what the narrative states. */
  readonly proactive?: Partial<
    Record<DocumentRow, { readonly digits: string; readonly hints?: ProactiveHints }>
  >;
  readonly applications?: ApplicationsInput;
  readonly appeals?: AppealsInput;
}

export interface RunTogetherReportSolution {
  readonly proactive: Partial<Record<DocumentRow, ProactiveRowSolution>>;
  readonly applications: ApplicationsSolution | null;
  readonly appeals: AppealsSolution | null;
}

export function solveWholeReport(input: RunTogetherReport): RunTogetherReportSolution {
  const proactive: Partial<Record<DocumentRow, ProactiveRowSolution>> = {};
  for (const row of DOCUMENT_ROWS) {
    const given = input.proactive?.[row];
    if (given !== undefined)
      proactive[row] = solveProactiveRow(given.digits, DOCUMENT_FIELDS.length, given.hints, { row });
  }
  return {
    proactive,
    applications: input.applications === undefined ? null : solveApplications(input.applications),
    appeals: input.appeals === undefined ? null : solveAppeals(input.appeals),
  };
}
