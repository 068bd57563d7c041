// Decides which row of the national format each logical row of the source is (SPEC §11:
// locate rows by their labels, tolerantly). Every source row is scored against every format row
// by label similarity; the order of the format is then imposed by a monotone alignment (the
// classic dynamic programme of sequence alignment), so a label that resembles two rows goes to
// the one that fits the order. Source rows whose labels are too damaged to match (a typo in a
// two-character label) are placed by position only next to a matched row and only when they are
// exactly as many as the format rows missing there; the summary says so.
import { normalizeLabel, similarity, similarityBound } from './label-match';
import { firstGroupBlanks, hasValue, type LogicalRow } from './table-tokens';

export type RowCandidate<K> = {
  key: K;
  /** normalised forms of the label(s) this row is published under */
  forms: readonly string[];
  /** cells the row has in the source */
  cells: number;
  /** false for group rows (「（三）不予公开」): never placed by position */
  fillable: boolean;
};

export type AlignedRow<K> = {
  row: LogicalRow;
  key: K;
  score: number;
  /** the label as the source wrote it (the pieces that matched, joined) */
  labelText: string;
  byPosition: boolean;
};

/** Similarity a label needs (one wrong character in a three-character label still passes). */
export const ROW_SIMILARITY = 0.6;
/** Label pieces considered: a label wrapped over several lines, behind headers and group labels. */
const MAX_PIECES = 6;
/** Longest run of damaged labels placed by position. */
const MAX_FILL = 3;
/** A real table has about 30 logical rows; past this the section is not a table (bounds the work). */
const MAX_ROWS = 300;

type Tail = { text: string; norm: string };

function tails(row: LogicalRow): Tail[] {
  const out: Tail[] = [];
  let text = '';
  for (let k = row.label.length - 1; k >= 0 && out.length < MAX_PIECES; k--) {
    // Pieces of one label wrapped mid-word join without a space (「商业」「企业」 → 「商业企业」).
    text = row.label[k]!.text + text;
    out.push({ text, norm: normalizeLabel(text) });
  }
  return out;
}

function score<K>(
  rowTails: readonly Tail[],
  row: LogicalRow,
  c: RowCandidate<K>,
): { score: number; text: string } {
  if (!hasValue(row.run) && firstGroupBlanks(row.run) < c.cells) return { score: 0, text: '' };
  let best = { score: 0, text: '' };
  for (const tail of rowTails)
    for (const form of c.forms) {
      if (similarityBound(tail.norm, form) <= best.score) continue;
      const s = similarity(tail.norm, form);
      if (s > best.score) best = { score: s, text: tail.text };
    }
  return best;
}

export function alignRows<K>(
  all: readonly LogicalRow[],
  candidates: readonly RowCandidate<K>[],
): AlignedRow<K>[] {
  const rows = all.slice(0, MAX_ROWS);
  const m = rows.length;
  const n = candidates.length;
  const rowTails = rows.map(tails);
  const scores = rows.map((row, i) => candidates.map((c) => score(rowTails[i]!, row, c)));
  // dp[i][j]: best total over the first i source rows and the first j format rows.
  const width = n + 1;
  const dp = new Float64Array((m + 1) * width);
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const s = scores[i - 1]![j - 1]!.score;
      const diagonal = s >= ROW_SIMILARITY ? dp[(i - 1) * width + j - 1]! + s : -1;
      dp[i * width + j] = Math.max(dp[(i - 1) * width + j]!, dp[i * width + j - 1]!, diagonal);
    }
  const match = new Array<number>(m).fill(-1);
  for (let i = m, j = n; i > 0 && j > 0; ) {
    const here = dp[i * width + j]!;
    if (here === dp[(i - 1) * width + j]!) i--;
    else if (here === dp[i * width + j - 1]!) j--;
    else {
      match[i - 1] = j - 1;
      i--;
      j--;
    }
  }
  fillByPosition(rows, candidates, match);
  const out: AlignedRow<K>[] = [];
  match.forEach((j, i) => {
    if (j < 0) return;
    const matched = scores[i]![j]!;
    const byPosition = matched.score < ROW_SIMILARITY;
    const label = byPosition ? (rows[i]!.label.at(-1)?.text ?? '') : matched.text;
    out.push({ row: rows[i]!, key: candidates[j]!.key, score: matched.score, labelText: label, byPosition });
  });
  return out;
}

function fillByPosition<K>(
  rows: readonly LogicalRow[],
  candidates: readonly RowCandidate<K>[],
  match: number[],
): void {
  let prevRow = -1;
  let prevCand = -1;
  for (let i = 0; i <= rows.length; i++) {
    if (i < rows.length && match[i]! < 0) continue;
    const nextCand = i < rows.length ? match[i]! : candidates.length;
    const gapRows: number[] = [];
    for (let r = prevRow + 1; r < i; r++) if (hasValue(rows[r]!.run)) gapRows.push(r);
    const gapCands: number[] = [];
    for (let c = prevCand + 1; c < nextCand; c++) if (candidates[c]!.fillable) gapCands.push(c);
    // Only when the damaged rows are exactly as many as the format rows missing there, and only
    // a short run (a longer one is more likely a different layout) next to at least one match.
    const anchored = prevRow >= 0 || i < rows.length;
    if (anchored && gapRows.length > 0 && gapRows.length <= MAX_FILL && gapRows.length === gapCands.length)
      gapRows.forEach((r, k) => {
        match[r] = gapCands[k]!;
      });
    prevRow = i;
    prevCand = nextCand;
  }
}
