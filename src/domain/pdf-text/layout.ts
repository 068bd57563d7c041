// A page's glyphs as text laid out like `pdftotext -layout`, the shape the importer reads
// (text-import/number-spacing.ts): lines by baseline, top to bottom; in a line, glyphs by x; glyphs
// closer than a tenth of the font size run together, pieces under 2 font sizes apart are one space
// apart, and a piece further away starts at the column its x gives (half a font size per column),
// at least two spaces after the text before it — so one space between two numbers means they stand
// close: neighbouring table cells (a table's number columns are about 2–3 font sizes wide at 10.5 pt,
// so numbers with a blank cell between stand over 3 apart), and table columns keep their gaps as runs
// of spaces. 2 rather than 1.5: on our Chromium prints with zeros printed blank, the importer then
// proves as many cells as from pdftotext's text (scripts/corpus-pdf/own-reader-check.ts).
// Two pieces of wide (CJK) text with a gap between (the labels of neighbouring header cells:
// 「商业企业 科研机构」) also start at their columns (at least one space apart). A Chinese character
// is one character of text but two columns wide, so after Chinese text there is always room: a
// piece after three spaces or more, or first on its line, stands exactly at its column, and the
// importer can put a number under its header label by position (text-import/header-columns.ts).
// One grid for the whole document (the most common font size, the leftmost text of any page), so a
// table continued on the next page keeps its columns.
import type { Glyph } from './interpret';

/** What stands for a glyph whose code maps to no text: never a guessed character. */
export const UNREADABLE = '\uFFFD';

const WORD_BREAK = 0.1; // × font size: a smaller gap is inside a word
const SAME_PIECE = 2; // × font size: a smaller gap is one space (see the header)
const BASELINE = 0.3; // × font size: baselines closer than this are one line
/** A rotated run over this many times the page's common text size is decoration (a watermark, a seal). */
const DECORATION = 2.5;

/** Page coordinates beyond this (points, about 35 m) are no text on a page. */
const FAR = 100_000;
const MAX_SIZE = 5_000;
const onPage = (v: number) => Number.isFinite(v) && Math.abs(v) < FAR;
/** Columns are at least half a point wide, and a line at most this many columns. */
const MIN_UNIT = 0.5;
const MAX_COLUMN = 2_000;

type Piece = { text: string; x: number; end: number; y: number; size: number; run?: true };

/** Rotated or vertical text, shown glyph by glyph in order, becomes one piece per run. */
function runsOf(glyphs: readonly Glyph[]): Piece[] {
  const pieces: Piece[] = [];
  let run: Glyph[] = [];
  const flush = () => {
    if (run.length === 0) return;
    let size = 0;
    let x = Number.POSITIVE_INFINITY;
    let top = Number.NEGATIVE_INFINITY;
    let bottom = Number.POSITIVE_INFINITY;
    for (const g of run) {
      size = Math.max(size, g.size);
      x = Math.min(x, g.x);
      top = Math.max(top, g.y);
      bottom = Math.min(bottom, g.y);
    }
    const text = run.map((g) => g.text ?? UNREADABLE).join('');
    pieces.push({ text, x, end: x + size, y: (top + bottom) / 2, size, run: true });
    run = [];
  };
  for (const g of glyphs) {
    const last = run[run.length - 1];
    if (
      last &&
      (g.seq !== last.seq + 1 || Math.hypot(g.x - last.x, g.y - last.y) > 2.5 * Math.max(g.size, last.size))
    ) {
      flush();
    }
    run.push(g);
  }
  flush();
  return pieces;
}

/** Wide characters (CJK ideographs, kana, hangul, full-width forms and punctuation): two columns. */
const WIDE =
  /^[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]$/u;
const wideStart = (text: string) => WIDE.test(String.fromCodePoint(text.codePointAt(0) ?? 0));
const wideEnd = (text: string) => WIDE.test([...text].pop() ?? '');

const mostCommonSize = (glyphs: readonly { size: number }[]) => {
  const counts = new Map<number, number>();
  for (const g of glyphs) {
    const k = Math.round(g.size * 2) / 2;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = 10;
  let most = 0;
  for (const [k, n] of counts) {
    if (n > most && k > 0) {
      best = k;
      most = n;
    }
  }
  return best;
};

/** The columns of laid-out text: `unit` points wide, column 0 at `left` (page space). */
export type Grid = { unit: number; left: number };

/** Pieces of a page that are laid out (glyphs on the page; rotated text as runs). */
function piecesOf(glyphs: readonly Glyph[]): Piece[] {
  const upright: Piece[] = [];
  for (const g of glyphs) {
    if (!g.upright || !(g.size > 0)) continue;
    upright.push({
      text: g.text ?? UNREADABLE,
      x: g.x,
      end: g.x + Math.max(0, g.width),
      y: g.y,
      size: g.size,
    });
  }
  // Glyphs far off any page (a broken or hostile matrix) are not laid out: no line of a million spaces.
  return upright
    .concat(runsOf(glyphs.filter((g) => !g.upright && g.size > 0)))
    .filter((p) => onPage(p.x) && onPage(p.y) && onPage(p.end) && p.size < MAX_SIZE);
}

/** The grid of a document's pages: half its most common font size, from its leftmost text. */
export function gridOf(pages: readonly (readonly Glyph[])[]): Grid | null {
  const all = pages.flatMap((g) => piecesOf(g));
  if (all.length === 0) return null;
  let left = Number.POSITIVE_INFINITY;
  for (const p of all) left = Math.min(left, p.x);
  return { unit: Math.max(MIN_UNIT, mostCommonSize(all) / 2), left };
}

/** The page's text; an empty string for a page without text. `grid`: the document's (else the page's own). */
export function layoutPage(glyphs: readonly Glyph[], grid?: Grid | null): string {
  const all = piecesOf(glyphs);
  if (all.length === 0) return '';
  const { unit, left } = grid ?? gridOf([glyphs])!;

  // Lines: by baseline, top first. A rotated run far larger than the page's text is decoration — a
  // 「草稿」 watermark across the page, a seal's ring of characters — and no text of the report: laid
  // out at its size it drew the rows it crossed into one line, their characters interleaved
  // (「属属于于行行政政…」), and as a line of its own it would put 「草稿」 into the paragraphs.
  const common = mostCommonSize(all.filter((p) => !p.run));
  const text = all.filter((p) => !(p.run === true && p.size > DECORATION * common));
  if (text.length === 0) return '';
  const sorted = text.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: Piece[] }[] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && line.y - p.y <= BASELINE * Math.max(line.size, p.size)) {
      line.pieces.push(p);
      line.size = Math.max(line.size, p.size);
    } else lines.push({ y: p.y, size: p.size, pieces: [p] });
  }

  const out: string[] = [];
  let previousY: number | null = null;
  let previousSize = 0;
  for (const line of lines) {
    if (previousY !== null) {
      // Blank lines for a vertical gap well over a line's height.
      const gap = previousY - line.y;
      const height = 1.2 * Math.max(line.size, previousSize);
      const blanks = Math.min(4, Math.floor(gap / height - 0.75));
      for (let k = 0; k < blanks; k++) out.push('');
    }
    previousY = line.y;
    previousSize = line.size;
    out.push(renderLine(line.pieces, left, unit));
  }
  return out.join('\n');
}

function renderLine(pieces: Piece[], left: number, unit: number): string {
  const byX = pieces.slice().sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let lastPiece: Piece | null = null;
  for (const p of byX) {
    // Text drawn twice a hair apart (bold made by overprinting) shows once.
    if (
      lastPiece &&
      lastPiece.text === p.text &&
      Math.abs(p.x - lastPiece.x) < 0.35 * Math.max(p.end - p.x, 0.05 * p.size) &&
      Math.abs(p.y - lastPiece.y) < 0.3 * p.size
    ) {
      continue;
    }
    const size = Math.max(p.size, lastPiece?.size ?? 0);
    const gap = p.x - end;
    if (lastPiece === null) {
      text = ' '.repeat(Math.min(MAX_COLUMN, Math.max(0, Math.round((p.x - left) / unit))));
    } else if (gap <= WORD_BREAK * size) {
      // same word
    } else if (
      gap < SAME_PIECE * size &&
      !(lastPiece.text.length > 0 && wideEnd(lastPiece.text) && wideStart(p.text))
    ) {
      text += ' ';
    } else if (gap < SAME_PIECE * size) {
      // wide text after wide text: at its column, at least one space after the text before it
      const column = Math.min(MAX_COLUMN, Math.round((p.x - left) / unit));
      text += ' '.repeat(Math.max(1, column - text.length));
    } else {
      const column = Math.min(MAX_COLUMN, Math.round((p.x - left) / unit));
      text += ' '.repeat(Math.max(2, column - text.length));
    }
    text += p.text;
    end = Math.max(end, p.end);
    lastPiece = p;
  }
  return text.replace(/\s+$/u, '');
}
