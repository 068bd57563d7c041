// A block pasted from Excel, WPS or a web page, read into rows of cells and classified cell by
// cell before anything is written. Excel/WPS put text/plain TSV on the clipboard; web pages put
// text/html tables (and sometimes space-separated text/plain).
import { isDashText, normalizeNumberText } from '../../domain/numbers/normalize';
import { feeTextToUnits, formatFeeUnits } from '../../domain/numbers/parse-fee';

export type PasteCell =
  | { kind: 'value'; text: string }
  | { kind: 'dash'; text: '0'; source: string }
  | { kind: 'blank' }
  | { kind: 'invalid'; source: string };

/** Splits clipboard text into rows × cells. */
export function readTextBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const hasTabs = lines.some((l) => l.includes('\t'));
  return lines.map((line) => (hasTabs ? line.split('\t') : line.trim().split(/[ \u3000]+/)));
}

/** Reads the first <table> of clipboard HTML without executing or rendering anything. */
export function readHtmlTable(html: string): string[][] | null {
  const table = /<table[\s\S]*?<\/table>/i.exec(html)?.[0];
  if (!table) return null;
  const rows: string[][] = [];
  for (const tr of table.match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
    const cells: string[] = [];
    for (const m of tr.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t\1>/gi)) {
      const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(m[2] ?? '')?.[1] ?? '1');
      const text = decodeEntities((m[3] ?? '').replace(/<[^>]*>/g, '')).trim();
      cells.push(text);
      for (let i = 1; i < Math.min(span, 50); i++) cells.push('');
    }
    rows.push(cells);
  }
  return rows.length > 0 ? rows : null;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d) % 0x110000))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16) % 0x110000))
    .replace(/&amp;/g, '&');
}

export function classifyPasteCell(raw: string, decimal: boolean): PasteCell {
  const text = normalizeNumberText(raw);
  if (text === '') return { kind: 'blank' };
  if (isDashText(text)) return { kind: 'dash', text: '0', source: raw.trim() };
  if (decimal) {
    const units = feeTextToUnits(text);
    return units === null ? { kind: 'invalid', source: raw } : { kind: 'value', text: formatFeeUnits(units) };
  }
  return /^\d{1,12}$/.test(text)
    ? { kind: 'value', text: String(Number(text)) }
    : { kind: 'invalid', source: raw };
}

const looksNumeric = (s: string) => {
  const t = normalizeNumberText(s);
  return t === '' || isDashText(t) || /^\d+(\.\d+)?$/.test(t);
};

/**
 * Drops what a copied table carries besides numbers: header rows (no numeric cell at all) at the
 * top, and a first column of row labels (text in every row). Returns what was dropped, for a notice.
 */
export function stripLabels(block: string[][]): {
  block: string[][];
  droppedHeaderRows: number;
  droppedLabelColumn: boolean;
  /** the dropped labels: of each row (the label column), of each column (the last header row) */
  labels: { rows: string[] | null; columns: string[] | null };
} {
  let rows = block;
  let droppedHeaderRows = 0;
  while (
    rows.length > 1 &&
    rows[0]!.every((c) => !looksNumeric(c) || c.trim() === '') &&
    rows[0]!.some((c) => c.trim())
  ) {
    rows = rows.slice(1);
    droppedHeaderRows++;
  }
  const labelColumn =
    rows.length > 0 && rows.every((r) => r.length >= 2 && r[0]!.trim() !== '' && !looksNumeric(r[0]!));
  const header = droppedHeaderRows > 0 ? block[droppedHeaderRows - 1]! : null;
  return {
    block: labelColumn ? rows.map((r) => r.slice(1)) : rows,
    droppedHeaderRows,
    droppedLabelColumn: labelColumn,
    labels: {
      rows: labelColumn ? rows.map((r) => r[0]!.trim()) : null,
      columns: header ? (labelColumn ? header.slice(1) : header).map((c) => c.trim()) : null,
    },
  };
}

/** Where a block's lines land: the table's lines from the paste point, totals included or not. */
export type LineReadings = {
  /** cell for cell, the table's totals skipped in place (a sheet laid out as the national table) */
  withTotals: (number | null)[];
  /** on input lines only, the totals passed over (a sheet of inputs only) */
  inputsOnly: (number | null)[];
  /** the reading the block's shape decides, or null when its length fits both and they differ */
  shape: 'withTotals' | 'inputsOnly' | null;
};

/**
 * Lines (rows or columns) a block of `length` lines lands on from `start`, under each reading. The
 * shape decides when it can: a block as long as the rest of the table, or longer than its inputs,
 * holds the totals; one that crosses no total lands the same either way; a range copied from the
 * app's grids (`positional`) lands where it was copied from. Otherwise it is for the numbers (or the
 * clerk) to say (paste-plan.ts).
 */
export function lineReadings(
  all: readonly { index: number; derived: boolean }[],
  start: number,
  length: number,
  positional = false,
): LineReadings {
  const from = all.filter((l) => l.index >= start);
  const inputs = from.filter((l) => !l.derived);
  const lay = (lines: typeof from) => Array.from({ length }, (_, i) => lines[i]?.index ?? null);
  const withTotals = lay(from);
  const inputsOnly = lay(inputs);
  const crossesTotal = from.slice(0, length).some((l) => l.derived);
  const shape =
    positional || length === from.length || length > inputs.length
      ? 'withTotals'
      : crossesTotal
        ? null
        : 'inputsOnly';
  return { withTotals, inputsOnly, shape };
}
