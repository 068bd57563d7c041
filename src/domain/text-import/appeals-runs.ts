// Part 四 of plain PDF text whose numbers come in runs between header pieces (nianbao issue 18).
// Plain pdftotext (no -layout) writes a table cell by cell in its reading order, which follows the
// header cells above each number: a row of 15 numbers can come out as 「72 64 178 37 | 结果… | 12 1 1
// 6 | 总计 | 351 | 维持… | 13 4 8 1 26 | 总计 | 20」 (淮安市 2024: the 复议后起诉 results before
// the 行政复议 总计), or 「10 1 0 … 0 | 总计 | 0」 (洪泽区: the last 总计 column after its header).
// A run of numbers with no text between them is taken as neighbouring cells in their order; which
// run goes where is decided only by the table's structure:
// - a lone number right after a 「总计」 header is a 总计 cell;
// - each group's 总计 is the sum of its four results (the format's identity).
// Every arrangement of the runs that keeps the first is tried. Where some keep every identity, a
// cell is read only when all of those agree on it (the three groups have the same columns, so runs
// that make whole groups may stand in any group order: those cells stay unread, saying so). Where
// none does (a printed total is wrong — a true problem to flag), the numbers are read as printed
// only when the printed order of the runs is the ONLY arrangement the 「总计」 headers allow.
import { normalizeNumberText } from '../numbers/normalize';
import { APPEAL_FIELDS, APPEAL_GROUPS } from '../report/keys';
import type { CellToken, TableToken } from './table-tokens';

const GROUP = APPEAL_FIELDS.length; // 5
const ALL = APPEAL_GROUPS.length * GROUP; // 15
/** More runs than this are not arranged (7! orders at most; real tables give 2–5). */
const MAX_RUNS = 7;
/** A header piece that ends with 「总计」 (「总 计」 spaced by the PDF). */
const TOTAL_HEADER = /总\s*计\s*$/u;

type Run = { cells: CellToken[]; values: number[]; afterTotal: boolean };

export type RunsReading =
  | {
      ok: true;
      /** by cell index (group × 5 + field): the token every kept arrangement agrees on, else null */
      cells: (CellToken | null)[];
      /** true: every group total holds in the kept arrangements; false: read as printed */
      holds: boolean;
      /** how many distinct arrangements were kept */
      readings: number;
      runs: number;
    }
  | { ok: false; reason: string };

function runsOf(tokens: readonly TableToken[]): Run[] | null {
  const runs: Run[] = [];
  let current: Run | null = null;
  let lastText = '';
  for (const t of tokens) {
    if (t.kind === 'text') {
      // The header text between two runs, whole: a PDF may space 「总 计」 into two pieces.
      lastText = current === null ? (lastText + t.text).slice(-20) : t.text;
      current = null;
      continue;
    }
    if (t.kind === 'rowEnd') continue;
    if (t.kind === 'blank') return null;
    const digits = normalizeNumberText(t.text);
    if (!/^\d{1,7}$/u.test(digits)) return null;
    if (current === null) {
      current = { cells: [], values: [], afterTotal: TOTAL_HEADER.test(lastText) };
      runs.push(current);
    }
    current.cells.push(t);
    current.values.push(Number(digits));
  }
  return runs;
}

function* permutations(n: number): Generator<number[]> {
  const order = Array.from({ length: n }, (_, i) => i);
  const used = new Array<boolean>(n).fill(false);
  const out: number[] = [];
  function* go(): Generator<number[]> {
    if (out.length === n) {
      yield [...out];
      return;
    }
    for (const i of order) {
      if (used[i]) continue;
      used[i] = true;
      out.push(i);
      yield* go();
      out.pop();
      used[i] = false;
    }
  }
  yield* go();
}

const isTotal = (k: number) => k % GROUP === GROUP - 1;

const holdsAll = (values: readonly number[]): boolean =>
  APPEAL_GROUPS.every((_, g) => {
    const group = values.slice(g * GROUP, g * GROUP + GROUP);
    return group.slice(0, GROUP - 1).reduce((a, b) => a + b, 0) === group[GROUP - 1];
  });

/** Part 四's 15 numbers arranged by their runs (see the head of this file). */
export function readAppealRuns(tokens: readonly TableToken[]): RunsReading {
  const runs = runsOf(tokens);
  if (runs === null) return { ok: false, reason: '数字中有空格或无法识别的内容' };
  const count = runs.reduce((a, r) => a + r.cells.length, 0);
  if (count !== ALL) return { ok: false, reason: `读到${count}个数，应为${ALL}个` };
  if (runs.length < 2 || runs.length > MAX_RUNS)
    return {
      ok: false,
      reason: `数字${runs.length === 1 ? '连成一段，没有表头可定位' : `分为${runs.length}段，段数过多`}`,
    };
  type Arrangement = { order: number[]; cells: CellToken[]; values: number[] };
  const allowed: Arrangement[] = [];
  const seen = new Set<string>();
  for (const order of permutations(runs.length)) {
    const cells: CellToken[] = [];
    let fits = true;
    for (const i of order) {
      const run = runs[i]!;
      if (run.afterTotal && run.cells.length === 1 && !isTotal(cells.length)) {
        fits = false;
        break;
      }
      cells.push(...run.cells);
    }
    if (!fits) continue;
    const values = order.flatMap((i) => runs[i]!.values);
    const key = values.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    allowed.push({ order, cells, values });
  }
  if (allowed.length === 0) return { ok: false, reason: '各段数字与「总计」表头的位置不能同时相符' };
  const holding = allowed.filter((a) => holdsAll(a.values));
  if (holding.length > 0) {
    const first = holding[0]!;
    const cells = first.cells.map((c, k) =>
      holding.every((a) => a.values[k] === first.values[k]) ? c : null,
    );
    return { ok: true, cells, holds: true, readings: holding.length, runs: runs.length };
  }
  // No arrangement keeps the totals: the print itself disagrees. Read as printed only when the
  // 「总计」 headers leave no other arrangement than the printed order.
  const printed = allowed.length === 1 && allowed[0]!.order.every((i, k) => i === k);
  if (!printed)
    return {
      ok: false,
      reason: `数字分为${runs.length}段，任何排法下各组总计都不等于四项之和，而「总计」表头容许${allowed.length}种排法`,
    };
  return { ok: true, cells: allowed[0]!.cells, holds: false, readings: 1, runs: runs.length };
}
