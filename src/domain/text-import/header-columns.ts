// Which column a printed number stands in, by its position under the table's header labels, in
// text laid out by columns (nianbao issue 18: a table printed with its zero cells blank leaves no
// trace of them in a PDF's text, so a row shows fewer numbers than the table has columns).
//
// Our PDF reader (pdf-text/layout.ts) writes every piece of text that stands first on its line, or
// three spaces or more after the text before it, at the character its column gives (its x on the
// page over half the document's most common font size, one grid for all pages); from there a
// Chinese character takes two columns at that size, a digit one, both scaled by the table's font
// size against it (unknown from the text: every scale from MIN_SCALE to MAX_SCALE is tried). A
// number stands in a label's column when its middle lies within that label and every other label
// stands APART columns away from it (a number centred in its cell lies within the label centred
// over it; a left-aligned one starts where a left-aligned label starts); a cell's number cannot lie
// within another cell's label. A piece one or two spaces after the text before it may have been
// pushed right by that text: its position says nothing (numbers one space apart are neighbouring
// columns, applications-blank-zeros.ts).
//
// Text that is not laid out so (pdftotext -layout puts a piece at the column of the longest chain of
// text to its left, not at its x, and its header labels one space apart; a browser copy; Word)
// does not pass the checks: every label found once as a piece standing at its column, in the
// table's order, and EVERY number standing at its column under exactly one label, under the same
// one at every scale that puts all of them under one. Where any check fails no position is used
// (the table is read by its identities alone, as before, cells left unread where they do not
// decide); positions only narrow the readings the identities allow (column-placement.ts `fixed`).
import type { CellToken } from './table-tokens';

/**
 * A number's middle must stand within its label (a number centred in its cell stands within the
 * label centred over it, one left-aligned under one left-aligned), and every other label at least
 * APART columns away (a column is half a font size; each start is rounded to the nearest). The
 * glyphs' widths in columns depend on the table's font size against the grid's (two columns a
 * Chinese character at the grid's size): tried from MIN_SCALE to MAX_SCALE.
 */
const NEAR = 0;
const APART = 1.5;
const MIN_SCALE = 0.5;
const MAX_SCALE = 1.1;
const SCALE_STEP = 0.01;

const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Columns a text takes: two for a Chinese character, one for others. */
export function columnsOf(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/**
 * Whether the piece starting at `at` stands exactly at its column (pdf-text/layout.ts): first on its
 * line, three spaces or more after the text before it, or two after Chinese text when it starts
 * with Chinese text itself (such a piece is written at its column at least one space after).
 */
function placed(line: string, at: number): boolean {
  const before = line.slice(0, at);
  if (before.trim() === '') return true;
  const spaces = before.length - before.trimEnd().length;
  if (spaces >= 3) return true;
  const last = [...before.trimEnd()].pop() ?? '';
  return spaces === 2 && WIDE.test(last) && WIDE.test(String.fromCodePoint(line.codePointAt(at) ?? 0));
}

type Piece = { text: string; at: number; line: number };
type Span = { at: number; width: number };
/** A label: where it starts, and its pieces (its end depends on the glyphs' scale). */
type Head = { at: number; spans: Span[] };
const endOf = (h: Head, scale: number) => Math.max(...h.spans.map((x) => x.at + scale * x.width));

const prefixOfSome = (labels: readonly string[], text: string) => labels.some((l) => l.startsWith(text));

/**
 * The header's labels, left to right, one for each column in the table's order, each as the
 * columns it takes; null where they are not so. A label wrapped in its cell is its lines one under
 * the other at the same column (「结果」「维持」, 「总」「计」); a line under another that continues
 * it (「其他」「结果」) is no label of its own.
 */
function headerLabels(
  lines: readonly string[],
  firstLine: number,
  headerEnd: number,
  labels: readonly string[],
): Head[] | null {
  const pieces: Piece[] = [];
  for (let l = firstLine; l < headerEnd; l++)
    for (const m of (lines[l - firstLine] ?? '').matchAll(/\S+/gu))
      pieces.push({ text: m[0], at: m.index ?? 0, line: l });
  const taken = new Set<Piece>();
  const found: { head: Head; text: string; piece: Piece }[] = [];
  for (const p of pieces) {
    if (taken.has(p) || !prefixOfSome(labels, p.text)) continue;
    let text = '';
    const spans: Span[] = [];
    // The piece, the pieces after it on its line that go on with the label (a label printed letter-
    // spaced: 「自  然」), then the same below it, line by line (wrapped in its cell: 「人」).
    const take = (first: Piece) => {
      const line = pieces.filter((q) => q.line === first.line && q.at >= first.at && !taken.has(q));
      for (const q of line) {
        if (q !== first && !prefixOfSome(labels, text + q.text)) break;
        taken.add(q);
        text += q.text;
        spans.push({ at: q.at, width: columnsOf(q.text) });
      }
    };
    take(p);
    for (let l = p.line + 1; l < headerEnd; l++) {
      const below = pieces.find((q) => q.line === l && !taken.has(q) && Math.abs(q.at - p.at) <= 1);
      if (!below) continue;
      if (!prefixOfSome(labels, text + below.text)) break;
      take(below);
    }
    const at = Math.min(...spans.map((x) => x.at));
    if (columnsOf(text) >= 4) found.push({ head: { at, spans }, text, piece: p });
  }
  found.sort((a, b) => a.head.at - b.head.at);
  if (found.length !== labels.length) return null;
  for (const [k, f] of found.entries()) {
    if (!labels[k]!.startsWith(f.text) || (k > 0 && f.head.at <= found[k - 1]!.head.at)) return null;
    if (!placed(lines[f.piece.line - firstLine]!, f.piece.at)) return null;
  }
  return found.map((f) => f.head);
}

/**
 * For each row, for each of its printed numbers: the column its position under the header labels
 * proves, or null where it proves none; null for the whole table where the text is not laid out by
 * position (see the header). `labels`: the header labels of the table's columns, left to right (a
 * label may come again: part 四 prints its five three times); `lines`: the table's text, `firstLine`
 * the index of lines[0]; the header is the lines before `headerEnd`.
 */
export function columnsByPosition(
  lines: readonly string[],
  firstLine: number,
  headerEnd: number,
  rows: readonly (readonly CellToken[])[],
  labels: readonly string[],
): (number | null)[][] | null {
  const heads = headerLabels(lines, firstLine, headerEnd, labels);
  if (heads === null) return null;
  // The numbers standing exactly at their columns.
  const numbers: { row: number; cell: number; at: number; width: number }[] = [];
  rows.forEach((cells, row) => {
    cells.forEach((c, cell) => {
      if (c.kind !== 'value' || c.at === undefined) return;
      const text = lines[c.line - firstLine];
      if (text !== undefined && placed(text, c.at))
        numbers.push({ row, cell, at: c.at, width: columnsOf(c.text) });
    });
  });
  if (numbers.length === 0) return null;
  // Every scale the table's glyphs may have against the grid: each that puts every number under
  // one label must put it under the same one.
  let columns: number[] | null = null;
  for (let step = 0; step <= Math.round((MAX_SCALE - MIN_SCALE) / SCALE_STEP); step++) {
    const scale = MIN_SCALE + step * SCALE_STEP;
    const under = numbers.map((n) => {
      const m = n.at + (scale * n.width) / 2;
      const away = heads.map((h) => Math.max(0, h.at - m, m - endOf(h, scale)));
      const near = away.flatMap((d, k) => (d <= NEAR ? [k] : []));
      return near.length === 1 && away.every((d, k) => k === near[0] || d > APART) ? near[0]! : -1;
    });
    if (under.includes(-1)) continue;
    if (columns?.some((k, i) => k !== under[i])) return null;
    columns = under;
  }
  if (!columns) return null;
  const out: (number | null)[][] = rows.map((cells) => cells.map(() => null));
  numbers.forEach((n, i) => {
    out[n.row]![n.cell] = columns[i]!;
  });
  // Left to right in each row, as printed.
  for (const row of out) {
    const known = row.filter((k): k is number => k !== null);
    if (known.some((k, i) => i > 0 && k <= known[i - 1]!)) return null;
  }
  return out;
}
