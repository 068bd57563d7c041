// Plain `pdftotext` of a table printed by a browser (nianbao issue 18): the first number column
// (「自然人」) stands right beside the row labels, so pdftotext often puts a row's first number into
// the label's text block — on a label line (「信访举报投诉类申请 0」), alone between label lines, or
// after the next rows' numbers — while the row's other six numbers (the five 法人或其他组织 columns
// and 「总计」) stay in the flow of numbers, row after row. The 175 numbers are then out of the
// format's order by those first numbers only, and no plain order (applications-in-order.ts) holds.
//
// Read here only where the table itself proves it. A row either stands whole in the flow (seven
// numbers whose first six sum to the seventh) or without its first number (six numbers: its first
// is the row's 「总计」 minus the five, never negative). The numbers taken out of the flow are only
// those a label's text block can hold: a number on a line with label words, or the first or last
// number of a run of number lines next to label text — never one inside a run; a number alone on
// a line of label words is a first number wherever it stands (in the flow it opens a row). What is taken out
// must be, as a multiset, exactly the first numbers the rows lacking them need; every identity of
// the table must hold (each row's 「总计」, each column's 「（七）总计」, 一+二 = （七）+四). Every way
// of taking numbers out is tried; one table from all of them → read, none or several → unread.
import { asciiDigits } from './clean-text';

const ROWS = 25;
const COLUMNS = 7;
/** A number standing alone between spaces or line ends: a table cell (「1.」「3/6」 are not). */
const CELL = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/u;

/** A line's words (split at any white space, full-width digits as ASCII); none for a blank line. */
export function lineWords(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(/[\s\u3000]+/u).map(asciiDigits);
}
/** Numbers taken out of the flow and not yet placed (or rows waiting for theirs), at most. */
const MAX_PENDING = 6;
/** Distinct tables, and steps of the search, beyond which nothing is read (no proof in time). */
const MAX_TABLES = 64;
const MAX_STEPS = 200_000;

/**
 * `movable`: a label's text block can hold it; `beside`: the only number on a line of label words —
 * a row's first number, so in the flow it can only open a whole row; `opens`: the first number of
 * its line — numbers printed on one line are one row's, so a row starts only there.
 */
/** The table's header: its first words in any print (「自然人」 may stand one letter a line). */
const HEADER = /申请人情况|自然人/u;

type FlowNumber = { value: number; movable: boolean; beside: boolean; opens: boolean };

/** The part's standalone numbers in reading order, each marked whether a label's block can hold it. */
export function flowNumbers(lines: readonly string[]): FlowNumber[] {
  type Line = { numbers: number[]; words: boolean; text: string };
  const parsed: Line[] = [];
  for (const raw of lines) {
    const words = lineWords(raw);
    if (words.length === 0) continue;
    const numbers = words.filter((w) => CELL.test(w)).map((w) => Number(w.replace(/,/gu, '')));
    parsed.push({ numbers, words: numbers.length < words.length, text: raw });
  }
  const out: FlowNumber[] = [];
  // The table's flow starts at its header: a number before it is no cell of the table.
  const header = parsed.findIndex((line) => line.words && HEADER.test(line.text.replace(/\s/gu, '')));
  parsed.forEach((line, k) => {
    if (k < header) return;
    const n = line.numbers.length;
    line.numbers.forEach((value, j) => {
      // On a label line: movable when it is the line's only number (a row's first number beside
      // its label). In a run of number lines: only at the run's ends, next to label text.
      const movable = line.words
        ? n === 1
        : (j === 0 && (parsed[k - 1]?.words ?? true)) || (j === n - 1 && (parsed[k + 1]?.words ?? true));
      out.push({ value, movable, beside: line.words && n === 1, opens: j === 0 });
    });
  });
  return out;
}

type Grid = number[][];
/** Signed counts of values: + a number taken out, − a row's first number still to be found. */
type Pending = ReadonlyMap<number, number>;

function withPending(p: Pending, value: number, delta: number): Map<number, number> {
  const next = new Map(p);
  const c = (next.get(value) ?? 0) + delta;
  if (c === 0) next.delete(value);
  else next.set(value, c);
  return next;
}
const pendingKey = (p: Pending) =>
  [...p.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([v, c]) => `${v}:${c}`)
    .join(',');
const pendingSize = (p: Pending) => [...p.values()].reduce((s, c) => s + Math.abs(c), 0);

/**
 * Every table (25 × 7, the format's order) the numbers can be read as under the rule above, or
 * null when the search gives no answer in time. Row and pending checks only; the caller checks
 * the table's identities.
 */
export function firstCellTables(numbers: readonly FlowNumber[]): Grid[] | null {
  const n = numbers.length;
  if (n !== ROWS * COLUMNS) return null;
  const memo = new Map<string, Grid[]>();
  let steps = 0;
  let overflow = false;
  const rest = (i: number, r: number, pending: Pending): Grid[] => {
    if (overflow) return [];
    if (++steps > MAX_STEPS) {
      overflow = true;
      return [];
    }
    const key = `${i}|${r}|${pendingKey(pending)}`;
    const known = memo.get(key);
    if (known) return known;
    const out: Grid[] = [];
    // A row ends where a line of numbers ends.
    if (i < n && !numbers[i]!.opens) {
      memo.set(key, out);
      return out;
    }
    const seen = new Set<string>();
    const add = (row: number[] | null, tails: Grid[]) => {
      for (const tail of tails) {
        const grid = row === null ? tail : [row, ...tail];
        const id = grid.map((cells) => cells.join(',')).join(';');
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(grid);
        if (out.length > MAX_TABLES) overflow = true;
      }
    };
    if (r === ROWS) {
      // After the last row: what is left must be taken out, and balance what is pending.
      let p: Pending = pending;
      for (let k = i; k < n; k++) {
        if (!numbers[k]!.movable) {
          memo.set(key, out);
          return out;
        }
        p = withPending(p, numbers[k]!.value, 1);
      }
      if (p.size === 0) add(null, [[]]);
      memo.set(key, out);
      return out;
    }
    let p: Pending = pending;
    for (let j = i; j <= n; j++) {
      if (j > i) {
        const taken = numbers[j - 1]!;
        if (!taken.movable) break;
        p = withPending(p, taken.value, 1);
        if (pendingSize(p) > MAX_PENDING) break;
      }
      if (j < n && !numbers[j]!.opens) continue;
      const flow = numbers.slice(j, j + COLUMNS);
      const cells = flow.map((x) => x.value);
      // The row whole: its first six numbers sum to its 「总计」; only its first beside a label.
      if (cells.length === COLUMNS && !flow.slice(1).some((x) => x.beside)) {
        const sum = cells.slice(0, COLUMNS - 1).reduce((s, v) => s + v, 0);
        if (sum === cells[COLUMNS - 1]) add(cells, rest(j + COLUMNS, r + 1, p));
      }
      // The row without its first number: 「总计」 minus the other five, found elsewhere.
      const six = cells.slice(0, COLUMNS - 1);
      if (six.length === COLUMNS - 1 && !flow.slice(0, COLUMNS - 1).some((x) => x.beside)) {
        const first = six[COLUMNS - 2]! - six.slice(0, COLUMNS - 2).reduce((s, v) => s + v, 0);
        const after = first >= 0 ? withPending(p, first, -1) : null;
        if (after !== null && pendingSize(after) <= MAX_PENDING)
          add([first, ...six], rest(j + COLUMNS - 1, r + 1, after));
      }
      if (overflow) break;
    }
    memo.set(key, out);
    return out;
  };
  const tables = rest(0, 0, new Map());
  return overflow ? null : tables;
}

/**
 * The 总计 column printed after the table (plain pdftotext of a browser's print put the column,
 * for rows of its last page, after their labels): rows whole in order or with their six applicant
 * numbers only, then — after the last row — exactly the missing 总计 of those rows, in their order,
 * each the sum of its row. Every split of rows into whole and six is tried; the caller checks the
 * table's identities and that one table results.
 */
export function totalsAfterTables(numbers: readonly FlowNumber[]): Grid[] | null {
  const n = numbers.length;
  if (n !== ROWS * COLUMNS) return null;
  const values = numbers.map((x) => x.value);
  const out: Grid[] = [];
  const seen = new Set<string>();
  let steps = 0;
  for (let k = 1; k < ROWS; k++) {
    const flowEnd = n - k;
    if (!numbers[flowEnd]!.opens) continue;
    const totals = values.slice(flowEnd);
    const memo = new Map<string, Grid[]>();
    // Rows r.. from number i, the q-th six-number row next.
    const rest = (i: number, r: number, q: number): Grid[] => {
      if (++steps > MAX_STEPS) return [];
      const key = `${i}|${r}|${q}`;
      const known = memo.get(key);
      if (known) return known;
      const found: Grid[] = [];
      if (r === ROWS) {
        if (i === flowEnd && q === k) found.push([]);
      } else if (i < flowEnd && numbers[i]!.opens) {
        const cells = values.slice(i, Math.min(i + COLUMNS, flowEnd));
        const six = cells.slice(0, COLUMNS - 1);
        const sixSum = six.reduce((s, v) => s + v, 0);
        if (cells.length === COLUMNS && sixSum === cells[COLUMNS - 1])
          for (const tail of rest(i + COLUMNS, r + 1, q)) found.push([cells, ...tail]);
        if (six.length === COLUMNS - 1 && q < k && totals[q] === sixSum)
          for (const tail of rest(i + COLUMNS - 1, r + 1, q + 1)) found.push([[...six, sixSum], ...tail]);
      }
      const distinct = found.filter((g, x) => found.findIndex((h) => sameGrid(g, h)) === x);
      memo.set(key, distinct.slice(0, MAX_TABLES + 1));
      return memo.get(key)!;
    };
    for (const grid of rest(0, 0, 0)) {
      const id = grid.map((cells) => cells.join(',')).join(';');
      if (!seen.has(id)) {
        seen.add(id);
        out.push(grid);
      }
    }
    if (steps > MAX_STEPS || out.length > MAX_TABLES) return null;
  }
  return out;
}

const sameGrid = (a: Grid, b: Grid) =>
  a.length === b.length && a.every((row, r) => row.every((v, c) => v === b[r]![c]));
