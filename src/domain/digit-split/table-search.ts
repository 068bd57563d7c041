// The search that picks one cut per row so that a table's identities hold (nianbao issue 9).
// A row cut alone is often ambiguous; the table is not, because every column must add up
// (「（七）总计」 = the 21 result rows; 「第一项加第二项之和，等于第三项加第四项之和」).
// Each identity is a signed sum of one column over some rows that must equal 0. The search
// narrows every row's candidate cuts by interval bounds until nothing changes, then backtracks
// over the rows still open, fewest candidates first, pruning on the partial column sums (by
// bounds and by the exact set of sums the open rows can still make), and remembering partial
// sums that led nowhere. A node budget bounds the time on pathological input.
// A cell that was not read (a row left unread, or a blank) is a free non-negative unknown:
// it turns its side of every identity it is in into a half-line, which is exact for one unread
// row and a safe relaxation (never rejects a true reading) for more.
import { addChoices, canMake, type SumSet, ZERO_SUM } from './reachable-sums';

/** A cell that was not read: any count ≥ 0. */
export const UNKNOWN_CELL = -1;

export interface IdentityTerm {
  readonly slot: number;
  readonly coef: 1 | -1;
}

/** Σ coef × (cell `column` of row `slot`) over the terms = 0. */
export interface Identity {
  readonly column: number;
  readonly terms: readonly IdentityTerm[];
}

/** The readings still possible for one row; null when nothing of the row is known. */
export type SlotCandidates = readonly (readonly number[])[] | null;

export interface SearchResult {
  /** Each solution gives, per slot, the index of its reading in that slot's candidates (-1 for a null slot). */
  readonly solutions: number[][];
  /** More solutions exist than `limit`. */
  readonly more: boolean;
  /** The node budget ran out before the search finished: `solutions` may be incomplete. */
  readonly budgetExceeded: boolean;
  /** Search nodes spent, to share one budget among several searches. */
  readonly nodes: number;
}

interface SlotTerm {
  readonly identity: number;
  readonly coef: 1 | -1;
  readonly column: number;
}

/** Interval bounds: lo is finite or -Infinity, hi is finite or +Infinity, so sums never meet ∞ − ∞. */
function contribution(value: number, coef: 1 | -1): [number, number] {
  if (value === UNKNOWN_CELL) return coef > 0 ? [0, Number.POSITIVE_INFINITY] : [Number.NEGATIVE_INFINITY, 0];
  return [coef * value, coef * value];
}

function slotTerms(slotCount: number, identities: readonly Identity[]): SlotTerm[][] {
  const bySlot: SlotTerm[][] = Array.from({ length: slotCount }, () => []);
  identities.forEach((identity, index) => {
    for (const t of identity.terms)
      bySlot[t.slot]!.push({ identity: index, coef: t.coef, column: identity.column });
  });
  return bySlot;
}

/** Bound of one slot's cell over its alive candidates (a null slot is all unknown). */
function slotBounds(
  candidates: SlotCandidates,
  alive: readonly number[] | null,
  term: SlotTerm,
): [number, number] {
  if (candidates === null || alive === null) return contribution(UNKNOWN_CELL, term.coef);
  // Plain min/max over the column, then signed: no pair per candidate (this runs in every search).
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let unread = false;
  for (const i of alive) {
    const v = candidates[i]![term.column]!;
    if (v === UNKNOWN_CELL) unread = true;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (unread) {
    min = 0;
    max = Number.POSITIVE_INFINITY;
  }
  return term.coef > 0 ? [min, max] : [-max, -min];
}

const finite = (x: number): number => (Number.isFinite(x) ? x : 0);
const infinite = (x: number): number => (Number.isFinite(x) ? 0 : 1);

/**
 * Drops every candidate that cannot satisfy some identity whatever the other rows read,
 * until nothing changes. Returns the alive candidate indices per slot, or null if a row runs out.
 * Flat numeric arrays rather than [lo, hi] pairs: this runs for every search of a report, and
 * the pairs' garbage dominated its time.
 */
function propagate(
  slots: readonly SlotCandidates[],
  identities: readonly Identity[],
  bySlot: readonly SlotTerm[][],
): (number[] | null)[] | null {
  const n = identities.length;
  const alive: (number[] | null)[] = slots.map((c) => (c === null ? null : c.map((_, i) => i)));
  // Per identity: the sum of every slot's bounds, infinite ends counted apart so that one slot
  // can be taken back out.
  const loFinite = new Float64Array(n);
  const loInfinite = new Int32Array(n);
  const hiFinite = new Float64Array(n);
  const hiInfinite = new Int32Array(n);
  const boundLo = bySlot.map((terms) => new Float64Array(terms.length));
  const boundHi = bySlot.map((terms) => new Float64Array(terms.length));
  let changed = true;
  while (changed) {
    changed = false;
    loFinite.fill(0);
    loInfinite.fill(0);
    hiFinite.fill(0);
    hiInfinite.fill(0);
    for (let s = 0; s < slots.length; s++) {
      bySlot[s]!.forEach((term, j) => {
        const [lo, hi] = slotBounds(slots[s]!, alive[s]!, term);
        boundLo[s]![j] = lo;
        boundHi[s]![j] = hi;
        loFinite[term.identity]! += finite(lo);
        loInfinite[term.identity]! += infinite(lo);
        hiFinite[term.identity]! += finite(hi);
        hiInfinite[term.identity]! += infinite(hi);
      });
    }
    for (let s = 0; s < slots.length; s++) {
      const candidates = slots[s];
      const live = alive[s];
      if (candidates == null || live == null) continue;
      const terms = bySlot[s]!;
      const lo = boundLo[s]!;
      const hi = boundHi[s]!;
      const kept = live.filter((i) => {
        const reading = candidates[i]!;
        for (let j = 0; j < terms.length; j++) {
          const { identity: e, coef, column } = terms[j]!;
          const v = reading[column]!;
          // This candidate's own contribution in place of the slot's bounds.
          const known = v !== UNKNOWN_CELL;
          const ownLo = known ? coef * v : coef > 0 ? 0 : Number.NEGATIVE_INFINITY;
          const ownHi = known ? coef * v : coef > 0 ? Number.POSITIVE_INFINITY : 0;
          const sumLo = loFinite[e]! - finite(lo[j]!) + finite(ownLo);
          const infLo = loInfinite[e]! - infinite(lo[j]!) + infinite(ownLo);
          const sumHi = hiFinite[e]! - finite(hi[j]!) + finite(ownHi);
          const infHi = hiInfinite[e]! - infinite(hi[j]!) + infinite(ownHi);
          if ((infLo === 0 && sumLo > 0) || (infHi === 0 && sumHi < 0)) return false;
        }
        return true;
      });
      if (kept.length === 0) return null;
      if (kept.length !== live.length) {
        alive[s] = kept;
        changed = true;
      }
    }
  }
  return alive;
}

export function searchReadings(
  slots: readonly SlotCandidates[],
  identities: readonly Identity[],
  limit: number,
  nodeBudget = 500_000,
): SearchResult {
  const none: SearchResult = { solutions: [], more: false, budgetExceeded: false, nodes: 0 };
  for (const c of slots) {
    // The backtracking takes readings back out of running sums; an infinite end cannot be.
    if (c !== null && c.length > 1 && c.some((r) => r.includes(UNKNOWN_CELL)))
      throw new Error('searchReadings: a row with several readings must have every cell read');
  }
  const bySlot = slotTerms(slots.length, identities);
  const alive = propagate(slots, identities, bySlot);
  if (alive === null) return none;

  // Rows with one reading left are fixed; the rest are searched, fewest candidates first.
  const open = slots
    .map((_, s) => s)
    .filter((s) => (alive[s]?.length ?? 0) > 1)
    .sort((a, b) => alive[a]!.length - alive[b]!.length || a - b);
  const choice = slots.map((c, s) => (c === null ? -1 : alive[s]![0]!));

  const n = identities.length;
  const partialLo = new Float64Array(n);
  const partialHi = new Float64Array(n);
  for (let s = 0; s < slots.length; s++) {
    if (open.includes(s)) continue;
    const c = slots[s];
    for (const term of bySlot[s]!) {
      const [lo, hi] =
        c == null
          ? contribution(UNKNOWN_CELL, term.coef)
          : contribution(c[choice[s]!]![term.column]!, term.coef);
      partialLo[term.identity]! += lo;
      partialHi[term.identity]! += hi;
    }
  }
  // suffixLo[k * n + e]: the least the open rows from depth k on can still add to identity e.
  const suffixLo = new Float64Array((open.length + 1) * n);
  const suffixHi = new Float64Array((open.length + 1) * n);
  for (let k = open.length - 1; k >= 0; k--) {
    const s = open[k]!;
    for (let e = 0; e < n; e++) {
      suffixLo[k * n + e] = suffixLo[(k + 1) * n + e]!;
      suffixHi[k * n + e] = suffixHi[(k + 1) * n + e]!;
    }
    for (const term of bySlot[s]!) {
      const [lo, hi] = slotBounds(slots[s]!, alive[s]!, term);
      suffixLo[k * n + term.identity]! += lo;
      suffixHi[k * n + term.identity]! += hi;
    }
  }

  // reach[k * n + e]: the sums the open rows from depth k on can add to identity e exactly.
  const reach: (SumSet | null)[] = new Array((open.length + 1) * n).fill(ZERO_SUM);
  for (let k = open.length - 1; k >= 0; k--) {
    const s = open[k]!;
    for (let e = 0; e < n; e++) reach[k * n + e] = reach[(k + 1) * n + e]!;
    for (const term of bySlot[s]!) {
      const steps = [...new Set(alive[s]!.map((i) => term.coef * slots[s]![i]![term.column]!))];
      reach[k * n + term.identity] = addChoices(reach[(k + 1) * n + term.identity]!, steps);
    }
  }
  // With every cell of the identity read so far, the open rows must make up exactly −partial.
  const reachable = (depth: number, e: number): boolean => {
    const set = reach[depth * n + e]!;
    const lo = partialLo[e]!;
    return set === null || lo !== partialHi[e]! || canMake(set, -lo);
  };

  const solutions: number[][] = [];
  let more = false;
  let nodes = 0;
  let budgetExceeded = false;

  const fits = (depth: number, terms: readonly SlotTerm[]): boolean =>
    terms.every(
      (t) =>
        partialLo[t.identity]! + suffixLo[depth * n + t.identity]! <= 0 &&
        partialHi[t.identity]! + suffixHi[depth * n + t.identity]! >= 0 &&
        reachable(depth, t.identity),
    );
  const apply = (s: number, reading: readonly number[], sign: 1 | -1): void => {
    for (const term of bySlot[s]!) {
      // Open rows hold only read cells, so their values are finite and can be taken back out.
      const v = sign * term.coef * reading[term.column]!;
      partialLo[term.identity]! += v;
      partialHi[term.identity]! += v;
    }
  };

  // Different choices above often leave the same column sums (a cut that moves a digit from one
  // cell to the next, compensated by another row): the rows below then face the same problem.
  // Remember the (depth, sums) that led nowhere, so each is explored once: this turns the
  // backtracking into a dynamic programme over partial sums, visited only where it can succeed.
  const deadEnds = new Set<string>();
  // A partial sum with an unread cell is a constant ±∞ on one side: the finite side identifies it.
  const stateKey = (depth: number): string =>
    `${depth}|${partialLo.map((lo, e) => (Number.isFinite(lo) ? lo : partialHi[e]!)).join()}`;
  let stopped = false;

  // Explores the rows from `depth` on; stops once limit + 1 solutions are known or the budget is spent.
  const descend = (depth: number): void => {
    if (depth === open.length) {
      if (solutions.length === limit) {
        more = true;
        stopped = true;
      } else solutions.push([...choice]);
      return;
    }
    const key = stateKey(depth);
    if (deadEnds.has(key)) return;
    const before = solutions.length;
    const s = open[depth]!;
    const candidates = slots[s]!;
    for (const i of alive[s]!) {
      if (++nodes > nodeBudget) {
        budgetExceeded = true;
        stopped = true;
        return;
      }
      const reading = candidates[i]!;
      apply(s, reading, 1);
      choice[s] = i;
      if (fits(depth + 1, bySlot[s]!)) descend(depth + 1);
      apply(s, reading, -1);
      if (stopped) return;
    }
    if (solutions.length === before) deadEnds.add(key);
  };

  const rootFits = identities.every(
    (_, e) => partialLo[e]! + suffixLo[e]! <= 0 && partialHi[e]! + suffixHi[e]! >= 0 && reachable(0, e),
  );
  if (rootFits) descend(0);
  return { solutions, more, budgetExceeded, nodes };
}
