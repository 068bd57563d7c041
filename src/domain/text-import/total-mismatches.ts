// Published reports contain totals that disagree with their parts (SPEC §6: 「an imported published
// report can [disagree], and its import must report each such disagreement (source value vs. sum)」).
// The cells are kept as published; the totals are recomputed in the app (report/derive.ts); each
// disagreement is listed here. A total is compared only when every one of its parts was read.
import { cellId } from '../report/cell-address';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicantColumn,
  type ApplicationRow,
  RESULT_ROWS,
} from '../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_LABELS,
  APPLICATION_ROW_LABELS,
} from '../report/labels';
import type { TotalMismatch } from './import-summary';

const OTHER_HANDLING_ROWS: readonly ApplicationRow[] = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'];

const APPEAL_PARTS = APPEAL_INPUT_FIELDS.map((f) => APPEAL_FIELD_LABELS[f]).join('、');

type Source = ReadonlyMap<string, number>;
const app = (row: ApplicationRow, column: ApplicantColumn | 'total') =>
  cellId({ part: 'applications', row, column });

function sumAll(values: readonly (number | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** How the message names the source total: its number, or 「空白」 when the cell was left empty. */
type Printed = (cell: string, value: number) => string;

function mismatch(
  cell: string,
  source: number | undefined,
  computed: number | null,
  printed: Printed,
  message: (s: string, c: number) => string,
) {
  if (source === undefined || computed === null || source === computed) return [];
  return [{ cell, source, computed, message: message(printed(cell, source), computed) }];
}

/** The 「（七）总计」 of one column from its 21 result rows (or a 2019 single 「（六）其他处理」 row). */
function resultSum(
  source: Source,
  column: ApplicantColumn,
  otherHandling: Partial<Record<ApplicantColumn, number>> | null,
) {
  const main = RESULT_ROWS.filter((r) => !OTHER_HANDLING_ROWS.includes(r)).map((r) =>
    source.get(app(r, column)),
  );
  const subRows = OTHER_HANDLING_ROWS.map((r) => source.get(app(r, column)));
  const other = subRows.every((v) => v !== undefined) ? subRows : [otherHandling?.[column]];
  return sumAll([...main, ...other]);
}

/**
 * `blank`: the totals the source left empty (read as 0 by the blank-as-0 rule); their message says
 * 「原文为空白」, as printed, not 「原文为0」.
 */
export function totalMismatches(
  source: Source,
  otherHandling: Partial<Record<ApplicantColumn, number>> | null,
  blank: readonly string[] = [],
): TotalMismatch[] {
  const empty = new Set(blank);
  const printed: Printed = (cell, value) => (empty.has(cell) ? '空白' : String(value));
  const out: TotalMismatch[] = [];
  const handled: (number | undefined)[] = [];
  for (const column of APPLICANT_INPUT_COLUMNS) {
    const computed = resultSum(source, column, otherHandling);
    handled.push(computed ?? undefined);
    out.push(
      ...mismatch(
        app('totalHandled', column),
        source.get(app('totalHandled', column)),
        computed,
        printed,
        (s, c) =>
          `「${APPLICATION_ROW_LABELS.totalHandled}」的「${APPLICANT_LABELS[column]}」原文为${s}，各办理结果之和为${c}；已按各项重新计算。`,
      ),
    );
  }
  for (const row of APPLICATION_ROWS) {
    const computed =
      row === 'totalHandled'
        ? sumAll(handled)
        : sumAll(APPLICANT_INPUT_COLUMNS.map((c) => source.get(app(row, c))));
    out.push(
      ...mismatch(
        app(row, 'total'),
        source.get(app(row, 'total')),
        computed,
        printed,
        (s, c) =>
          `「${APPLICATION_ROW_LABELS[row]}」的「${APPLICANT_LABELS.total}」原文为${s}，各栏之和为${c}；已按各栏重新计算。`,
      ),
    );
  }
  for (const group of APPEAL_GROUPS) {
    const cell = cellId({ part: 'appeals', row: group, column: 'total' });
    const parts = APPEAL_INPUT_FIELDS.map((f) =>
      source.get(cellId({ part: 'appeals', row: group, column: f })),
    );
    out.push(
      ...mismatch(
        cell,
        source.get(cell),
        sumAll(parts),
        printed,
        (s, c) =>
          `「${APPEAL_GROUP_LABELS[group]}」的「${APPEAL_FIELD_LABELS.total}」原文为${s}，${APPEAL_PARTS}之和为${c}；已按各项重新计算。`,
      ),
    );
  }
  return out;
}
