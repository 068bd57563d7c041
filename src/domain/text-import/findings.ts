// The findings of one import, collected as the tables are read: numbers with their source,
// cells not read and why, rows that ran together, warnings. One mutable collector per import
// keeps the readers small; it never leaves importPublishedText.

import { normalizeNumberText } from '../numbers/normalize';
import { parseCount } from '../numbers/parse-count';
import { feeTextToUnits, formatFeeUnits, parseFee } from '../numbers/parse-fee';
import { snippetOf } from './clean-text';
import type { NumberFinding, RunTogetherRow, UnreadCell } from './import-summary';
import { spacedApart } from './number-spacing';
import { type CellToken, OCR_LETTERS } from './table-tokens';

export type Findings = {
  numbers: NumberFinding[];
  unread: UnreadCell[];
  warnings: string[];
  runTogether: RunTogetherRow[];
  /** draft text of every input cell read, by cellId */
  cells: Map<string, string>;
  /** every number read from the source, derived cells included, by cellId */
  source: Map<string, number>;
  /** input cells left empty in the source and imported as 0 */
  blankCells: string[];
  /** derived cells (totals) left empty in the source: a disagreement says 「原文为空白」, not 0 */
  blankTotals: string[];
};

export function newFindings(): Findings {
  return {
    numbers: [],
    unread: [],
    warnings: [],
    runTogether: [],
    cells: new Map(),
    source: new Map(),
    blankCells: [],
    blankTotals: [],
  };
}

export function warn(f: Findings, message: string): void {
  if (!f.warnings.includes(message)) f.warnings.push(message);
}

/** Adds what a reader found into a separate collector (`from`) to `into`, as if read there. */
export function mergeFindings(into: Findings, from: Findings): void {
  for (const n of from.numbers) if (!into.source.has(n.cell)) into.numbers.push(n);
  for (const [cell, value] of from.source) if (!into.source.has(cell)) into.source.set(cell, value);
  for (const [cell, text] of from.cells) if (!into.cells.has(cell)) into.cells.set(cell, text);
  for (const u of from.unread) if (!into.unread.some((x) => x.cell === u.cell)) into.unread.push(u);
  for (const w of from.warnings) warn(into, w);
  into.runTogether.push(...from.runTogether);
  into.blankCells.push(...from.blankCells);
  into.blankTotals.push(...from.blankTotals);
}

/** Records a number; `input` cells also go into the draft (derived ones are recomputed there). */
export function recordNumber(
  f: Findings,
  cell: string,
  read: { value: number; draftText: string; blank?: boolean },
  snippet: string,
  input: boolean,
): void {
  if (f.source.has(cell)) return;
  f.source.set(cell, read.value);
  if (read.blank) (input ? f.blankCells : f.blankTotals).push(cell);
  f.numbers.push({ cell, value: read.value, snippet });
  if (input) f.cells.set(cell, read.draftText);
}

export function recordUnread(f: Findings, cell: string, reason: string, snippet?: string): void {
  if (f.cells.has(cell) || f.unread.some((u) => u.cell === cell)) return;
  f.unread.push(snippet ? { cell, reason, snippet } : { cell, reason });
}

/** Removes a number a reading recorded (another reading contradicts it). */
export function forgetNumber(f: Findings, cell: string): void {
  f.source.delete(cell);
  f.cells.delete(cell);
  f.numbers = f.numbers.filter((n) => n.cell !== cell);
  f.blankCells = f.blankCells.filter((c) => c !== cell);
}

/** A cell read after all (a run-together row split by the solver): no longer unread. */
export function forgetUnread(f: Findings, cell: string): void {
  const at = f.unread.findIndex((u) => u.cell === cell);
  if (at >= 0) f.unread.splice(at, 1);
}

/** Gives an unread cell a better reason (the solver's), keeping its place in the list. */
export function setUnreadReason(f: Findings, cell: string, reason: string): void {
  const u = f.unread.find((x) => x.cell === cell);
  if (u) u.reason = reason;
  else recordUnread(f, cell, reason);
}

export type CellRead =
  | { ok: true; value: number; draftText: string; blank: boolean }
  | { ok: false; reason: string };

/**
 * One source cell. 「/」「-」「—」 and an empty cell of a published table mean none, i.e. 0
 * (SPEC §11); fees keep up to 6 decimals exactly (SPEC §3).
 */
export function readCell(token: CellToken, decimal: boolean): CellRead {
  if (token.kind === 'blank') return { ok: true, value: 0, draftText: '0', blank: true };
  const parsed = decimal ? parseFee(token.text) : parseCount(token.text);
  if (parsed.kind === 'dash') return { ok: true, value: 0, draftText: '0', blank: false };
  if (parsed.kind === 'value') {
    const units = decimal ? feeTextToUnits(normalizeNumberText(token.text)) : null;
    const draftText = units === null ? String(parsed.value) : formatFeeUnits(units);
    return { ok: true, value: parsed.value, draftText, blank: false };
  }
  const hint = decimal ? '应为不小于0的数，最多6位小数' : '应为不小于0的整数';
  // a letter where a digit should be (OCR reads 0 as O, 1 as l or I): which digit is not proven
  const ocr = OCR_LETTERS.test(token.text.trim()) ? '；疑为扫描识别把数字认成了字母，请按原文填写' : '';
  return { ok: false, reason: `无法识别「${token.text}」（${hint}${ocr}）` };
}

/** The source row as text: its label, then its cells (an empty cell shown as 「（空）」). */
export function rowSnippet(label: string, cells: readonly CellToken[]): string {
  const values = cells.map((c) => (c.kind === 'blank' ? '（空）' : c.text)).join(' ');
  return snippetOf(`${label} ${values}`);
}

/**
 * A table row's digits that ran together (runTogetherDigits), only when its cells stand on one line:
 * numbers on lines of their own are whole cells, a row printed short over several lines is short,
 * never cut up (PDF text of a wrapped label, 「行政规范 4」「3」「42」「性文件」: 3|4|2 was read).
 */
export function rowRunTogether(cells: readonly CellToken[], columns: number): string | null {
  const values = cells.filter((c) => c.kind === 'value');
  const lines = new Set(values.map((c) => c.line));
  // Each value a tab-delimited cell of its own (a pipe or tab row, 「行政许可 | 117 | ||」): the row is
  // short of cells, not cells run together — 117 was cut 1|1|7 and 7 read (秦岭保护局 2022). A value
  // with a leading zero (「000」) can still only be cells run together.
  const delimited = values.length > 0 && values.every((c) => c.whole === true) && !holdsRunTogether(values);
  return lines.size > 1 || delimited || spacedApart(cells) ? null : runTogetherDigits(cells, columns);
}

/** A number printed with a leading zero (「01」「00」): cells run together, never one printed number. */
const LEADING_ZERO = /^0\d/u;
export const holdsRunTogether = (cells: readonly CellToken[]): boolean =>
  cells.some((c) => c.kind === 'value' && LEADING_ZERO.test(normalizeNumberText(c.text)));

/** The digits of cells that ran together, or null when a cell is not plain digits. */
export function runTogetherDigits(cells: readonly CellToken[], columns: number): string | null {
  // Blank cells after the run are the next row's merged label cells (one cell per line, as in the
  // fixture: 「\t」 lines before 「（二）部分公开…」), not cells of this row.
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.kind === 'blank') end--;
  const used = cells.slice(0, end);
  let digits = '';
  for (const c of used) {
    if (c.kind !== 'value') return null;
    const normalized = normalizeNumberText(c.text);
    if (!/^\d+$/.test(normalized)) return null;
    digits += normalized;
  }
  // Each cell is at least one digit: a run shorter than the row cannot hold all its cells.
  return used.length > 0 && used.length < columns && digits.length >= columns ? digits : null;
}
