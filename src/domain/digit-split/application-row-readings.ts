// The readings of one part 三 row on its own: a row is 6 applicant cells and their 「总计」
// (SPEC §4: 「总计」 = the sum of the six), so a run-together row can only be cut where the
// first six cells add up to the seventh.
import type { ApplicationRow } from '../report/keys';
import { APPLICANT_COLUMNS } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { DEFAULT_MAX_CELL_DIGITS, enumerateSummedSplits, normalizeDigitRun } from './run-together';
import { UNKNOWN_CELL } from './table-search';

/** A row already read cell by cell, or a row whose cells ran together into one string of digits. */
export type ApplicationRowInput =
  | {
      readonly kind: 'cells';
      /** The 6 applicant cells then 「总计」; null = not read (a null 「总计」 is derived). */
      readonly values: readonly (number | null)[];
    }
  | { readonly kind: 'digits'; readonly digits: string };

export type RowReadings =
  | { readonly kind: 'read'; readonly candidates: readonly (readonly number[])[] }
  | { readonly kind: 'unread'; readonly reason: string };

const CELLS = APPLICANT_COLUMNS.length; // 7
const INPUTS = CELLS - 1; // 6

export interface RowReadingOptions {
  readonly maxCellDigits?: number;
  /** More cuts than this for one row means the run is hopeless to read alone. */
  readonly maxRowSplits?: number;
}

export function rowLabel(row: ApplicationRow): string {
  return `「${APPLICATION_ROW_LABELS[row]}」`;
}

function readCells(row: ApplicationRow, values: readonly (number | null)[]): RowReadings {
  if (values.length !== CELLS)
    return {
      kind: 'unread',
      reason: `${rowLabel(row)}一行应有${CELLS}个数（6栏与总计），实际为${values.length}个`,
    };
  const bad = values.find((v) => v !== null && !(Number.isInteger(v) && v >= 0));
  if (bad !== undefined)
    return { kind: 'unread', reason: `${rowLabel(row)}一行的“${bad}”不是非负整数，此行未读取` };
  const inputs = values.slice(0, INPUTS);
  const printed = values[INPUTS] ?? null;
  const knownSum = inputs.reduce<number>((s, v) => s + (v ?? 0), 0);
  const allRead = inputs.every((v) => v !== null);
  if (printed !== null && (allRead ? knownSum !== printed : knownSum > printed)) {
    const what = allRead ? '6栏之和' : '已读出各栏之和';
    return {
      kind: 'unread',
      reason: `${rowLabel(row)}一行印刷的总计为${printed}，但${what}为${knownSum}，原文有误，此行未读取`,
    };
  }
  const total = printed ?? (allRead ? knownSum : UNKNOWN_CELL);
  return { kind: 'read', candidates: [[...inputs.map((v) => v ?? UNKNOWN_CELL), total]] };
}

function readDigits(row: ApplicationRow, raw: string, options: RowReadingOptions): RowReadings {
  const digits = normalizeDigitRun(raw);
  if (digits === null)
    return { kind: 'unread', reason: `${rowLabel(row)}一行的“${raw}”不全是数字，无法拆分` };
  const maxDigits = options.maxCellDigits ?? DEFAULT_MAX_CELL_DIGITS;
  const maxSplits = options.maxRowSplits ?? 5000;
  const candidates: number[][] = [];
  for (const split of enumerateSummedSplits(digits, INPUTS, maxDigits)) {
    if (candidates.length === maxSplits)
      return {
        kind: 'unread',
        reason: `${rowLabel(row)}一行的数字串“${digits}”拆法超过${maxSplits}种，无法确定，此行未读取`,
      };
    candidates.push(split);
  }
  if (candidates.length === 0)
    return {
      kind: 'unread',
      reason:
        `${rowLabel(row)}一行的数字串“${digits}”无法拆成6栏与总计` +
        `（6栏之和须等于总计，除0以外的数不以0开头，每个数不超过${maxDigits}位），原文可能有误，此行未读取`,
    };
  return { kind: 'read', candidates };
}

/** Every reading of the row that satisfies its own identity, or why there is none. */
export function readApplicationRow(
  row: ApplicationRow,
  input: ApplicationRowInput,
  options: RowReadingOptions = {},
): RowReadings {
  return input.kind === 'cells' ? readCells(row, input.values) : readDigits(row, input.digits, options);
}
