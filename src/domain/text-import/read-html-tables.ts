// The tables of a saved web page read by their structure (nianbao issue 18): which part a table
// is, by its content; which column a number is in, by the header cells above it in the expanded
// grid (html-grid.ts) — 「商业企业」 under 「法人或其他组织」, 「结果维持」 under 「复议后起诉」 under
// 「行政诉讼」 — so an empty cell (&nbsp;) is a known cell of a known column. The result is the
// table's rows as tokens in the order of the national format, read by the same row readers as a
// text (labels located, rows paired): a table whose headers cannot be mapped keeps the columns in
// the order printed. The app's own 「导出网页版」 (thead, th scope, the national layout) reads back
// through here.
import { APPEAL_FIELDS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../report/keys';
import { APPEAL_FIELD_LABELS, APPEAL_GROUP_LABELS, APPLICANT_LABELS } from '../report/labels';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { expandGrid, type Grid, type GridSlot, gridText, ownSlots } from './html-grid';
import type { HtmlTable } from './html-to-text';
import { labelForms, normalizeLabel, similarity } from './label-match';
import { PROACTIVE_LAYOUT_2019, PROACTIVE_LAYOUT_2021 } from './proactive-layouts';
import type { TableToken } from './table-tokens';

export type TablePartKey = 'proactive' | 'applications' | 'appeals';
export type StructuredTables = Partial<
  Record<
    TablePartKey,
    {
      tokens: TableToken[];
      text: string;
      /** the header's columns in another order than the format's, the tokens put in the format's */
      reordered?: true;
    }
  >
>;

const DIGIT = /[0-9０-９]/u;
const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));

/** Which part a table is, by what it says; null for a table that is none or several of them. */
export function classifyTable(grid: Grid): TablePartKey | null {
  const text = normalizeLabel(gridText(grid));
  const kinds: TablePartKey[] = [];
  if (has(text, '本年新收', '予以公开', '结转下年度', '不予公开')) kinds.push('applications');
  if (has(text, '行政复议') && has(text, '结果维持', '尚未审结', '复议后起诉')) kinds.push('appeals');
  if (has(text, '第二十条', '本年制发件数', '现行有效件数', '本年处理决定数量', '本年新制作数量'))
    kinds.push('proactive');
  return kinds.length === 1 ? kinds[0]! : null;
}

const blank = (line: number): TableToken => ({ kind: 'blank', line });
/** A cell under a number column: empty is a blank cell, anything else is its value as written. */
const valueToken = (slot: GridSlot | null, line: number): TableToken => {
  const text = slot?.cell.text.trim() ?? '';
  return text === '' ? blank(line) : { kind: 'value', text, line };
};
const textToken = (text: string, line: number): TableToken => ({ kind: 'text', text, line });

/** Header texts of column `c` in rows [0, end), bottom-up, normalised, distinct cells once. */
function headerPath(grid: Grid, c: number, end: number): string[] {
  const out: string[] = [];
  let last: GridSlot | null = null;
  for (let r = end - 1; r >= 0; r--) {
    const slot = grid.slots[r]![c] ?? null;
    if (!slot || slot === last) continue;
    last = slot;
    const t = normalizeLabel(slot.cell.text);
    if (t !== '') out.push(t);
  }
  return out;
}

const rowHasDigits = (grid: Grid, r: number) =>
  ownSlots(grid, r).some(({ slot }) => DIGIT.test(slot.cell.text));

// ---- part 三 -----------------------------------------------------------------------------------

const APPLICANT_FORMS = APPLICANT_COLUMNS.map((c) => ({
  column: c,
  form: normalizeLabel(APPLICANT_LABELS[c]),
}));
const MATRIX_FORMS = MATRIX_LAYOUT.flatMap((e) => labelForms(e.label));

const HEADER_WORDS = new Set(APPLICANT_FORMS.map((a) => a.form));
const isMatrixLabel = (text: string) => {
  const t = normalizeLabel(text);
  // 「总计」「其他」 are column headers too: a row label is one only where no header is.
  return t.length >= 2 && !HEADER_WORDS.has(t) && MATRIX_FORMS.some((f) => similarity(t, f) >= 0.8);
};

/** The first row that is a row of the matrix (its label is one of the format's, or it holds numbers). */
function firstDataRow(grid: Grid, isLabel: (text: string) => boolean): number {
  for (let r = 0; r < grid.rows; r++)
    if (rowHasDigits(grid, r) || ownSlots(grid, r).some(({ slot }) => isLabel(slot.cell.text))) return r;
  return grid.rows;
}

/** Column index of each applicant column, by the header above it (null when one is not found). */
function applicantColumns(grid: Grid, headerRows: number): Map<string, number> | null {
  const found = new Map<string, number>();
  for (let c = 0; c < grid.cols; c++) {
    const path = headerPath(grid, c, headerRows);
    const hit = APPLICANT_FORMS.find((a) => path[0] !== undefined && similarity(path[0], a.form) >= 0.75);
    if (hit && !found.has(hit.column)) found.set(hit.column, c);
  }
  const inputs = APPLICANT_COLUMNS.filter((c) => c !== 'total');
  return inputs.every((c) => found.has(c)) ? found : null;
}

/** A cell printed as a number (「28」「２８」「-」 aside): digits and no words — 「1.本机关不掌握…」 is a label. */
const isNumberCell = (text: string) => DIGIT.test(text) && !/\p{Script=Han}/u.test(text);

/**
 * How many number columns a part 三 table has at its right edge (null when they are not its last
 * columns): a table continued on the next page keeps that many, counted from each row's right end.
 */
function rightEdgeCount(grid: Grid, valueCols: readonly number[]): number | null {
  const n = valueCols.length;
  return valueCols.every((c, i) => c === grid.cols - n + i) ? n : null;
}

/**
 * A row of a continuation table (no headers of its own): its last `count` cells are the number
 * columns, when the cell before them is its label (words, or a group label spanning from a row
 * above). Its cells are packed from the left — the group label spanning the rows
 * (「三、本年度办理结果」) may have stayed behind in the first table — so a row's end, not the
 * table's, says where its numbers are. Null when the row does not look so.
 */
function continuedColumns(grid: Grid, r: number, count: number): number[] | null {
  const row = grid.slots[r]!;
  let end = grid.cols - 1;
  while (end >= 0 && !row[end]) end--;
  const first = end - count + 1;
  if (first < 1) return null;
  const cols = Array.from({ length: count }, (_, i) => first + i);
  const own = (c: number) => row[c]?.row === r && row[c]?.col === c;
  if (!cols.every(own)) return null;
  const label = row[first - 1];
  if (!label || (label.row === r && !/\p{Script=Han}/u.test(label.cell.text))) return null;
  return cols;
}

function applicationTokens(grids: readonly Grid[]): TableToken[] {
  const tokens: TableToken[] = [];
  let line = 0;
  /** How many number columns the previous part 三 table had at its right edge. */
  let carried: number | null = null;
  for (const grid of grids) {
    const start = firstDataRow(grid, isMatrixLabel);
    const columns = applicantColumns(grid, start);
    const mapped = columns
      ? APPLICANT_COLUMNS.flatMap((c) => (columns.has(c) ? [columns.get(c)!] : []))
      : null;
    // Without recognisable headers: a table with no header rows right after one with them is its
    // continuation (a page break); otherwise the number columns are the cells as printed.
    const continued: number | null = !mapped && start === 0 ? carried : null;
    carried = mapped ? rightEdgeCount(grid, mapped) : continued;
    for (let r = start; r < grid.rows; r++, line++) {
      const valueCols = mapped ?? (continued ? continuedColumns(grid, r, continued) : null);
      for (const { slot, col } of ownSlots(grid, r))
        if (!valueCols?.includes(col) && slot.cell.text.trim() !== '') {
          // Unmapped columns of a row: labels, or (without headers) the cells as printed.
          if (valueCols || !isNumberCell(slot.cell.text)) tokens.push(textToken(slot.cell.text, line));
          else tokens.push(valueToken(slot, line));
        }
      if (valueCols) for (const c of valueCols) tokens.push(valueToken(grid.slots[r]![c] ?? null, line));
      tokens.push({ kind: 'rowEnd', line });
    }
  }
  return tokens;
}

// ---- part 二 -----------------------------------------------------------------------------------

const PROACTIVE_HEADERS = new Set(
  [...PROACTIVE_LAYOUT_2021, ...PROACTIVE_LAYOUT_2019].flatMap((s) =>
    s.columns.map((c) => normalizeLabel(c.header)),
  ),
);
/**
 * A column header of part 二 in other words than the format's (「制发件数」「本年度废止件数」「现行有效」
 * 「现行有效件数（件）」「处理决定数量」「收费金额（万元）」): a short cell without digits holding a header's
 * key word. It only says the column holds numbers; which number is which is still by position.
 */
const PROACTIVE_HEADER_WORDS =
  /制发|废止|现行有效|处理决定|收费金额|金额|新制作|新公开|公开总数|项目数量|增减/u;
const isProactiveHeader = (text: string) => {
  const norm = normalizeLabel(text);
  if (PROACTIVE_HEADERS.has(norm)) return true;
  return norm.length <= 14 && !DIGIT.test(text) && PROACTIVE_HEADER_WORDS.test(norm);
};

/**
 * Part 二's sub-tables: a header row (「信息内容」 and its column headers) says which columns hold
 * numbers until the next header row; a cell spanning several of them is one cell.
 */
function proactiveTokens(grids: readonly Grid[]): TableToken[] {
  const tokens: TableToken[] = [];
  let line = 0;
  for (const grid of grids) {
    let valueCols: number[] | null = null;
    for (let r = 0; r < grid.rows; r++, line++) {
      const own = ownSlots(grid, r);
      const headers = own.filter(({ slot }) => isProactiveHeader(slot.cell.text));
      if (headers.length > 0) {
        valueCols = headers.map((h) => h.col);
        for (const { slot } of own) tokens.push(textToken(slot.cell.text, line));
        tokens.push({ kind: 'rowEnd', line });
        continue;
      }
      // As many cells right of the label as there are headers: the i-th is under the i-th header,
      // whatever their spans (a 2019 page spans 「上一年项目数量」's cell over two columns and its
      // header 「本年增/减」 over the next two, so the columns alone would lose a cell).
      const first = valueCols?.[0];
      const right = first === undefined ? [] : own.filter(({ col }) => col >= first);
      const paired = valueCols !== null && right.length === valueCols.length;
      for (const { slot, col } of own)
        if (!(paired ? col >= first! : valueCols?.includes(col)) && slot.cell.text.trim() !== '') {
          if (valueCols || !DIGIT.test(slot.cell.text)) tokens.push(textToken(slot.cell.text, line));
          else tokens.push(valueToken(slot, line));
        }
      if (paired) for (const { slot } of right) tokens.push(valueToken(slot, line));
      else if (valueCols) {
        const values: TableToken[] = [];
        const seen = new Set<GridSlot>();
        for (const c of valueCols) {
          const slot = grid.slots[r]![c] ?? null;
          // A cell reaching in from a label column (a sub-table's title row) holds no number.
          if (slot && (!valueCols.includes(slot.col) || slot.row !== r || seen.has(slot))) continue;
          if (slot) seen.add(slot);
          values.push(valueToken(slot, line));
        }
        tokens.push(...values);
      }
      tokens.push({ kind: 'rowEnd', line });
    }
  }
  return tokens;
}

// ---- part 四 -----------------------------------------------------------------------------------

const GROUP_FORMS = APPEAL_GROUPS.map((g) => ({ group: g, form: normalizeLabel(APPEAL_GROUP_LABELS[g]) }));
const FIELD_FORMS = APPEAL_FIELDS.map((f) => ({ field: f, form: normalizeLabel(APPEAL_FIELD_LABELS[f]) }));

/** Column of each (group, field) by its header path; null when the headers do not say. */
function appealColumns(grid: Grid, headerRows: number): number[] | null {
  const at = new Map<string, number>();
  for (let c = 0; c < grid.cols; c++) {
    const path = headerPath(grid, c, headerRows);
    const field = FIELD_FORMS.find((f) => path.some((p) => p === f.form));
    const group =
      GROUP_FORMS.find((g) => path.includes(g.form)) ??
      GROUP_FORMS.find((g) => path.some((p) => p.includes(g.form)));
    if (field && group && !at.has(`${group.group}.${field.field}`))
      at.set(`${group.group}.${field.field}`, c);
  }
  const order = APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((f) => at.get(`${g}.${f}`)));
  const inputs = APPEAL_GROUPS.flatMap((g) =>
    APPEAL_FIELDS.filter((f) => f !== 'total').map((f) => at.get(`${g}.${f}`)),
  );
  if (inputs.some((c) => c === undefined)) return null;
  return order.filter((c): c is number => c !== undefined);
}

/** Whether columns found by their header paths stand in another order than the format's. */
const outOfOrder = (columns: readonly number[] | null) =>
  columns?.some((c, k) => k > 0 && c < columns[k - 1]!) === true;

function appealTokens(grids: readonly Grid[], reordered: () => void): TableToken[] {
  const tokens: TableToken[] = [];
  /** Columns of a table that ended after its header rows: the data row is in the next table. */
  let pending: { cols: number; columns: number[] | null } | null = null;
  for (const grid of grids) {
    // Header rows hold words and no numbers; the data row follows them (its cells may all be empty).
    let start = 0;
    while (
      start < grid.rows &&
      !rowHasDigits(grid, start) &&
      ownSlots(grid, start).some(({ slot }) => normalizeLabel(slot.cell.text) !== '')
    )
      start++;
    if (start >= grid.rows) {
      pending = { cols: grid.cols, columns: appealColumns(grid, start) };
      continue;
    }
    const carried = start === 0 && pending?.cols === grid.cols ? pending.columns : null;
    pending = null;
    const columns = carried ?? appealColumns(grid, start);
    if (outOfOrder(columns)) reordered();
    for (let r = start; r < grid.rows; r++) {
      if (columns) for (const c of columns) tokens.push(valueToken(grid.slots[r]![c] ?? null, r));
      else
        for (const { slot } of ownSlots(grid, r))
          tokens.push(
            DIGIT.test(slot.cell.text) || slot.cell.text === ''
              ? valueToken(slot, r)
              : textToken(slot.cell.text, r),
          );
      tokens.push({ kind: 'rowEnd', line: r });
    }
  }
  return tokens;
}

/** A table of numbers only (no words): it cannot say which part it is. */
const numbersOnly = (grid: Grid) =>
  grid.rows > 0 &&
  grid.slots.every((row) => row.every((slot) => !slot || !/\p{Script=Han}/u.test(slot.cell.text)));

/** The page's tables that are parts 二, 三 and 四, as tokens in the national order. */
export function structuredTables(tables: readonly HtmlTable[]): StructuredTables {
  const byPart = new Map<TablePartKey, Grid[]>();
  let previous = null as { kind: TablePartKey | null; grid: Grid } | null;
  for (const table of tables) {
    const grid = expandGrid(table);
    // Part 四's numbers in a table of their own right after its header rows (a page break), as
    // many columns wide: the same table.
    const continued: TablePartKey | null =
      previous?.kind === 'appeals' && previous.grid.cols === grid.cols && numbersOnly(grid)
        ? 'appeals'
        : null;
    const kind: TablePartKey | null = classifyTable(grid) ?? continued;
    if (kind) byPart.set(kind, [...(byPart.get(kind) ?? []), grid]);
    previous = { kind, grid };
  }
  const out: StructuredTables = {};
  let reordered = false;
  const read = {
    proactive: proactiveTokens,
    applications: applicationTokens,
    appeals: (grids: readonly Grid[]) =>
      appealTokens(grids, () => {
        reordered = true;
      }),
  };
  for (const [kind, grids] of byPart)
    out[kind] = {
      tokens: read[kind](grids),
      text: grids.map(gridText).join('\n'),
      ...(kind === 'appeals' && reordered ? { reordered: true as const } : {}),
    };
  return out;
}
