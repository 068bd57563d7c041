// Derived values: the 「总计」 column, the 「（七）总计」 row and each part 四 「总计」.
// In the app they are always computed from their parts, never typed.
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  APPLICATION_ROWS,
  type ApplicationInputRow,
  type ApplicationRow,
  RESULT_ROWS,
} from './keys';
import type { Appeals, Applications } from './report-schema';

/** Sum that treats blanks like a spreadsheet does; null only when every operand is blank. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    any = true;
  }
  return any ? sum : null;
}

type InputMatrix = { [row: string]: { [column: string]: number | null } };

/** Recomputes 「总计」 and 「（七）总计」 from the 144 input cells. */
export function deriveApplications(input: InputMatrix): Applications {
  return applicationsOfRows(
    (row) => applicationRow(input[row] ?? {}),
    () => null,
  );
}

type MatrixRow = Applications['granted'];

/** An input row of the matrix with its 「总计」, columns in canonical order. */
export function applicationRow(cells: { readonly [column: string]: number | null | undefined }): MatrixRow {
  const row = {} as Record<string, number | null>;
  for (const c of APPLICANT_INPUT_COLUMNS) row[c] = cells[c] ?? null;
  row.total = sumOrNull(APPLICANT_INPUT_COLUMNS.map((c) => row[c] ?? null));
  return row as MatrixRow;
}

/**
 * The matrix from its input rows, each with its 「总计」 (`rowOf`, applicationRow), in canonical
 * order; 「（七）总计」 is summed from the result rows unless `totalHandled()`, asked after the
 * rows, gives it. A keystroke's report takes the unchanged rows, and 「（七）总计」 when no
 * result row changed, from the report before (draft-convert.ts draftToReportReusing).
 */
export function applicationsOfRows(
  rowOf: (row: ApplicationInputRow) => MatrixRow,
  totalHandled: () => MatrixRow | null,
): Applications {
  const out = {} as Record<ApplicationRow, MatrixRow>;
  for (const row of APPLICATION_INPUT_ROWS) out[row] = rowOf(row);
  out.totalHandled =
    totalHandled() ??
    applicationRow(
      Object.fromEntries(
        APPLICANT_INPUT_COLUMNS.map((c) => [c, sumOrNull(RESULT_ROWS.map((r) => out[r][c]))]),
      ),
    );
  const table = {} as Record<ApplicationRow, MatrixRow>;
  for (const row of APPLICATION_ROWS) table[row] = out[row];
  return table as Applications;
}

export function deriveAppeals(input: InputMatrix): Appeals {
  return Object.fromEntries(
    APPEAL_GROUPS.map((g) => {
      const cells = Object.fromEntries(APPEAL_INPUT_FIELDS.map((f) => [f, input[g]?.[f] ?? null]));
      return [g, { ...cells, total: sumOrNull(APPEAL_INPUT_FIELDS.map((f) => cells[f] ?? null)) }];
    }),
  ) as Appeals;
}
