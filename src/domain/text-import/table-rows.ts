// The rows of a table read from its text (nianbao issue 18), whatever shape the text took: the
// labels are located in the text stream (locate-labels.ts), the runs of cells are paired with
// them in order (pair-cells.ts). Rows whose labels are too damaged to be found are placed by
// position — only between two found rows, only when exactly as many unpaired runs sit there as
// rows are missing there, at most three — and the summary says so.
import { type LabelCandidate, type LocatedLabel, locateLabels } from './locate-labels';
import { type CellUnit, cellUnits, pairCells } from './pair-cells';
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
};

export type TableRead<K> = {
  /** by candidate index: the rows found (label, or placed by position) */
  rows: Map<number, RowRead<K>>;
  /** runs of numbers no row took, with the text just before them */
  unpaired: { unit: CellUnit; before: string }[];
  /** every label found, group labels included */
  located: LocatedLabel<K>[];
};

const MAX_FILL = 3;

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
    });
  }
  const unpaired = new Set(pairing.unpaired);
  fillByPosition(tokens, candidates, located, units, unpaired, rows);
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
