// Recovers the part 三 matrix when the cells of its rows ran together (nianbao issue 9).
// A row alone is often ambiguous; the matrix as a whole rarely is, because for every column
// (the 「总计」 column included) SPEC §4 fixes:
//   「（七）总计」 = the sum of the 21 result rows, and
//   「第一项加第二项之和，等于第三项加第四项之和」: 一 + 二 = （七） + 四.
// When several readings satisfy everything, the solver does not choose: it returns them for the
// user to pick. When none does, the source itself is wrong (e.g. a misprinted total): the rows that
// cannot be reconciled stay unread, and no other cell is bent to fit them.
import type { ApplicationRow } from '../report/keys';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, RESULT_ROWS } from '../report/keys';
import { APPLICATION_ROW_LABELS, MATRIX_NOTE } from '../report/labels';
import {
  type ApplicationRowInput,
  type RowReadingOptions,
  readApplicationRow,
  rowLabel,
} from './application-row-readings';
import { type Identity, type SlotCandidates, searchReadings, UNKNOWN_CELL } from './table-search';

export type { ApplicationRowInput } from './application-row-readings';
export type ApplicationsInput = Partial<Record<ApplicationRow, ApplicationRowInput>>;
export type ApplicationsReading = Partial<Record<ApplicationRow, number[]>>;

export interface UnsolvedApplicationRow {
  readonly row: ApplicationRow;
  /** Why the row was left unread (zh-CN, names the row and its digits). */
  readonly reason: string;
}

export interface ApplicationsSolution {
  /**
   * unique: one reading of the rows that were read; ambiguous: several, listed in `candidates`;
   * none: no reading satisfies the identities. Rows in `unsolved` are left out in every case.
   */
  readonly status: 'unique' | 'ambiguous' | 'none';
  /** The rows every reading agrees on (for unique: every row read), 7 values each. */
  readonly rows: ApplicationsReading;
  /** The rows on which the candidates differ: the user has to pick. */
  readonly ambiguousRows: ApplicationRow[];
  /** Whole-table readings (at most `candidateLimit`); one when unique. */
  readonly candidates: ApplicationsReading[];
  /** More readings exist than are listed in `candidates`. */
  readonly candidatesTruncated: boolean;
  readonly unsolved: UnsolvedApplicationRow[];
}

export interface SolveApplicationsOptions extends RowReadingOptions {
  /** How many whole-table readings to list when ambiguous. */
  readonly candidateLimit?: number;
  /** Search nodes for the whole call; past it the solver stops proving (reported as unproven). */
  readonly nodeBudget?: number;
}

const DEFAULT_NODE_BUDGET = 50_000;

const SLOT = new Map(APPLICATION_ROWS.map((row, i) => [row, i] as const));
const slotOf = (row: ApplicationRow): number => SLOT.get(row)!;

/** The column identities of SPEC §4, for each of the 7 columns. */
const IDENTITIES: readonly Identity[] = APPLICANT_COLUMNS.flatMap((_, column) => {
  const results = RESULT_ROWS.map((r) => ({ slot: slotOf(r), coef: -1 as const }));
  const newReceived = { slot: slotOf('newReceived'), coef: 1 as const };
  const carriedOver = { slot: slotOf('carriedOver'), coef: 1 as const };
  const carriedForward = { slot: slotOf('carriedForward'), coef: -1 as const };
  return [
    // （七）总计 = Σ 21 result rows
    { column, terms: [{ slot: slotOf('totalHandled'), coef: 1 as const }, ...results] },
    // 一 + 二 = （七） + 四
    {
      column,
      terms: [newReceived, carriedOver, { slot: slotOf('totalHandled'), coef: -1 as const }, carriedForward],
    },
    // The two combined: still binding when 「（七）总计」 itself is unread.
    { column, terms: [newReceived, carriedOver, ...results, carriedForward] },
  ];
});

const CONSISTENCY_RULE = `「${APPLICATION_ROW_LABELS.totalHandled}」须等于各项办理结果之和，各栏须满足${MATRIX_NOTE}`;

function describeRow(row: ApplicationRow, input: ApplicationRowInput): string {
  return input.kind === 'digits' ? `${rowLabel(row)}一行（“${input.digits}”）` : `${rowLabel(row)}一行`;
}

type Search = (slots: readonly SlotCandidates[], limit: number) => ReturnType<typeof searchReadings>;

function toReading(slots: readonly SlotCandidates[], choice: readonly number[]): ApplicationsReading {
  const reading: ApplicationsReading = {};
  APPLICATION_ROWS.forEach((row, s) => {
    const values = slots[s]?.[choice[s]!];
    // A row with a cell not read is the caller's own partial reading, not ours to return.
    if (values !== undefined && !values.includes(UNKNOWN_CELL)) reading[row] = [...values];
  });
  return reading;
}

/** Slots on which the listed solutions agree, proven against solutions not listed when needed. */
function agreedSlots(
  slots: readonly SlotCandidates[],
  found: ReturnType<typeof searchReadings>,
  search: Search,
): Set<number> {
  const agreed = new Set<number>();
  const [first, ...rest] = found.solutions;
  if (first === undefined) return agreed;
  slots.forEach((c, s) => {
    if (c === null || rest.some((sol) => sol[s] !== first[s])) return;
    if (!found.more && !found.budgetExceeded) {
      agreed.add(s);
      return;
    }
    // Only the listed solutions were seen: look for one that reads this row otherwise.
    const others = c.filter((_, i) => i !== first[s]);
    const probe = others.length === 0 ? null : search(replaceAt(slots, s, others), 1);
    if (probe === null || (probe.solutions.length === 0 && !probe.budgetExceeded)) agreed.add(s);
  });
  return agreed;
}

/**
 * Reads the part 三 matrix from rows read cell by cell and rows whose cells ran together.
 * Rows absent from `input` are unknown (nothing is assumed about them).
 */
export function solveApplications(
  input: ApplicationsInput,
  options: SolveApplicationsOptions = {},
): ApplicationsSolution {
  const limit = options.candidateLimit ?? 20;
  // One budget for every search of this call (the first, the leave-one-out ones, the proofs),
  // so that even a pathological table returns within the time a user will wait.
  let budget = options.nodeBudget ?? DEFAULT_NODE_BUDGET;
  const search: Search = (slots, max) => {
    if (budget <= 0) return { solutions: [], more: false, budgetExceeded: true, nodes: 0 };
    const result = searchReadings(slots, IDENTITIES, max, budget);
    budget -= result.nodes;
    return result;
  };
  const unsolved: UnsolvedApplicationRow[] = [];
  let slots: SlotCandidates[] = APPLICATION_ROWS.map((row) => {
    const rowInput = input[row];
    if (rowInput === undefined) return null;
    const readings = readApplicationRow(row, rowInput, options);
    if (readings.kind === 'read') return readings.candidates;
    unsolved.push({ row, reason: readings.reason });
    return null;
  });

  // Rows of one digit a cell (「6000017」 for seven cells) need no cut: read as printed whatever the
  // rest of the table says, like rows read cell by cell.
  const printedRows: ApplicationsReading = {};
  const oneDigitACell = (s: number) => {
    const rowInput = input[APPLICATION_ROWS[s]!];
    return rowInput?.kind === 'digits' && rowInput.digits.length === APPLICANT_COLUMNS.length;
  };
  const keepPrinted = (s: number) => {
    const only = slots[s];
    if (only?.length === 1 && !only[0]!.includes(UNKNOWN_CELL))
      printedRows[APPLICATION_ROWS[s]!] = [...only[0]!];
  };
  const withPrinted = (solution: ApplicationsSolution): ApplicationsSolution => ({
    ...solution,
    rows: { ...printedRows, ...solution.rows },
  });
  let found = search(slots, limit);
  if (found.solutions.length === 0 && !found.budgetExceeded) {
    // Some row contradicts the others. Find the rows whose removal alone restores consistency;
    // the wrong row is among them. Leave them all unread rather than guess which one it is.
    const readSlots = slots.flatMap((c, s) => (c === null ? [] : [s]));
    const suspects = readSlots.filter((s) => {
      const without = search(replaceAt(slots, s, null), 1);
      // A search cut short by the budget cannot clear the row: keep it under suspicion.
      return without.solutions.length > 0 || without.budgetExceeded;
    });
    const rows = APPLICATION_ROWS;
    // A printed total that disagrees with its parts makes the table inconsistent, not a row of one
    // digit a cell unreadable: it is read as printed (the checks then say which total disagrees);
    // rows whose digits need a cut need the identities, and stay unread.
    if (suspects.length === 0) {
      for (const s of readSlots) {
        const row = rows[s]!;
        if (input[row]?.kind !== 'digits') continue;
        if (oneDigitACell(s)) {
          keepPrinted(s);
          continue;
        }
        unsolved.push({
          row,
          reason: `${describeRow(row, input[row]!)}未读取：本表没有一种拆法能满足全部勾稽关系（${CONSISTENCY_RULE}），去掉任何一行也不能满足，原文可能不止一处有误`,
        });
      }
      return withPrinted(emptySolution('none', unsolved));
    }
    const names = suspects.map((s) => rowLabel(rows[s]!)).join('');
    for (const s of suspects) {
      const row = rows[s]!;
      if (oneDigitACell(s)) {
        keepPrinted(s);
        continue;
      }
      const reason =
        suspects.length === 1
          ? `${describeRow(row, input[row]!)}与本表其他各行不一致（${CONSISTENCY_RULE}），原文可能有误，此行未读取`
          : `${names}中有一行与其他各行不一致（${CONSISTENCY_RULE}），无法确定是哪一行，这些行都未读取`;
      unsolved.push({ row, reason });
    }
    slots = slots.map((c, s) => (suspects.includes(s) ? null : c));
    found = search(slots, limit);
  }
  if (found.solutions.length === 0) {
    if (found.budgetExceeded)
      for (const s of slots.flatMap((c, i) => (c !== null && c.length > 1 ? [i] : []))) {
        const row = APPLICATION_ROWS[s]!;
        unsolved.push({
          row,
          reason: `${describeRow(row, input[row]!)}拆法组合过多，未能在限定步数内确定，此行未读取`,
        });
      }
    return withPrinted(emptySolution('none', unsolved));
  }

  const agreed = agreedSlots(slots, found, search);
  const first = found.solutions[0]!;
  const unique = found.solutions.length === 1 && !found.more && !found.budgetExceeded;
  const fixed = toReading(
    slots.map((c, s) => (agreed.has(s) ? c : null)),
    first,
  );
  return withPrinted({
    status: unique ? 'unique' : 'ambiguous',
    rows: fixed,
    ambiguousRows: APPLICATION_ROWS.filter((_, s) => slots[s] !== null && !agreed.has(s)),
    candidates: found.solutions.map((choice) => toReading(slots, choice)),
    candidatesTruncated: found.more || found.budgetExceeded,
    unsolved,
  });
}

function replaceAt(slots: readonly SlotCandidates[], at: number, value: SlotCandidates): SlotCandidates[] {
  return slots.map((c, s) => (s === at ? value : c));
}

function emptySolution(status: 'none', unsolved: UnsolvedApplicationRow[]): ApplicationsSolution {
  return { status, rows: {}, ambiguousRows: [], candidates: [], candidatesTruncated: false, unsolved };
}
