// Words of a PDF with their positions, read with poppler's `pdftotext -bbox` (poppler-utils;
// .ci/run installs it). Coordinates are converted to millimetres from the page's top-left corner.
// x positions are exact; the vertical extent of a word is the font's box, which Chromium's Type 3
// fonts make taller than the glyphs, so vertical order uses the word's centre, never its edges.
import { execFileSync } from 'node:child_process';

export const MM_PER_PT = 25.4 / 72;

export type PdfWord = { text: string; x0: number; x1: number; y0: number; y1: number; cy: number };
export type PdfTextPage = { number: number; width: number; height: number; words: PdfWord[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? ''),
  );

/**
 * Older Skia (Chromium 86) maps some glyphs of the CJK fonts to Kangxi/CJK radical code points
 * (U+2E80–U+2FDF) in the PDF's ToUnicode: the glyph printed is 「一」, the text says 「⼀」. Those
 * code points never occur in a report, so they are read as the ideograph they print.
 */
const unifyRadicals = (s: string) => s.replace(/[\u2e80-\u2fdf]/g, (ch) => ch.normalize('NFKC'));

const attr = (tag: string, name: string): number => {
  const m = new RegExp(`${name}="([-0-9.]+)"`).exec(tag);
  if (!m) throw new Error(`pdftotext: no ${name} in ${tag}`);
  return Number(m[1]) * MM_PER_PT;
};

export function readPdfWords(path: string): PdfTextPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString(
    'utf8',
  );
  const pages: PdfTextPage[] = [];
  for (const m of xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const words: PdfWord[] = [];
    for (const w of (m[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
      const tag = w[1] ?? '';
      const y0 = attr(tag, 'yMin');
      const y1 = attr(tag, 'yMax');
      words.push({
        text: unifyRadicals(decode(w[2] ?? '')),
        x0: attr(tag, 'xMin'),
        x1: attr(tag, 'xMax'),
        y0,
        y1,
        cy: (y0 + y1) / 2,
      });
    }
    const head = m[1] ?? '';
    pages.push({ number: pages.length + 1, width: attr(head, 'width'), height: attr(head, 'height'), words });
  }
  return pages;
}

export type VisualLine = { cy: number; x0: number; x1: number; text: string; words: PdfWord[] };

/**
 * Words grouped into the lines a reader sees: words whose centres lie within `tolerance` mm of each
 * other, left to right, joined without spaces (Chinese text has none; a table row's cells become one
 * line). Sorted top to bottom.
 */
export function visualLines(words: readonly PdfWord[], tolerance = 1.2): VisualLine[] {
  const sorted = [...words].sort((a, b) => a.cy - b.cy);
  const lines: PdfWord[][] = [];
  for (const w of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(w.cy - (last[0]?.cy ?? 0)) <= tolerance) last.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    const inOrder = ws.sort((a, b) => a.x0 - b.x0);
    return {
      cy: inOrder.reduce((s, w) => s + w.cy, 0) / inOrder.length,
      x0: Math.min(...inOrder.map((w) => w.x0)),
      x1: Math.max(...inOrder.map((w) => w.x1)),
      text: inOrder.map((w) => w.text).join(''),
      words: inOrder,
    };
  });
}
