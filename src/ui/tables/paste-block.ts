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
  return {
    block: labelColumn ? rows.map((r) => r.slice(1)) : rows,
    droppedHeaderRows,
    droppedLabelColumn: labelColumn,
  };
}

/**
 * Lines (rows or columns) a block lands on from `start`: with derived lines when it fits them
 * exactly, else without — unless the block is `positional` (a range copied from the app's grids,
 * its totals where they were).
 */
export function targetLines(
  all: readonly { index: number; derived: boolean }[],
  start: number,
  length: number,
  positional = false,
): (number | null)[] {
  const from = all.filter((l) => l.index >= start);
  const inputs = from.filter((l) => !l.derived);
  const chosen = positional || length === from.length || length > inputs.length ? from : inputs;
  return Array.from({ length }, (_, i) => chosen[i]?.index ?? null);
}
