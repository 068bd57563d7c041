// What a paste at a cell would write, decided before anything is written: values land on input
// cells from the focused one; totals (derived) are skipped; cells that fall outside the table or
// do not read as numbers are problems the user must confirm in a preview.
//
// A block from Excel/WPS whose length fits both "laid out as the table, totals included" and
// "inputs only" (a sheet copied from （一） down to （七）总计, pasted where the rest of the table is
// longer) is decided by its numbers: a line that lands on a total under the first reading and is
// the sum of the lines landing on that total's parts proves it (a number no input row would be but
// by chance: the sum must be of two non-zero parts somewhere); part 三's balance obeyed proves the
// reading it is obeyed under; the sheet's own labels, when copied with the numbers, say which lines
// are totals (「（七）总计」, 「合计」). Without such proof, or with both proven, nothing is
// written: the clerk is asked (question), shown where each line would land under each reading.
// A total in the block is never written (totals are computed); one that differs from the sum of
// its parts is said in a notice.

import { isDashText, normalizeNumberText } from '../../domain/numbers/normalize';
import type { CellChange } from '../editor/undo-stack';
import type { GridColumn, GridRow } from './grid-model';
import { classifyPasteCell, type LineReadings, lineReadings, stripLabels } from './paste-block';

export type PasteProblem = { i: number; j: number; reason: 'outside' | 'invalid'; text: string };
export type PastePlan = {
  block: string[][];
  writes: { cell: string; text: string }[];
  problems: PasteProblem[];
  notices: string[];
  /** the notices of totals in the block that differ from the sum of their parts (also in notices) */
  totalsDiffer?: string[];
  /** set when the numbers cannot say whether the block holds the table's totals: nothing is written */
  question?: PasteQuestion;
};
export type PasteReading = 'withTotals' | 'inputsOnly';
/** A line of the block and where it would land under each reading. */
export type PasteLanding = { line: number; text: string } & Record<PasteReading, string>;
export type PasteQuestion = Record<PasteReading, PastePlan> & {
  /** per dimension whose reading is asked, the block's lines and where each would land */
  dimensions: { kind: 'rows' | 'columns'; lines: PasteLanding[] }[];
};

/** How a question's landing names a total line, which is never written. */
export const TOTAL_MARK = '（合计，不写入）';

/** How a block is read: `positional` for a range copied from the app's grids (range-copy.ts);
 * `rowBalance` the identity the table's columns obey, if any (table-definition.ts). */
export type PasteOptions = { positional?: boolean; rowBalance?: Balance | undefined };
type Balance = { left: readonly string[]; right: readonly string[] };

type Line = { key: string; derived: boolean; sumOf?: readonly string[] | undefined };

export function planPaste(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  cellOf: (row: string, column: string) => string,
  start: { r: number; c: number },
  raw: string[][],
  options: PasteOptions = {},
): PastePlan {
  return planBlock(rows, columns, cellOf, start, raw, options, false);
}

function planBlock(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  cellOf: (row: string, column: string) => string,
  start: { r: number; c: number },
  raw: string[][],
  { positional = false, rowBalance }: PasteOptions,
  /** one value filled over a range: no sheet, no totals to check */
  fill: boolean,
): PastePlan {
  // A range copied from the app's grids (range-copy.ts) holds no labels, and its lines land where
  // they were copied from, totals included (and skipped).
  const { block, droppedHeaderRows, droppedLabelColumn, labels } = positional
    ? { block: raw, droppedHeaderRows: 0, droppedLabelColumn: false, labels: { rows: null, columns: null } }
    : stripLabels(raw);
  const width = Math.max(0, ...block.map((r) => r.length));
  const byColumn = Array.from({ length: width }, (_, j) => block.map((line) => line[j] ?? ''));
  const indexed = (lines: readonly Line[]) => lines.map((l, index) => ({ index, derived: l.derived }));
  const rowReadings = lineReadings(indexed(rows), start.r, block.length, positional);
  const colReadings = lineReadings(indexed(columns), start.c, width, positional);
  const rowReading = rowReadings.shape ?? byNumbers(rows, rowReadings, block, labels.rows, rowBalance);
  const colReading = colReadings.shape ?? byNumbers(columns, colReadings, byColumn, labels.columns);

  const build = (rowsAs: PasteReading, colsAs: PasteReading): PastePlan => {
    const tRows = rowReadings[rowsAs];
    const tCols = colReadings[colsAs];
    const writes: PastePlan['writes'] = [];
    const problems: PasteProblem[] = [];
    let dashes = 0;
    let derivedSkipped = 0;
    block.forEach((line, i) => {
      line.forEach((text, j) => {
        const r = tRows[i];
        const c = tCols[j];
        if (r == null || c == null) {
          if (text.trim()) problems.push({ i, j, reason: 'outside', text });
          return;
        }
        const row = rows[r]!;
        const col = columns[c]!;
        if (row.derived || col.derived) {
          if (text.trim()) derivedSkipped++;
          return;
        }
        const cell = classifyPasteCell(text, col.decimal);
        if (cell.kind === 'invalid') problems.push({ i, j, reason: 'invalid', text });
        else {
          if (cell.kind === 'dash') dashes++;
          writes.push({ cell: cellOf(row.key, col.key), text: cell.kind === 'blank' ? '' : cell.text });
        }
      });
    });
    const notices: string[] = [];
    if (dashes) notices.push(`${dashes}个单元格中的「/」「-」「—」已按0填入`);
    if (derivedSkipped) notices.push(`${derivedSkipped}个合计值未写入（总计由系统自动计算）`);
    if (droppedHeaderRows) notices.push(`已忽略${droppedHeaderRows}行表头`);
    if (droppedLabelColumn) notices.push('已忽略首列的行标题');
    // A total of the block that is not the sum of its parts (the table will show the sum).
    const checked = (t: TotalCheck) => !fill && t.diffs.length > 0;
    const rowName = (r: number | null | undefined) => (r == null ? '' : rows[r]!.label);
    const colName = (c: number | null | undefined) => (c == null ? '' : columnName(columns, c));
    const totalsDiffer = [
      ...totalChecks(rows, tRows, block)
        .filter(checked)
        .map((t) => differs(rowName(tRows[t.line]), t.diffs, (j) => colName(tCols[j]))),
      ...totalChecks(columns, tCols, byColumn)
        .filter(checked)
        .map((t) =>
          differs(colName(tCols[t.line]), t.diffs, (i) => (rows.length > 1 ? rowName(tRows[i]) : '')),
        ),
    ];
    notices.push(...totalsDiffer);
    // The inputs-only reading passes over a total: said, with the way back (Ctrl+Z).
    const passed = [
      ...passedOver(rows, start.r, tRows).map((r) => rows[r]!.label),
      ...passedOver(columns, start.c, tCols).map((c) => columns[c]!.label),
    ];
    for (const label of passed)
      notices.push(
        `粘贴内容按不含「${label}」处理，其后的数字依次填入下一行或下一列（如复制的内容含这一合计，请按 Ctrl+Z 撤销）`,
      );
    return { block, writes, problems, notices, ...(totalsDiffer.length ? { totalsDiffer } : {}) };
  };

  if (rowReading !== 'ask' && colReading !== 'ask') return build(rowReading, colReading);
  const as = (asked: 'ask' | PasteReading, reading: PasteReading) => (asked === 'ask' ? reading : asked);
  const landings = (
    readings: LineReadings,
    lines: readonly string[][],
    name: (index: number) => string,
    derived: (index: number) => boolean,
  ): PasteLanding[] => {
    const at = (t: number | null | undefined) =>
      t == null ? '超出表格，不写入' : derived(t) ? `${name(t)}${TOTAL_MARK}` : name(t);
    return lines.map((cells, line) => ({
      line,
      text: cells.slice(0, 4).join(' ') + (cells.length > 4 ? ' …' : ''),
      withTotals: at(readings.withTotals[line]),
      inputsOnly: at(readings.inputsOnly[line]),
    }));
  };
  const dimensions: PasteQuestion['dimensions'] = [];
  if (rowReading === 'ask')
    dimensions.push({
      kind: 'rows',
      lines: landings(
        rowReadings,
        block,
        (r) => rows[r]!.label,
        (r) => rows[r]!.derived,
      ),
    });
  if (colReading === 'ask')
    dimensions.push({
      kind: 'columns',
      lines: landings(
        colReadings,
        byColumn,
        (c) => columnName(columns, c),
        (c) => columns[c]!.derived,
      ),
    });
  return {
    block,
    writes: [],
    problems: [],
    notices: [],
    question: {
      withTotals: build(as(rowReading, 'withTotals'), as(colReading, 'withTotals')),
      inputsOnly: build(as(rowReading, 'inputsOnly'), as(colReading, 'inputsOnly')),
      dimensions,
    },
  };
}

/** A column by its label, with the header above it when the label is not the table's only one (总计). */
function columnName(columns: readonly GridColumn[], c: number): string {
  const { label, groups } = columns[c]!;
  return columns.filter((x) => x.label === label).length > 1 ? [...groups.slice(-1), label].join(' ') : label;
}

function differs(
  total: string,
  diffs: readonly { j: number; given: string; sum: number }[],
  crossName: (j: number) => string,
): string {
  const shown = diffs
    .slice(0, 3)
    .map((d) => `${crossName(d.j) ? `${crossName(d.j)} ` : ''}${d.given || '空'}，各项之和为${d.sum}`);
  const more = diffs.length > 3 ? `；共${diffs.length}处` : '';
  return `粘贴内容中的「${total}」与其各项之和不同（${shown.join('；')}${more}），该合计未写入，以各项之和为准`;
}

/** A pasted cell as a number for a total's check: null when blank, undefined when no number. */
function numberOf(text: string): number | null | undefined {
  const t = normalizeNumberText(text);
  if (t === '') return null;
  if (isDashText(t)) return 0;
  return /^\d{1,12}(\.\d{1,6})?$/.test(t) ? Number(t) : undefined;
}

type TotalCheck = {
  /** the block's line on a total */
  line: number;
  /** the total's parts all in the block, every comparable cell equal, two non-zero parts somewhere */
  proves: boolean;
  diffs: { j: number; given: string; sum: number }[];
};

/**
 * The block's lines that `targets` lays on totals, each checked against the block's lines laid on
 * that total's parts, cell by cell across the other dimension (a line whose parts are not all in
 * the block proves nothing and is not checked).
 */
function totalChecks(
  lines: readonly Line[],
  targets: readonly (number | null)[],
  block: readonly (readonly string[])[],
): TotalCheck[] {
  const lineOf = new Map<string, number>();
  targets.forEach((t, k) => {
    if (t != null) lineOf.set(lines[t]!.key, k);
  });
  const out: TotalCheck[] = [];
  targets.forEach((t, k) => {
    const total = t == null ? undefined : lines[t];
    if (!total?.derived || !total.sumOf) return;
    const parts = total.sumOf.map((key) => lineOf.get(key));
    if (parts.some((p) => p === undefined)) return;
    const diffs: TotalCheck['diffs'] = [];
    let compared = 0;
    let twoParts = false;
    const width = Math.max(block[k]!.length, ...parts.map((p) => block[p!]!.length));
    for (let j = 0; j < width; j++) {
      const given = numberOf(block[k]![j] ?? '');
      const values = parts.map((p) => numberOf(block[p!]![j] ?? ''));
      if (given === undefined || values.some((v) => v === undefined)) continue;
      const present = values.filter((v): v is number => v != null);
      const sum = present.length ? present.reduce((a, b) => a + b, 0) : null;
      if (given === null && sum === null) continue;
      compared++;
      if (present.filter((v) => v !== 0).length >= 2) twoParts = true;
      if (given === null || sum === null || Math.abs(given - sum) > 1e-6)
        diffs.push({ j, given: (block[k]![j] ?? '').trim(), sum: Math.round((sum ?? 0) * 1e6) / 1e6 });
    }
    out.push({ line: k, proves: compared > 0 && diffs.length === 0 && twoParts, diffs });
  });
  return out;
}

/**
 * Whether the block's lines laid by `targets` obey the table's balance (part 三: 一＋二＝（七）＋四 in
 * each column), every line of it in the block, with two non-zero terms somewhere.
 */
function balanceProves(
  lines: readonly Line[],
  targets: readonly (number | null)[],
  block: readonly (readonly string[])[],
  balance: Balance,
): boolean {
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const expand = (keys: readonly string[]) => keys.flatMap((k) => byKey.get(k)?.sumOf ?? [k]);
  const lineOf = new Map<string, number>();
  targets.forEach((t, k) => {
    if (t != null && !lines[t]!.derived) lineOf.set(lines[t]!.key, k);
  });
  const side = (keys: readonly string[]) => expand(keys).map((k) => lineOf.get(k));
  const left = side(balance.left);
  const right = side(balance.right);
  if ([...left, ...right].some((k) => k === undefined)) return false;
  const width = Math.max(...[...left, ...right].map((k) => block[k!]!.length));
  let compared = 0;
  let twoTerms = false;
  for (let j = 0; j < width; j++) {
    const values = (ks: typeof left) => ks.map((k) => numberOf(block[k!]![j] ?? ''));
    const l = values(left);
    const r = values(right);
    if ([...l, ...r].some((v) => v === undefined)) continue;
    if ([...l, ...r].every((v) => v === null)) continue;
    const sum = (vs: typeof l) => vs.reduce<number>((a, v) => a + (v ?? 0), 0);
    if (Math.abs(sum(l) - sum(r)) > 1e-6) return false;
    compared++;
    if ([...l, ...r].filter((v) => v != null && v !== 0).length >= 2) twoTerms = true;
  }
  return compared > 0 && twoTerms;
}

/** A sheet's label of a total line (「（七）总计」, 「合计」, 「小计」). */
const TOTAL_LABEL = /[总合小]计/;

/**
 * What the sheet's own labels say of the lines the first reading lays on totals, when every one of
 * them is labelled: all totals (that reading), none (the other), or nothing.
 */
function labelsSay(
  lines: readonly Line[],
  withTotals: readonly (number | null)[],
  labels: readonly string[] | null,
): PasteReading | null {
  if (!labels) return null;
  const onTotals = withTotals.flatMap((t, k) => (t != null && lines[t]!.derived ? [labels[k] ?? ''] : []));
  if (onTotals.length === 0 || onTotals.some((l) => l === '')) return null;
  if (onTotals.every((l) => TOTAL_LABEL.test(l))) return 'withTotals';
  if (onTotals.every((l) => !TOTAL_LABEL.test(l))) return 'inputsOnly';
  return null;
}

/**
 * A block whose shape fits both readings: a reading its numbers (a total that is the sum of its
 * parts, or the table's balance obeyed) or its own labels prove is taken when the other is not
 * proven; else asked.
 */
function byNumbers(
  lines: readonly Line[],
  readings: LineReadings,
  block: readonly (readonly string[])[],
  labels: readonly string[] | null,
  balance?: Balance,
): PasteReading | 'ask' {
  const said = labelsSay(lines, readings.withTotals, labels);
  const proven = (reading: PasteReading) =>
    said === reading ||
    totalChecks(lines, readings[reading], block).some((t) => t.proves) ||
    (balance !== undefined && balanceProves(lines, readings[reading], block, balance));
  const withTotals = proven('withTotals');
  const inputsOnly = proven('inputsOnly');
  return withTotals === inputsOnly ? 'ask' : withTotals ? 'withTotals' : 'inputsOnly';
}

/** The derived lines inside the span from `start` that the block's lines were laid past (not onto). */
function passedOver(
  lines: readonly { derived: boolean }[],
  start: number,
  targets: (number | null)[],
): number[] {
  const last = targets.reduce<number>((m, t) => (t !== null && t > m ? t : m), -1);
  const used = new Set(targets);
  const out: number[] = [];
  for (let i = start; i < last; i++) if (lines[i]!.derived && !used.has(i)) out.push(i);
  return out;
}

export type Rect = { top: number; left: number; bottom: number; right: number };

/**
 * A paste with a range selected: one value fills every input cell of the range, as in Excel
 * (totals skipped); a block lands once from the range's top-left corner, as without a range (Excel
 * would repeat a block whose size divides the range's: rare for a report's tables, not done).
 */
export function planRangePaste(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  cellOf: (row: string, column: string) => string,
  rect: Rect,
  raw: string[][],
  options: PasteOptions = {},
): PastePlan {
  const start = { r: rect.top, c: rect.left };
  if (raw.length !== 1 || raw[0]!.length !== 1) return planPaste(rows, columns, cellOf, start, raw, options);
  // One value: the range's own shape filled with it, cell for cell; a value that is no number is
  // one problem, not one per cell.
  const text = raw[0]![0]!;
  const filled = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
    Array.from({ length: rect.right - rect.left + 1 }, () => text),
  );
  const plan = planBlock(rows, columns, cellOf, start, filled, { positional: true }, true);
  return { ...plan, block: raw, problems: plan.problems.slice(0, 1).map((p) => ({ ...p, i: 0, j: 0 })) };
}

/** The undo entry of a set of writes, given the current text of each cell. */
export function changesOf(writes: PastePlan['writes'], current: (cell: string) => string): CellChange[] {
  return writes.map((w) => ({ cell: w.cell, before: current(w.cell), after: w.text }));
}
