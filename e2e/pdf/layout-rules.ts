// The rules a printed report must follow on A4 (issue 14 §4), checked on the PDF itself: page
// geometry after GB/T 9704-2012 (A4 210 × 297 mm; 天头 37 mm ± 1, 订口 28 mm ± 1; 版心 156 × 225 mm,
// page number outside it), tables inside the type area, header rows repeated, no heading as the
// last line of a page, no table leaving a single row on a page. Each rule returns the problems it
// finds in words a reader can check against the PDF (empty = the rule holds).
import { type InkPage, inkBox, verticalRules } from './pdf-ink';
import { type PdfTextPage, type VisualLine, visualLines } from './pdf-words';

/** GB/T 9704-2012 §5.2.1: the type area, in mm from the page's top-left corner. */
export const TYPE_AREA = { x0: 28, y0: 37, x1: 28 + 156, y1: 37 + 225 } as const;
/** The standard's tolerance on the margins. */
export const MARGIN_TOLERANCE = 1;

const f1 = (n: number) => n.toFixed(1);

export function pageSizeProblems(pages: readonly PdfTextPage[]): string[] {
  return pages
    .filter((p) => Math.abs(p.width - 210) > 0.5 || Math.abs(p.height - 297) > 0.5)
    .map((p) => `page ${p.number} is ${f1(p.width)} × ${f1(p.height)} mm, not A4`);
}

/**
 * Ink outside the type area: only the page number may sit below it (GB/T 9704 §7.5), within the
 * type area's width. A table wider than the type area, or clipped at the paper's edge, shows here.
 */
export function inkOutsideTypeAreaProblems(
  pages: readonly InkPage[],
  hanging: readonly HangingBand[] = [],
): string[] {
  const t = MARGIN_TOLERANCE;
  const problems: string[] = [];
  for (const page of pages) {
    const skipRight = hanging.filter((b) => b.page === page.number);
    const w = page.width / page.scale;
    const h = page.height / page.scale;
    const regions = {
      above: { x0: 0, y0: 0, x1: w, y1: TYPE_AREA.y0 - t },
      left: { x0: 0, y0: 0, x1: TYPE_AREA.x0 - t, y1: h },
      right: { x0: TYPE_AREA.x1 + t, y0: 0, x1: w, y1: h },
    };
    for (const [side, region] of Object.entries(regions)) {
      const box = inkBox(page, region, side === 'right' ? skipRight : []);
      if (box)
        problems.push(
          `page ${page.number}: ink ${side} the type area at x ${f1(box.x0)}–${f1(box.x1)} mm, y ${f1(box.y0)}–${f1(box.y1)} mm`,
        );
    }
  }
  return problems;
}

export type HangingBand = { page: number; y0: number; y1: number };
const CLOSING_PUNCTUATION = /[，。、；：？！”’）》」』]$/;

/**
 * Lines of body text whose closing punctuation hangs past the right margin, by at most one
 * character. LibreOffice does this to a Word file that asks it not to (its DOCX import reads
 * w:overflowPunct inverted: writerfilter DomainMapper, PROP_PARA_IS_HANGING_PUNCTUATION =
 * value == 0), so a test of the Word export through LibreOffice passes these bands over.
 */
export function hangingPunctuation(pages: readonly PdfTextPage[], em = 16 * (25.4 / 72)): HangingBand[] {
  return pages.flatMap((p) =>
    p.words
      .filter(
        (w) =>
          w.x1 > TYPE_AREA.x1 + MARGIN_TOLERANCE &&
          w.x1 <= TYPE_AREA.x1 + em + MARGIN_TOLERANCE &&
          CLOSING_PUNCTUATION.test(w.text),
      )
      .map((w) => ({ page: p.number, y0: w.y0, y1: w.y1 })),
  );
}

/**
 * Every page on which a table is drawn: its outer vertical borders are at the type area's edges
 * (tables span the full text width, like the national format), so none is clipped or narrowed.
 */
export function tableEdgeProblems(pages: readonly InkPage[]): {
  problems: string[];
  pagesWithTables: number;
} {
  const t = MARGIN_TOLERANCE;
  const problems: string[] = [];
  let pagesWithTables = 0;
  for (const page of pages) {
    const rules = verticalRules(page);
    if (rules.length === 0) continue;
    pagesWithTables++;
    const left = Math.min(...rules.map((r) => r.x));
    const right = Math.max(...rules.map((r) => r.x));
    if (Math.abs(left - TYPE_AREA.x0) > t)
      problems.push(`page ${page.number}: leftmost table border at ${f1(left)} mm, not ${TYPE_AREA.x0} mm`);
    if (Math.abs(right - TYPE_AREA.x1) > t)
      problems.push(`page ${page.number}: rightmost table border at ${f1(right)} mm, not ${TYPE_AREA.x1} mm`);
  }
  return { problems, pagesWithTables };
}

/** The lines of a page's body: the page number below the type area left out. */
export function bodyLines(page: PdfTextPage): VisualLine[] {
  return visualLines(page.words.filter((w) => w.cy < TYPE_AREA.y1 + MARGIN_TOLERANCE));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** A heading (or a note that belongs to what follows it) must never end a page. */
export function headingLastProblems(pages: readonly PdfTextPage[], headings: readonly string[]): string[] {
  const set = new Set(headings.map(squeeze));
  const problems: string[] = [];
  for (const page of pages.slice(0, -1)) {
    const last = bodyLines(page).at(-1);
    if (last && set.has(squeeze(last.text)))
      problems.push(`page ${page.number} ends with the heading 「${last.text}」`);
  }
  return problems;
}

/** One row of a table as it can be found on the page: by the first characters of its label, or otherwise. */
export type RowProbe = { name: string; matches: (line: VisualLine) => boolean };
export type TableProbe = {
  name: string;
  /** a word of the header rows, found on every page the table runs onto */
  header: string;
  rows: readonly RowProbe[];
};

/**
 * A probe for a labelled row: a word starting with the label's first `length` characters (the
 * first line of the label cell; a long label wraps).
 */
export function labelRow(label: string, length = 7): RowProbe {
  const prefix = squeeze(label).slice(0, length);
  return { name: label, matches: (line) => line.words.some((w) => w.text.startsWith(prefix)) };
}

export type TableFragment = { page: number; headerAt: number | null; rows: { name: string; at: number }[] };

/** Where each row of the table is, page by page (pages without any part of the table left out). */
export function tableFragments(pages: readonly PdfTextPage[], table: TableProbe): TableFragment[] {
  const fragments: TableFragment[] = [];
  for (const page of pages) {
    const lines = bodyLines(page);
    const header = lines.find((l) => l.words.some((w) => w.text === table.header));
    const rows = table.rows.flatMap((r) => {
      const line = lines.find((l) => r.matches(l));
      return line ? [{ name: r.name, at: line.cy }] : [];
    });
    if (header || rows.length > 0) fragments.push({ page: page.number, headerAt: header?.cy ?? null, rows });
  }
  return fragments;
}

/**
 * The rules for one table: every row printed exactly once, in order; on every page the table
 * runs onto, its header rows come first; no page holds a single row of it (nor its header alone).
 */
export function tableProblems(pages: readonly PdfTextPage[], table: TableProbe): string[] {
  const fragments = tableFragments(pages, table);
  const problems: string[] = [];
  const printed = fragments.flatMap((f) => f.rows.map((r) => r.name));
  const expected = table.rows.map((r) => r.name);
  if (printed.join('\n') !== expected.join('\n'))
    problems.push(
      `${table.name}: rows printed ${JSON.stringify(printed)}, expected ${JSON.stringify(expected)}`,
    );
  const least = Math.min(2, table.rows.length);
  for (const f of fragments) {
    if (f.headerAt === null)
      problems.push(`${table.name}: page ${f.page} continues the table without its header rows`);
    else if (f.rows.some((r) => r.at < (f.headerAt ?? 0)))
      problems.push(`${table.name}: page ${f.page} has rows above the header rows`);
    if (f.rows.length < least)
      problems.push(
        `${table.name}: page ${f.page} holds ${f.rows.length === 0 ? 'only the header rows' : `a single row (${f.rows[0]?.name})`}`,
      );
  }
  return problems;
}

/**
 * Every number of the tables printed whole, as one word: a number that does not fit its column
 * is wrapped or clipped and shows up missing here. `expected` may repeat a value (many zeros).
 */
export function missingValueProblems(pages: readonly PdfTextPage[], expected: readonly string[]): string[] {
  const found = new Map<string, number>();
  for (const page of pages)
    for (const line of bodyLines(page))
      for (const w of line.words) found.set(w.text, (found.get(w.text) ?? 0) + 1);
  const wanted = new Map<string, number>();
  for (const v of expected) wanted.set(v, (wanted.get(v) ?? 0) + 1);
  return [...wanted]
    .filter(([v, n]) => (found.get(v) ?? 0) < n)
    .map(([v, n]) => `the number ${v} should be printed ${n} times, found ${found.get(v) ?? 0}`);
}
