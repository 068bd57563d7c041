// Which column each printed number of a table is in, when the source printed its zero cells BLANK
// and the text kept no trace of them (nianbao issue 18: PDF text, `pdftotext -layout`): a row shows
// fewer numbers than the table has columns. The text keeps the left-to-right order of a row's
// numbers, and nothing else one can trust: pdftotext -layout gives each piece of text the column
// of the longest chain of text to its left (poppler's TextOutputDev column assignment), not a
// scaled x, so numbers of one column land up to 11 characters apart and neighbours cross by up to
// 8 (measured on a real Chromium-printed report and on our own Chromium and LibreOffice prints).
//
// So the placement is PROVEN, not estimated: every order-keeping way of putting each row's numbers
// into columns is tried against the table's identities (a row's printed 总计 is the sum of its
// parts; each column's identities across rows, e.g. part 三's 一+二=（七）+四 and （七）= the
// sum of the result rows), and a cell is read only when every reading that satisfies all of them
// puts the same number — or the same blank — there. Where they differ, the cell stays unread; where
// none exists, or too many, the whole table does. Never a guess: a consistent shift of all rows
// (columns that are blank in every row) satisfies every identity, so it stays unread.

/** A group of a row's columns whose last (`total`) is the sum of the others when printed. */
export type SumGroup = { parts: readonly number[]; total: number };

/** Σ coef · cell(row, column) = 0 for each of `columns` (blank cells count 0). */
export type ColumnIdentity = { terms: readonly { row: number; coef: number }[]; columns: readonly number[] };

export type PlacementProblem = {
  columns: number;
  /** each row's printed numbers, left to right */
  rows: readonly (readonly number[])[];
  /**
   * per row, per pair of neighbouring numbers: whether the text proves them in neighbouring
   * columns (pdftotext -layout: one space between them, see `touching` in applications-blank-zeros.ts)
   */
  adjacent?: readonly (readonly boolean[])[];
  /**
   * per row, per printed number: the column its position on the page proves (header-columns.ts),
   * or null where it proves none
   */
  fixed?: readonly (readonly (number | null)[])[];
  sums: readonly SumGroup[];
  identities: readonly ColumnIdentity[];
  /** whether a group may print numbers without its total (part 三's organs do; default true) */
  blankTotals?: boolean;
};

/** For each row and column: the index of the row's number printed there, -1 for blank, null when not certain. */
export type CellPlace = number | -1 | null;

export type PlacementResult =
  | { ok: true; places: CellPlace[][]; readings: number }
  | { ok: false; reason: string };

/** Search limits: a table whose readings cannot be told apart within them is left unread. */
const MAX_NODES = 200_000;
const MAX_READINGS = 4_000;

/** Order-keeping choices of columns for `k` numbers among `n` columns (ascending column lists). */
function choices(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const go = (from: number) => {
    if (pick.length === k) {
      out.push([...pick]);
      return;
    }
    for (let c = from; c <= n - (k - pick.length); c++) {
      pick.push(c);
      go(c + 1);
      pick.pop();
    }
  };
  go(0);
  return out;
}

/** A row's value in each column under a choice of columns (0 for blank). */
function spread(values: readonly number[], cols: readonly number[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  cols.forEach((c, i) => {
    out[c] = values[i]!;
  });
  return out;
}

/** Whether a choice keeps every printed group total equal to the sum of its printed parts. */
function sumsHold(
  values: readonly number[],
  cols: readonly number[],
  sums: readonly SumGroup[],
  blankTotals: boolean,
): boolean {
  const used = new Set(cols);
  const row = spread(values, cols, Math.max(...cols, 0) + 1);
  return sums.every((g) => {
    if (!used.has(g.total)) return blankTotals || !g.parts.some((c) => used.has(c));
    return g.parts.reduce((a, c) => a + (row[c] ?? 0), 0) === row[g.total];
  });
}

type Candidate = { cols: number[]; cells: number[] };

/** The readings of a table: every order-keeping placement of each row that all identities allow. */
export function placeColumns(p: PlacementProblem): PlacementResult {
  const n = p.columns;
  const tooMany = p.rows.findIndex((r) => r.length > n);
  if (tooMany >= 0) return { ok: false, reason: `有一行印有${p.rows[tooMany]!.length}个数，多于${n}栏` };
  const candidates: Candidate[][] = p.rows.map((values, r) =>
    // A row printed whole is as printed, even where its total disagrees (that is reported elsewhere).
    (values.length === n ? [choices(n, n)[0]!] : choices(n, values.length))
      .filter((cols) => values.length === n || sumsHold(values, cols, p.sums, p.blankTotals ?? true))
      .filter((cols) => (p.adjacent?.[r] ?? []).every((next, k) => !next || cols[k + 1] === cols[k]! + 1))
      .filter((cols) => (p.fixed?.[r] ?? []).every((at, k) => at === null || cols[k] === at))
      .map((cols) => ({ cols, cells: spread(values, cols, n) }))
      // Placements that give the row the same numbers in every column are one reading of its values
      // (a row 「0 0」 with its other cells blank is all 0 wherever the two zeros stand): one is kept,
      // so rows of zeros neither multiply the readings past the limits nor leave their cells open.
      .filter((c, k, all) => all.findIndex((o) => o.cells.every((v, i) => v === c.cells[i])) === k),
  );
  const empty = candidates.findIndex((c) => c.length === 0);
  if (empty >= 0) return { ok: false, reason: '有一行的数字无论怎样对应各栏，合计都不等于各项之和' };
  // Rows with one reading first, then the largest numbers (they fit the fewest columns of the
  // identities); identities are checked with bounds on the rows still open.
  const top = p.rows.map((values) => Math.max(0, ...values));
  const order = candidates
    .map((c, r) => ({ r, k: c.length }))
    .sort((a, b) => Number(a.k > 1) - Number(b.k > 1) || top[b.r]! - top[a.r]! || a.k - b.k || a.r - b.r);
  // One identity per column it holds in, with its coefficient for every row (0: not in it).
  const ids = p.identities.flatMap((id) =>
    id.columns.map((column) => {
      const coef = new Array<number>(p.rows.length).fill(0);
      for (const t of id.terms) if (t.row >= 0 && t.row < coef.length) coef[t.row] = t.coef;
      return { column, coef };
    }),
  );
  const maxOf = top;
  // After placing the first `d` rows of `order`: how far the open rows can still move each identity.
  const room = ids.map((id) => {
    const lo = new Array<number>(order.length + 1).fill(0);
    const hi = new Array<number>(order.length + 1).fill(0);
    for (let d = order.length - 1; d >= 0; d--) {
      const reach = id.coef[order[d]!.r]! * maxOf[order[d]!.r]!;
      lo[d] = lo[d + 1]! + Math.min(0, reach);
      hi[d] = hi[d + 1]! + Math.max(0, reach);
    }
    return { lo, hi };
  });
  /** The identities each row is in: only those can change when the row is placed. */
  const touching = p.rows.map((_, r) => ids.flatMap((id, i) => (id.coef[r] !== 0 ? [i] : [])));
  const partial = new Array<number>(ids.length).fill(0);
  const chosen: (Candidate | null)[] = p.rows.map(() => null);
  const agree: (CellPlace | undefined)[][] = p.rows.map(() =>
    new Array<CellPlace | undefined>(n).fill(undefined),
  );
  let readings = 0;
  let nodes = 0;
  let overflow = false;

  const record = () => {
    readings++;
    chosen.forEach((c, r) => {
      const at = new Array<CellPlace>(n).fill(-1);
      c!.cols.forEach((col, i) => {
        at[col] = i;
      });
      for (let col = 0; col < n; col++) {
        const prev = agree[r]![col];
        agree[r]![col] = prev === undefined ? at[col]! : prev === at[col] ? prev : null;
      }
    });
  };

  const shift = (r: number, cand: Candidate, sign: number) => {
    for (const i of touching[r]!)
      partial[i] = partial[i]! + sign * ids[i]!.coef[r]! * cand.cells[ids[i]!.column]!;
  };
  const fits = (r: number, d: number) =>
    touching[r]!.every(
      (i) => partial[i]! + room[i]!.lo[d + 1]! <= 0 && partial[i]! + room[i]!.hi[d + 1]! >= 0,
    );

  const search = (d: number): void => {
    if (readings >= MAX_READINGS) {
      overflow = true;
      return;
    }
    if (d === order.length) {
      record();
      return;
    }
    const r = order[d]!.r;
    for (const cand of candidates[r]!) {
      if (++nodes > MAX_NODES) {
        overflow = true;
        return;
      }
      shift(r, cand, 1);
      if (fits(r, d)) {
        chosen[r] = cand;
        search(d + 1);
        chosen[r] = null;
      }
      shift(r, cand, -1);
      if (overflow) return;
    }
  };
  search(0);
  if (overflow) return { ok: false, reason: '各数可能所在的栏组合过多，无法确定' };
  if (readings === 0)
    return {
      ok: false,
      reason: '各数无论怎样对应各栏，都不能使本表的勾稽关系全部成立（也可能原文数字有误）',
    };
  return { ok: true, readings, places: agree.map((row) => row.map((c) => (c === undefined ? null : c))) };
}
