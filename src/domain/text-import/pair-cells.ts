// Which numbers belong to which row label (nianbao issue 18). In a copied Word table a row's
// numbers follow its label; in PDF text they may sit before it, inside it (a label wrapped over
// three lines with the numbers on the middle one) or on the first line of the next row's label.
// What does not change is the order: the k-th row of numbers belongs to the k-th row label. So the
// runs of cells of the table are paired with the located labels in order by a dynamic programme
// that first pairs as many rows as possible with a run of the right length, and among those
// pairings takes the one whose runs sit closest to their labels (no pairing ever swaps two rows).
import { rowRunTogether } from './findings';
import type { LocatedLabel } from './locate-labels';
import { type CellToken, type TableToken, type TakenCells, takeCells } from './table-tokens';

/** A run of cells of the source: cells between two text pieces or line ends. */
export type CellUnit = {
  /** token index of its first and last cell */
  first: number;
  last: number;
  cells: CellToken[];
  hasValue: boolean;
};

export type PairRow = {
  /** index of the located label in `labels` */
  label: number;
  /** how many cells the row has */
  cells: number;
};

export type Pairing = {
  /** label index → the units it takes (in order), for every paired row */
  taken: Map<number, { units: number[]; cells: TakenCells }>;
  /** indices of units with values that no row took */
  unpaired: number[];
};

export function cellUnits(tokens: readonly TableToken[]): CellUnit[] {
  const units: CellUnit[] = [];
  let current: CellUnit | null = null;
  tokens.forEach((t, i) => {
    if (t.kind === 'value' || t.kind === 'blank') {
      current ??= { first: i, last: i, cells: [], hasValue: false };
      current.cells.push(t);
      current.last = i;
      if (t.kind === 'value') current.hasValue = true;
      return;
    }
    if (current) units.push(current);
    current = null;
  });
  if (current) units.push(current);
  return units;
}

/** Longest run of units one row may take (a row's cells wrapped over lines). */
const MAX_BLOCK = 3;
const PAIRED = 1;
/**
 * Digits run together are the last reading of a run: below a row gathered from three runs (PDF
 * text, one number a line: 「9」「4」「101」 is 9|4|101, never 「101」 cut into 1|0|1).
 */
const RUN_TOGETHER = 0.5;
/** A run of the wrong length is still this row's, reported unread with its reason. */
const MISFIT = 0.3;
const PER_STEP_AWAY = 0.3;
const PER_EXTRA_UNIT = 0.2;
const UNUSED_VALUES = 0.05;
/** Within its place, a run closer to its label wins: per text piece between them. */
const PER_PIECE_BETWEEN = 0.02;
const MAX_PIECES_COUNTED = 10;

/** The cells of consecutive units as one run (a line end between them). */
function joined(units: readonly CellUnit[]): TableToken[] {
  const out: TableToken[] = [];
  units.forEach((u, k) => {
    if (k > 0) out.push({ kind: 'rowEnd', line: -1 });
    out.push(...u.cells);
  });
  return out;
}

function quality(taken: TakenCells, n: number, units: number): number {
  if (taken.status === 'ok') return PAIRED;
  // Digits run together sit on one line: numbers on lines of their own (plain pdftotext, one cell
  // a line) are whole cells, so a short run gathered from several lines is short, not run together
  // (「行政规范性文件」 took 「9」「87」 as 9|8|7 and left its 「4」 behind).
  if (taken.status === 'short' && units === 1 && rowRunTogether(taken.cells, n) !== null) return RUN_TOGETHER;
  return taken.cells.length === 0 ? -1 : MISFIT;
}

export function pairCells<K>(
  tokens: readonly TableToken[],
  labels: readonly LocatedLabel<K>[],
  rows: readonly PairRow[],
  units: readonly CellUnit[],
): Pairing {
  const starts = rows.map((r) => labels[r.label]!.firstToken);
  const ends = rows.map((r) => labels[r.label]!.lastToken);
  /** How many row labels stand between row i's label and a unit at token `at`. */
  const away = (i: number, at: number): number => {
    if (at < starts[i]!) {
      let d = 1;
      for (let k = i - 1; k >= 0 && starts[k]! > at; k--) d++;
      return d;
    }
    let d = 0;
    for (let k = i + 1; k < rows.length && starts[k]! <= at; k++) d++;
    return d;
  };
  /** Text pieces between row i's label and a unit at token `at` (its own label's pieces not counted). */
  const piecesBetween = (i: number, at: number): number => {
    const [from, to] = at > ends[i]! ? [ends[i]! + 1, at] : [at + 1, starts[i]!];
    let n = 0;
    for (let k = from; k < to && n < MAX_PIECES_COUNTED; k++) if (tokens[k]!.kind === 'text') n++;
    return n;
  };
  /** A blank-only unit counts only right after its row's label (a row printed with empty cells). */
  const blankFits = (i: number, u: number) => {
    const unit = units[u]!;
    if (unit.hasValue) return true;
    return unit.first === ends[i]! + 1 && unit.cells.length >= rows[i]!.cells;
  };
  const R = rows.length;
  const U = units.length;
  const width = U + 1;
  const score = new Float64Array((R + 1) * width).fill(Number.NEGATIVE_INFINITY);
  type Step = { kind: 'skipRow' | 'skipUnit' | 'take'; size: number; cells?: TakenCells };
  const step: (Step | null)[] = new Array((R + 1) * width).fill(null);
  score[0] = 0;
  const relax = (to: number, value: number, s: Step) => {
    if (value > score[to]!) {
      score[to] = value;
      step[to] = s;
    }
  };
  for (let i = 0; i <= R; i++)
    for (let j = 0; j <= U; j++) {
      const here = score[i * width + j]!;
      if (here === Number.NEGATIVE_INFINITY) continue;
      if (i < R) relax((i + 1) * width + j, here, { kind: 'skipRow', size: 0 });
      if (j < U)
        relax(i * width + j + 1, here - (units[j]!.hasValue ? UNUSED_VALUES : 0), {
          kind: 'skipUnit',
          size: 0,
        });
      if (i >= R) continue;
      for (let b = 1; b <= MAX_BLOCK && j + b <= U; b++) {
        const block = units.slice(j, j + b);
        if (b > 1 && block.some((u) => !u.hasValue)) break;
        if (b === 1 && !blankFits(i, j)) break;
        // A block may not reach over another row's label.
        if (b > 1 && starts.some((s, k) => k !== i && s > block[0]!.first && s < block.at(-1)!.first)) break;
        const cells = takeCells(joined(block), rows[i]!.cells);
        const q = quality(cells, rows[i]!.cells, b);
        if (q < 0) continue;
        const at = block[0]!.first;
        const value =
          q -
          PER_STEP_AWAY * away(i, at) -
          PER_PIECE_BETWEEN * piecesBetween(i, at) -
          PER_EXTRA_UNIT * (b - 1);
        if (value <= 0) continue;
        relax((i + 1) * width + j + b, here + value, { kind: 'take', size: b, cells });
      }
    }
  const taken = new Map<number, { units: number[]; cells: TakenCells }>();
  const used = new Set<number>();
  for (let i = R, j = U; i > 0 || j > 0; ) {
    const s = step[i * width + j];
    if (!s) break;
    if (s.kind === 'skipRow') i--;
    else if (s.kind === 'skipUnit') j--;
    else {
      const unitIdx = Array.from({ length: s.size }, (_, k) => j - s.size + k);
      for (const u of unitIdx) used.add(u);
      taken.set(rows[i - 1]!.label, { units: unitIdx, cells: s.cells! });
      i--;
      j -= s.size;
    }
  }
  const unpaired = units.flatMap((u, k) => (u.hasValue && !used.has(k) ? [k] : []));
  return { taken, unpaired };
}
