// The rows of a table read from its text (nianbao issue 18), whatever shape the text took: the
// labels are located in the text stream (locate-labels.ts), the runs of cells are paired with
// them in order (pair-cells.ts). Rows whose labels are too damaged to be found are placed by
// position — only between two found rows, only when exactly as many unpaired runs sit there as
// rows are missing there, at most three — and the summary says so. Between two rows whose numbers
// sit on their label's own line, rows whose numbers cannot be told apart (labels torn from their
// numbers by a converter, one label lost) are read in the format's order only when exactly as many
// runs as rows sit there; otherwise they are left unread (settleBetweenAnchors).
import { type LabelCandidate, type LocatedLabel, locateLabels } from './locate-labels';
import { type CellUnit, cellUnits, type Pairing, pairCells } from './pair-cells';
import { type TableToken, type TakenCells, takeCells } from './table-tokens';

export type TableRowCandidate<K> = LabelCandidate<K> & {
  /** cells the row has in the source */
  cells: number;
  /** whether the row holds numbers (group rows do not) */
  takesCells: boolean;
  /** whether a damaged label may be placed by position */
  fillable: boolean;
};

export type RowRead<K> = {
  index: number;
  key: K;
  /** the label as the source wrote it */
  labelText: string;
  byPosition: boolean;
  /** the row's cells; null when its label was found but no numbers for it */
  cells: TakenCells | null;
  /** its label was found but which numbers are its cannot be decided (several pairings fit) */
  undecided?: boolean;
  /** its numbers are one run right after its label on the label's own line (first token of the run) */
  onLineAt?: number;
};

export type TableRead<K> = {
  /** by candidate index: the rows found (label, or placed by position) */
  rows: Map<number, RowRead<K>>;
  /** runs of numbers no row took, with the text just before them */
  unpaired: { unit: CellUnit; before: string }[];
  /** every label found, group labels included */
  located: LocatedLabel<K>[];
};

/** Why a row found by its label was left unread: its numbers could be another row's as well. */
export const UNDECIDED_REASON = (row: string) =>
  `原文中${row}一行的标签与数字分开印（或标签离开了本行），按顺序有不止一种对应，无法确定哪组数字属于本行`;

const MAX_FILL = 3;
/** Rows between two anchors that may be read by their order and count (a small stretch of the table). */
const MAX_SETTLE = 6;

function textBefore(tokens: readonly TableToken[], at: number, floor: number): string {
  for (let i = at - 1; i > floor; i--) {
    const t = tokens[i]!;
    if (t.kind === 'text') return t.text;
  }
  return '';
}

export function readTableRows<K>(
  tokens: readonly TableToken[],
  candidates: readonly TableRowCandidate<K>[],
): TableRead<K> {
  const units = cellUnits(tokens);
  const located = locateLabels(tokens, candidates);
  const dataRows = located
    .map((l, k) => ({ l, k }))
    .filter(({ l }) => candidates[l.index]!.takesCells)
    .map(({ l, k }) => ({ label: k, cells: candidates[l.index]!.cells }));
  const pairing = pairCells(tokens, located, dataRows, units);
  const rows = new Map<number, RowRead<K>>();
  for (const [k, l] of located.entries()) {
    const c = candidates[l.index]!;
    if (!c.takesCells) continue;
    rows.set(l.index, {
      index: l.index,
      key: l.key,
      labelText: l.text,
      byPosition: false,
      cells: pairing.taken.get(k)?.cells ?? null,
      ...(pairing.undecided.has(k) ? { undecided: true } : {}),
      ...(pairing.onLine.has(k) ? { onLineAt: units[pairing.taken.get(k)!.units[0]!]!.first } : {}),
    });
  }
  const unpaired = new Set(pairing.unpaired);
  const settled = settleBetweenAnchors(tokens, candidates, located, units, pairing, rows);
  for (const u of settled.given) unpaired.delete(u);
  const blocked = new Set([...[...pairing.undecided.values()].flat(), ...settled.blocked]);
  fillByPosition(tokens, candidates, located, units, unpaired, rows, blocked);
  return {
    rows,
    located,
    unpaired: [...unpaired]
      .sort((a, b) => a - b)
      .map((u) => ({
        unit: units[u]!,
        before: textBefore(tokens, units[u]!.first, -1),
      })),
  };
}

/** Damaged labels between found rows, placed by position when the counts fit exactly. */
function fillByPosition<K>(
  tokens: readonly TableToken[],
  candidates: readonly TableRowCandidate<K>[],
  located: readonly LocatedLabel<K>[],
  units: readonly CellUnit[],
  unpaired: Set<number>,
  rows: Map<number, RowRead<K>>,
  blocked: ReadonlySet<number>,
): void {
  const anchors = located.filter((l) => candidates[l.index]!.takesCells);
  for (let a = 0; a <= anchors.length; a++) {
    const prev = anchors[a - 1];
    const next = anchors[a];
    if (!prev && !next) return;
    const fromCand = prev ? prev.index + 1 : 0;
    const toCand = next ? next.index : candidates.length;
    const missing: number[] = [];
    for (let c = fromCand; c < toCand; c++)
      if (candidates[c]!.fillable && candidates[c]!.takesCells && !rows.has(c)) missing.push(c);
    // Between the two found labels (after the previous one's own numbers), before the next one.
    const fromToken = prev ? prev.lastToken : -1;
    const toToken = next ? next.firstToken : tokens.length;
    const gap = [...unpaired]
      .filter((u) => units[u]!.first > fromToken && units[u]!.first < toToken)
      .sort((x, y) => x - y);
    if (missing.length === 0 || missing.length > MAX_FILL || gap.length !== missing.length) continue;
    if (gap.some((u) => blocked.has(u))) continue;
    gap.forEach((u, k) => {
      const c = missing[k]!;
      const unit = units[u]!;
      unpaired.delete(u);
      rows.set(c, {
        index: c,
        key: candidates[c]!.key,
        labelText: textBefore(tokens, unit.first, fromToken),
        byPosition: true,
        cells: takeCells(unit.cells, candidates[c]!.cells),
      });
    });
  }
}

/**
 * Between two rows whose numbers sit on their own label's line (anchors), the rows left undecided
 * by the pairing or whose label was not found, with the rows decided there, take the runs between
 * the anchors in the format's order — only when every one of those rows is there once, each run
 * fits its row, and no decided row would change. When a label was lost there, that fails and
 * more runs sit there than found rows, no row there whose numbers are off its label's line is
 * read: the lost row's numbers are among theirs. Returns the units it gave to rows and the units no row may take by position.
 */
function settleBetweenAnchors<K>(
  tokens: readonly TableToken[],
  candidates: readonly TableRowCandidate<K>[],
  located: readonly LocatedLabel<K>[],
  units: readonly CellUnit[],
  pairing: Pairing,
  rows: Map<number, RowRead<K>>,
): { given: number[]; blocked: number[] } {
  const given: number[] = [];
  const blocked: number[] = [];
  const unitOf = new Map<number, number>();
  for (const [k, t] of pairing.taken) if (t.units.length === 1) unitOf.set(k, t.units[0]!);
  const locatedAt = new Map(located.map((l, k) => [l.index, k]));
  const anchors = [...located.entries()].filter(
    ([k, l]) => candidates[l.index]!.takesCells && pairing.onLine.has(k),
  );
  for (let a = 1; a < anchors.length; a++) {
    const [pk, prev] = anchors[a - 1]!;
    const [, next] = anchors[a]!;
    const between: number[] = [];
    for (let c = prev.index + 1; c < next.index; c++) if (candidates[c]!.takesCells) between.push(c);
    const missing = between.filter((c) => !rows.has(c) && candidates[c]!.fillable);
    const open = between.filter((c) => rows.get(c)?.undecided === true || missing.includes(c));
    if (open.length === 0 || between.length > MAX_SETTLE) continue;
    const from = units[unitOf.get(pk)!]!.last;
    const gap = units.flatMap((u, k) =>
      u.hasValue && u.first > from && u.first < next.firstToken ? [k] : [],
    );
    const fits = gap.map((u, k) =>
      k < between.length ? takeCells(units[u]!.cells, candidates[between[k]!]!.cells) : null,
    );
    // A row the pairing decided must keep its run.
    const keeps = between.every((c, k) => {
      const r = rows.get(c);
      if (!r || r.undecided) return true;
      return unitOf.get(locatedAt.get(c)!) === gap[k];
    });
    const settles =
      gap.length === between.length &&
      between.every((c) => rows.has(c) || candidates[c]!.fillable) &&
      fits.every((t) => t?.status === 'ok') &&
      keeps;
    if (!settles) {
      // Runs there beyond the found rows' own: the lost row's may be among them (a 2019 table
      // without the rows leaves none).
      const found = between.filter((c) => rows.has(c)).length;
      if (missing.length === 0 || gap.length <= found) continue;
      for (const c of between) {
        const r = rows.get(c);
        const k = locatedAt.get(c);
        if (!r || (k !== undefined && pairing.onLine.has(k))) continue;
        rows.set(c, { ...r, cells: null, undecided: true });
      }
      blocked.push(...gap);
      continue;
    }
    between.forEach((c, k) => {
      const r = rows.get(c);
      if (r && !r.undecided) return;
      const u = gap[k]!;
      given.push(u);
      rows.set(c, {
        index: c,
        key: candidates[c]!.key,
        labelText: r ? r.labelText : textBefore(tokens, units[u]!.first, from),
        byPosition: !r,
        cells: fits[k]!,
      });
    });
  }
  return { given, blocked };
}
