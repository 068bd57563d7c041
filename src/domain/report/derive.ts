// Derived values: the 「总计」 column, the 「（七）总计」 row and each part 四 「总计」.
// In the app they are always computed from their parts, never typed.
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_ROWS,
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
  const out = {} as Record<string, Record<string, number | null>>;
  for (const row of APPLICATION_ROWS) {
    if (row === 'totalHandled') continue;
    const cells: Record<string, number | null> = {};
    for (const c of APPLICANT_INPUT_COLUMNS) cells[c] = input[row]?.[c] ?? null;
    out[row] = cells;
  }
  const total: Record<string, number | null> = {};
  for (const c of APPLICANT_INPUT_COLUMNS) total[c] = sumOrNull(RESULT_ROWS.map((r) => out[r]?.[c] ?? null));
  out.totalHandled = total;
  for (const row of APPLICATION_ROWS) {
    const cells = out[row]!;
    cells.total = sumOrNull(APPLICANT_INPUT_COLUMNS.map((c) => cells[c] ?? null));
  }
  // Rebuild in canonical key order so canonical JSON and display are stable.
  return Object.fromEntries(
    APPLICATION_ROWS.map((r) => [r, Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, out[r]![c]!]))]),
  ) as Applications;
}

export function deriveAppeals(input: InputMatrix): Appeals {
  return Object.fromEntries(
    APPEAL_GROUPS.map((g) => {
      const cells = Object.fromEntries(APPEAL_INPUT_FIELDS.map((f) => [f, input[g]?.[f] ?? null]));
      return [g, { ...cells, total: sumOrNull(APPEAL_INPUT_FIELDS.map((f) => cells[f] ?? null)) }];
    }),
  ) as Appeals;
}
