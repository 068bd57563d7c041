// Which numbers belong to which row label (nianbao issue 18). In a copied Word table a row's
// numbers follow its label; in PDF text they may sit before it, inside it (a label wrapped over
// three lines with the numbers on the middle one) or on the first line of the next row's label.
// What does not change is the order: the k-th row of numbers belongs to the k-th row label. So the
// runs of cells of the table are paired with the located labels in order by a dynamic programme
// that first pairs as many rows as possible with a run of the right length, and among those
// pairings takes the one whose runs sit closest to their labels (no pairing ever swaps two rows).
// A row is paired only when that is decided: if a pairing almost as good gives the row another run
// (labels torn from their rows by a converter: three labels, then three runs, a fourth label between
// them), the row is left unpaired and said so — the order alone does not tell them apart. A rival
// must pair as many rows, and give some row a run another row takes in the best pairing.
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
  /** label index → the runs another pairing, nearly as good, would give it instead (not paired) */
  undecided: Map<number, number[]>;
  /** label indices of rows that took the one run right after their label on its line */
  onLine: Set<number>;
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
/** Within its place, a run on its label's own line beats one a line further (the tie-break of last resort). */
const PER_LINE_BETWEEN = 0.005;
/**
 * A pairing this close to the best that gives a row another run leaves that row undecided: one
 * row further (0.3) is a real difference, the small tie-breaks (pieces and lines between) are not.
 */
const UNDECIDED_MARGIN = 0.25;

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
  /** Lines between row i's label and a unit at token `at` (0: on the label's first or last line). */
  const linesBetween = (i: number, at: number): number => {
    const line = tokens[at]!.line;
    const from = tokens[starts[i]!]!.line;
    const to = tokens[ends[i]!]!.line;
    const d = line > to ? line - to : line < from ? from - line : 0;
    return Math.min(d, MAX_PIECES_COUNTED);
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
  const NONE = Number.NEGATIVE_INFINITY;
  const unusedCost = (j: number) => (units[j]!.hasValue ? UNUSED_VALUES : 0);
  /** What row i taking units j…j+b−1 is worth (NONE: it may not), and the cells it takes. */
  const value = new Float64Array(R * U * MAX_BLOCK).fill(NONE);
  const cellsOf: (TakenCells | undefined)[] = new Array(R * U * MAX_BLOCK);
  const at3 = (i: number, j: number, b: number) => (i * U + j) * MAX_BLOCK + (b - 1);
  for (let i = 0; i < R; i++)
    for (let j = 0; j < U; j++)
      for (let b = 1; b <= MAX_BLOCK && j + b <= U; b++) {
        const block = units.slice(j, j + b);
        if (b > 1 && block.some((u) => !u.hasValue)) break;
        if (b === 1 && !blankFits(i, j)) break;
        // A block may not reach over another row's label.
        if (b > 1 && starts.some((s, k) => k !== i && s > block[0]!.first && s < block.at(-1)!.first)) break;
        const cells = takeCells(joined(block), rows[i]!.cells);
        const q = quality(cells, rows[i]!.cells, b);
        if (q < 0) continue;
        const first = block[0]!.first;
        // A run printed before its label sits right before it: with another row's label between them
        // it is that row's or none (「规章」「0」「行政规范性文件」…「行政许可」: the 0 is 规章's first cell,
        // the rest of its row blank — never 行政许可's decisions).
        if (first < starts[i]! && away(i, first) > 1) continue;
        // Runs inside the row's own label (between its first and last text piece: 「属于三类内部事务 0」
        // 「5. 0」 「信息」, a label wrapped over three lines in a narrow PDF cell) are this row's; when even
        // together they are short of the row (zeros printed blank), taking them all costs nothing extra.
        const inside = block.filter((u) => u.first > starts[i]! && u.last < ends[i]!).length;
        const extra = cells.status === 'short' && inside === b ? 0 : b - 1;
        const v =
          q -
          PER_STEP_AWAY * away(i, first) -
          PER_PIECE_BETWEEN * piecesBetween(i, first) -
          PER_LINE_BETWEEN * linesBetween(i, first) -
          PER_EXTRA_UNIT * extra;
        if (v <= 0) continue;
        value[at3(i, j, b)] = v;
        cellsOf[at3(i, j, b)] = cells;
      }
  // Best score from the start to state (i, j) — i rows and j units behind — and from it to the end.
  const forward = new Float64Array((R + 1) * width).fill(NONE);
  type Step = { kind: 'skipRow' | 'skipUnit' | 'take'; size: number };
  const step: (Step | null)[] = new Array((R + 1) * width).fill(null);
  forward[0] = 0;
  const relax = (to: number, v: number, s: Step) => {
    if (v > forward[to]!) {
      forward[to] = v;
      step[to] = s;
    }
  };
  for (let i = 0; i <= R; i++)
    for (let j = 0; j <= U; j++) {
      const here = forward[i * width + j]!;
      if (here === NONE) continue;
      if (i < R) relax((i + 1) * width + j, here, { kind: 'skipRow', size: 0 });
      if (j < U) relax(i * width + j + 1, here - unusedCost(j), { kind: 'skipUnit', size: 0 });
      if (i >= R) continue;
      for (let b = 1; b <= MAX_BLOCK && j + b <= U; b++) {
        const v = value[at3(i, j, b)]!;
        if (v !== NONE) relax((i + 1) * width + j + b, here + v, { kind: 'take', size: b });
      }
    }
  const backward = new Float64Array((R + 1) * width).fill(NONE);
  const backStep: (Step | null)[] = new Array((R + 1) * width).fill(null);
  backward[R * width + U] = 0;
  for (let i = R; i >= 0; i--)
    for (let j = U; j >= 0; j--) {
      let best = backward[i * width + j]!;
      let how: Step | null = null;
      if (i < R && backward[(i + 1) * width + j]! > best) {
        best = backward[(i + 1) * width + j]!;
        how = { kind: 'skipRow', size: 0 };
      }
      if (j < U && backward[i * width + j + 1]! - unusedCost(j) > best) {
        best = backward[i * width + j + 1]! - unusedCost(j);
        how = { kind: 'skipUnit', size: 0 };
      }
      if (i < R)
        for (let b = 1; b <= MAX_BLOCK && j + b <= U; b++) {
          const v = value[at3(i, j, b)]!;
          if (v !== NONE && v + backward[(i + 1) * width + j + b]! > best) {
            best = v + backward[(i + 1) * width + j + b]!;
            how = { kind: 'take', size: b };
          }
        }
      backward[i * width + j] = best;
      backStep[i * width + j] = how;
    }
  const best = forward[R * width + U]!;
  type Takes = Map<number, { units: number[]; cells: TakenCells }>;
  const take = (into: Takes, i: number, from: number, size: number) =>
    into.set(i, {
      units: Array.from({ length: size }, (_, k) => from + k),
      cells: cellsOf[at3(i, from, size)]!,
    });
  /** The rows' runs on the best way from the start to state (i, j). */
  const pathTo = (into: Takes, i0: number, j0: number) => {
    for (let i = i0, j = j0; i > 0 || j > 0; ) {
      const s = step[i * width + j];
      if (!s) break;
      if (s.kind === 'skipRow') i--;
      else if (s.kind === 'skipUnit') j--;
      else {
        take(into, i - 1, j - s.size, s.size);
        i--;
        j -= s.size;
      }
    }
  };
  /** …and on the best way from state (i, j) to the end. */
  const pathFrom = (into: Takes, i0: number, j0: number) => {
    for (let i = i0, j = j0; i < R || j < U; ) {
      const s = backStep[i * width + j];
      if (!s) break;
      if (s.kind === 'skipRow') i++;
      else if (s.kind === 'skipUnit') j++;
      else {
        take(into, i, j, s.size);
        i++;
        j += s.size;
      }
    }
  };
  const takes: Takes = new Map();
  pathTo(takes, R, U);
  const ownerOf = new Map<number, number>();
  for (const [i, t] of takes) for (const u of t.units) ownerOf.set(u, i);
  /**
   * The best pairing in which row i takes, instead of the runs from unit `u` on, runs that another
   * row takes in the best pairing (the rows' numbers change places; a row reading its own runs
   * otherwise — 「9」「4」「101」 or 「101」 cut — is no rival).
   */
  const bestInstead = (i: number, u: number): Takes | null => {
    let top: { score: number; j: number; b: number } | null = null;
    for (let j = 0; j < U; j++) {
      const before = forward[i * width + j]!;
      if (before === NONE) continue;
      for (let b = 1; b <= MAX_BLOCK && j + b <= U; b++) {
        if (u >= j && u < j + b) continue;
        let another = false;
        for (let k = j; k < j + b; k++) {
          const owner = ownerOf.get(k);
          if (owner !== undefined && owner !== i) another = true;
        }
        if (!another) continue;
        const v = value[at3(i, j, b)]!;
        if (v === NONE) continue;
        const score = before + v + backward[(i + 1) * width + j + b]!;
        if (!top || score > top.score) top = { score, j, b };
      }
    }
    if (!top || best - top.score >= UNDECIDED_MARGIN) return null;
    const other: Takes = new Map();
    pathTo(other, i, top.j);
    take(other, i, top.j, top.b);
    pathFrom(other, i + 1, top.j + top.b);
    return other;
  };
  const taken = new Map<number, { units: number[]; cells: TakenCells }>();
  const undecided = new Map<number, number[]>();
  const used = new Set<number>();
  /** A single run right after the row's label on its line, no text between: nothing else could be its. */
  const onItsLine = (i: number, t: { units: number[] }) => {
    if (t.units.length !== 1) return false;
    const first = units[t.units[0]!]!.first;
    if (first <= ends[i]! || tokens[first]!.line !== tokens[ends[i]!]!.line) return false;
    for (let k = ends[i]! + 1; k < first; k++) if (tokens[k]!.kind === 'text') return false;
    return true;
  };
  // Rows whose runs a nearly-as-good pairing changes are undecided (all of them, not only the row tried).
  const rival = new Map<number, number[]>();
  for (const [i, t] of takes) {
    if (onItsLine(i, t) || rival.has(i)) continue;
    const other = bestInstead(i, t.units[0]!);
    // A rival pairs as many rows: one leaving a row without numbers is a worse reading (every row
    // of the format prints its numbers, 0 included), however close its score.
    if (!other || other.size < takes.size) continue;
    for (const k of new Set([...takes.keys(), ...other.keys()])) {
      const mine = takes.get(k)?.units ?? [];
      const theirs = other.get(k)?.units ?? [];
      if (mine.join() !== theirs.join()) rival.set(k, [...(rival.get(k) ?? []), ...mine, ...theirs]);
    }
  }
  // A row gathered from numbers on lines of their own (a block of runs) with one more such number
  // right before or after it, no text between and no row taking it: the row's numbers could as well
  // be shifted by one (a bare page number among them, a number of this row printed blank) — the
  // order does not tell which of them is the stray one.
  const takenUnits = new Set<number>();
  for (const t of takes.values()) for (const u of t.units) takenUnits.add(u);
  const textBetween = (a: number, b: number) => {
    for (let k = units[a]!.last + 1; k < units[b]!.first; k++) if (tokens[k]!.kind === 'text') return true;
    return false;
  };
  const strayBeside = (t: { units: number[] }) => {
    if (t.units.length < 2) return null;
    const first = t.units[0]!;
    const last = t.units.at(-1)!;
    for (const [u, a, b] of [
      [last + 1, last, last + 1],
      [first - 1, first - 1, first],
    ] as const)
      if (u >= 0 && u < U && units[u]!.hasValue && !takenUnits.has(u) && !textBetween(a, b)) return u;
    return null;
  };
  for (const [i, t] of takes) {
    const stray = strayBeside(t);
    if (stray !== null && !onItsLine(i, t)) rival.set(i, [...(rival.get(i) ?? []), ...t.units, stray]);
  }
  const onLine = new Set<number>();
  for (const [i, t] of takes) {
    if (onItsLine(i, t)) onLine.add(rows[i]!.label);
    if (rival.has(i) && !onItsLine(i, t)) {
      undecided.set(rows[i]!.label, rival.get(i)!);
      continue;
    }
    for (const u of t.units) used.add(u);
    taken.set(rows[i]!.label, t);
  }
  // A row that took nothing but would take runs in a rival pairing is undecided too.
  for (const [k, units] of rival) if (!takes.has(k)) undecided.set(rows[k]!.label, units);
  const unpaired = units.flatMap((u, k) => (u.hasValue && !used.has(k) ? [k] : []));
  return { taken, unpaired, undecided, onLine };
}
