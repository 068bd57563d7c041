// Test support for the digit-split solvers: fast-check generators of VALID part 三 matrices and
// part 四 tables (every identity holds), their rendering with the separators lost, the sample
// report's tables, and an identity check that does not share code with the solver.
import fc from 'fast-check';
import expected from '../fixtures/qufu-2021.expected.json';
import { deriveApplications } from '../report/derive';
import type { AppealGroup, ApplicationRow } from '../report/keys';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_ROWS,
  RESULT_ROWS,
} from '../report/keys';
import { joinCells } from './run-together';
import type { ApplicationsInput } from './solve-applications';

export type FullMatrix = Record<ApplicationRow, number[]>;

/** Published matrices are mostly zeros, some small counts, the odd large one (曲阜 2021: 23, 19, 3, 1). */
export const realisticCount: fc.Arbitrary<number> = fc.oneof(
  { weight: 16, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 2, arbitrary: fc.integer({ min: 10, max: 99 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 2000 }) },
);

/** Any count a report could hold, large ones as likely as small. */
export const wideCount: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 99 }),
  fc.integer({ min: 100, max: 99_999 }),
);

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const withTotal = (inputs: readonly number[]): number[] => [...inputs, sum(inputs)];

/**
 * A balanced matrix: result rows and 「四、结转下年度继续办理」 chosen, 「（七）总计」 derived, and
 * 一 + 二 split so that 一 + 二 = （七） + 四 in every column.
 */
export function balancedMatrix(count: fc.Arbitrary<number>): fc.Arbitrary<FullMatrix> {
  const row = fc.array(count, { minLength: 6, maxLength: 6 });
  return fc
    .record({
      results: fc.array(row, { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
      carriedForward: row,
      carriedOver: row,
    })
    .map(({ results, carriedForward, carriedOver }) => {
      const handled = APPLICANT_INPUT_COLUMNS.map((_, c) => sum(results.map((r) => r[c]!)));
      const need = handled.map((h, c) => h + carriedForward[c]!);
      const over = need.map((n, c) => Math.min(n, carriedOver[c]!));
      const matrix = {
        newReceived: withTotal(need.map((n, c) => n - over[c]!)),
        carriedOver: withTotal(over),
        totalHandled: withTotal(handled),
        carriedForward: withTotal(carriedForward),
      } as Partial<FullMatrix>;
      RESULT_ROWS.forEach((r, i) => {
        matrix[r] = withTotal(results[i]!);
      });
      return matrix as FullMatrix;
    });
}

/** Every row of the matrix as it reads once the cell borders are lost. */
export function runTogether(matrix: FullMatrix): ApplicationsInput {
  return Object.fromEntries(
    APPLICATION_ROWS.map((row) => [row, { kind: 'digits', digits: joinCells(matrix[row]) }]),
  ) as ApplicationsInput;
}

export type AppealsTable = Record<AppealGroup, number[]>;

export function appealsTable(count: fc.Arbitrary<number>): fc.Arbitrary<AppealsTable> {
  const group = fc.array(count, { minLength: 4, maxLength: 4 }).map(withTotal);
  return fc
    .tuple(group, group, group)
    .map((groups) => Object.fromEntries(APPEAL_GROUPS.map((g, i) => [g, groups[i]!])) as AppealsTable);
}

/** The sample report's part 三 matrix, 7 values per row in the order of the national format. */
export function qufuMatrix(): FullMatrix {
  return Object.fromEntries(
    APPLICATION_ROWS.map((row) => [row, APPLICANT_COLUMNS.map((c) => expected.applications[row][c])]),
  ) as FullMatrix;
}

export function qufuAppeals(): AppealsTable {
  return Object.fromEntries(
    APPEAL_GROUPS.map((g) => [g, APPEAL_FIELDS.map((f) => expected.appeals[g][f])]),
  ) as AppealsTable;
}

/**
 * The identities a reading breaks, checked independently of the solver: every 「总计」 and
 * 「（七）总计」 recomputed by derive.ts, and 一 + 二 = （七） + 四 in every column.
 */
export function brokenIdentities(reading: FullMatrix): string[] {
  const inputs = Object.fromEntries(
    APPLICATION_ROWS.map((row) => [
      row,
      Object.fromEntries(APPLICANT_INPUT_COLUMNS.map((c, i) => [c, reading[row][i]!])),
    ]),
  );
  const derived = deriveApplications(inputs);
  const broken: string[] = [];
  for (const row of APPLICATION_ROWS)
    APPLICANT_COLUMNS.forEach((c, i) => {
      if (derived[row][c] !== reading[row][i]) broken.push(`${row}.${c}`);
    });
  APPLICANT_COLUMNS.forEach((c, i) => {
    const r = (row: ApplicationRow): number => reading[row][i]!;
    if (r('newReceived') + r('carriedOver') !== r('totalHandled') + r('carriedForward'))
      broken.push(`balance:${c}`);
  });
  return broken;
}
