// Recovers the part 四 table when its cells ran together (nianbao issue 9): the one data row of
// 15 cells (「行政复议」, 「未经复议直接起诉」, 「复议后起诉」, each 结果维持, 结果纠正, 其他结果,
// 尚未审结, 总计) can arrive as a single run of digits, or one run per group. The only identity
// is each group's 「总计」 = the sum of its four results (SPEC §5); when it leaves several readings
// the solver lists them for the user to pick rather than choose.
import type { AppealGroup } from '../report/keys';
import { APPEAL_FIELDS, APPEAL_GROUPS, APPEAL_INPUT_FIELDS } from '../report/keys';
import { APPEAL_GROUP_LABELS, PART_TITLES } from '../report/labels';
import { DEFAULT_MAX_CELL_DIGITS, enumerateSummedSplits, normalizeDigitRun } from './run-together';

/** One run for the whole row of 15 cells, or one run of 5 cells per group. */
export type AppealsInput = string | Partial<Record<AppealGroup, string>>;
/** Per group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export type AppealsReading = Partial<Record<AppealGroup, number[]>>;

export interface AppealsSolution {
  readonly status: 'unique' | 'ambiguous' | 'none';
  /** The groups every reading agrees on. */
  readonly groups: AppealsReading;
  readonly ambiguousGroups: AppealGroup[];
  /** Whole-table readings (at most `candidateLimit`); one when unique. */
  readonly candidates: AppealsReading[];
  readonly candidatesTruncated: boolean;
  readonly unsolved: { readonly group: AppealGroup; readonly reason: string }[];
}

export interface SolveAppealsOptions {
  readonly maxCellDigits?: number;
  readonly candidateLimit?: number;
}

const GROUP_CELLS = APPEAL_FIELDS.length; // 5
const INPUTS = APPEAL_INPUT_FIELDS.length; // 4
/** Readings enumerated to decide which groups are settled; past it none is called settled. */
const ENUMERATION_CAP = 1000;

const groupLabel = (g: AppealGroup): string => `「${APPEAL_GROUP_LABELS[g]}」`;
const rule = (maxDigits: number): string =>
  `总计须等于结果维持、结果纠正、其他结果、尚未审结之和，除0以外的数不以0开头，每个数不超过${maxDigits}位`;

/** `settled`: the groups proven to read the same in every reading. */
function summarize(
  readings: AppealsReading[],
  complete: boolean,
  settled: ReadonlySet<AppealGroup>,
  limit: number,
  unsolved: AppealsSolution['unsolved'],
): AppealsSolution {
  const first = readings[0];
  if (first === undefined)
    return {
      status: 'none',
      groups: {},
      ambiguousGroups: [],
      candidates: [],
      candidatesTruncated: false,
      unsolved,
    };
  const groups: AppealsReading = {};
  const ambiguousGroups: AppealGroup[] = [];
  for (const g of APPEAL_GROUPS) {
    const value = first[g];
    if (value === undefined) continue;
    if (settled.has(g)) groups[g] = value;
    else ambiguousGroups.push(g);
  }
  return {
    status: readings.length === 1 && complete ? 'unique' : 'ambiguous',
    groups,
    ambiguousGroups,
    candidates: readings.slice(0, limit),
    candidatesTruncated: readings.length > limit || !complete,
    unsolved,
  };
}

function solveWholeRow(raw: string, maxDigits: number, limit: number): AppealsSolution {
  const allGroups = (reason: string): AppealsSolution => ({
    ...summarize([], true, new Set(), limit, []),
    unsolved: APPEAL_GROUPS.map((group) => ({ group, reason })),
  });
  const digits = normalizeDigitRun(raw);
  if (digits === null) return allGroups(`「${PART_TITLES.appeals}」的“${raw}”不全是数字，无法拆分`);

  const memo = new Map<string, number[][]>();
  const groupReadings = (start: number, end: number): number[][] => {
    const key = `${start}:${end}`;
    let found = memo.get(key);
    if (found === undefined) {
      found = [...enumerateSummedSplits(digits.slice(start, end), INPUTS, maxDigits)];
      memo.set(key, found);
    }
    return found;
  };
  const longest = GROUP_CELLS * maxDigits;
  const n = digits.length;
  const readings: AppealsReading[] = [];
  // Cut the row into three groups of 5 to 5 × maxDigits digits, then each group into its cells.
  outer: for (let e1 = GROUP_CELLS; e1 <= Math.min(longest, n - 2 * GROUP_CELLS); e1++) {
    for (let e2 = e1 + GROUP_CELLS; e2 <= Math.min(e1 + longest, n - GROUP_CELLS); e2++) {
      if (n - e2 > longest) continue;
      for (const a of groupReadings(0, e1))
        for (const b of groupReadings(e1, e2))
          for (const c of groupReadings(e2, n)) {
            readings.push({ reconsideration: a, litigationDirect: b, litigationAfterReconsideration: c });
            if (readings.length === ENUMERATION_CAP) break outer;
          }
    }
  }
  if (readings.length === 0)
    return allGroups(
      `「${PART_TITLES.appeals}」的数字串“${digits}”无法拆成${APPEAL_GROUPS.length}组、每组${GROUP_CELLS}个数（${rule(maxDigits)}），原文可能有误，未读取`,
    );
  const complete = readings.length < ENUMERATION_CAP;
  const [first, ...rest] = readings;
  const settled = new Set(
    APPEAL_GROUPS.filter((g) => complete && rest.every((r) => r[g]!.join() === first![g]!.join())),
  );
  return summarize(readings, complete, settled, limit, []);
}

function solveGroups(
  input: Partial<Record<AppealGroup, string>>,
  maxDigits: number,
  limit: number,
): AppealsSolution {
  const unsolved: { group: AppealGroup; reason: string }[] = [];
  const perGroup: [AppealGroup, number[][]][] = [];
  for (const g of APPEAL_GROUPS) {
    const raw = input[g];
    if (raw === undefined) continue;
    const digits = normalizeDigitRun(raw);
    const readings = digits === null ? [] : [...enumerateSummedSplits(digits, INPUTS, maxDigits)];
    if (readings.length > 0) perGroup.push([g, readings]);
    else
      unsolved.push({
        group: g,
        reason:
          digits === null
            ? `${groupLabel(g)}的“${raw}”不全是数字，无法拆分`
            : `${groupLabel(g)}的数字串“${digits}”无法拆成${GROUP_CELLS}个数（${rule(maxDigits)}），原文可能有误，未读取`,
      });
  }
  if (perGroup.length === 0) return summarize([], true, new Set(), limit, unsolved);
  // Groups are independent: the table's readings are every combination of theirs.
  let readings: AppealsReading[] = [{}];
  let complete = true;
  for (const [g, options] of perGroup) {
    readings = readings.flatMap((r) => options.map((o) => ({ ...r, [g]: o })));
    if (readings.length > ENUMERATION_CAP) {
      readings = readings.slice(0, ENUMERATION_CAP);
      complete = false;
    }
  }
  const settled = new Set(perGroup.filter(([, options]) => options.length === 1).map(([g]) => g));
  return summarize(readings, complete, settled, limit, unsolved);
}

export function solveAppeals(input: AppealsInput, options: SolveAppealsOptions = {}): AppealsSolution {
  const maxDigits = options.maxCellDigits ?? DEFAULT_MAX_CELL_DIGITS;
  const limit = options.candidateLimit ?? 20;
  return typeof input === 'string'
    ? solveWholeRow(input, maxDigits, limit)
    : solveGroups(input, maxDigits, limit);
}
