// Part 三 printed with its zero cells BLANK, as PDF text laid out by spaces (pdftotext -layout,
// nianbao issue 18): a row shows only its non-zero numbers (「258 12            1   1」), so which
// column each is in is not in the text. The columns are placed by column-placement.ts: every
// order-keeping reading of every row is tried against the table's identities (SPEC §4: a row's
// 总计 is the sum of its six columns when printed; each column 一+二=（七）+四 and （七）= the
// sum of the 21 result rows), and a cell is read only where all readings agree; a blank there is 0
// (「原文为空白」), as any blank cell of a published table.
import { cellId } from '../report/cell-address';
import {
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
  RESULT_ROWS,
} from '../report/keys';
import { asciiDigits } from './clean-text';
import { type CellPlace, placeColumns } from './column-placement';
import { type Findings, readCell, recordNumber, recordUnread, rowSnippet, warn } from './findings';
import { spacedApart, touching } from './number-spacing';
import type { CellToken } from './table-tokens';

/** One row of the table as found by its label: its printed cells, in order (none: all blank). */
export type FoundRow = {
  row: ApplicationRow;
  label: string;
  cells: readonly CellToken[];
  /** the first and last line of its label */
  lines: readonly [number, number];
};

const COLUMNS = APPLICANT_COLUMNS.length;
const TOTAL = COLUMNS - 1;
const INPUTS = APPLICANT_INPUT_COLUMNS.map((_, k) => k);

const id = (row: ApplicationRow, column: ApplicantColumn) => cellId({ part: 'applications', row, column });

/**
 * How part 三's rows show their blank cells, when some row is printed short (its zeros blank):
 * - 'laid-out': the numbers stand apart by runs of spaces (pdftotext -layout);
 * - 'cell-per-line': every number on a line of its own (a page copied a cell per line);
 * - 'row-per-line': each row's numbers on its label's line, one space apart whatever the gap
 *   (pdfplumber's `extract_text()`: any gap wider than 3 points is one space), so the spaces say
 *   nothing of the columns; only the table's identities place them.
 * Null: not such a table — text without lines per row (plain pdftotext, a page saved as one line)
 * is never placed here, nor a row with a number that starts with 0 (「01」: cells run together).
 */
export type BlankZerosLayout = 'laid-out' | 'cell-per-line' | 'row-per-line';

export function blankZerosLaidOut(rows: readonly FoundRow[]): BlankZerosLayout | null {
  const short = rows.some((r) => r.cells.length < COLUMNS);
  const values = rows.flatMap((r) => r.cells);
  if (!short || values.some((c) => c.kind !== 'value')) return null;
  if (cellPerLine(values)) return 'cell-per-line';
  if (values.some((c) => c.kind !== 'value' || c.at === undefined)) return null;
  if (rows.some((r) => spacedApart(r.cells))) return 'laid-out';
  return rowPerLine(rows) ? 'row-per-line' : null;
}

/** Every row's numbers on one line of their own row, no two rows' on one line, none 「0…」. */
function rowPerLine(rows: readonly FoundRow[]): boolean {
  const lines = new Set<number>();
  for (const r of rows) {
    if (r.cells.length === 0) continue;
    const line = r.cells[0]!.line;
    if (lines.has(line) || r.cells.some((c) => c.line !== line)) return false;
    lines.add(line);
    if (r.cells.some((c) => c.kind === 'value' && /^[0０]\d/u.test(c.text))) return false;
  }
  return lines.size > 0;
}

/**
 * A table copied a cell per line (a page whose blank cells left no line): every number on a line
 * of its own, so each row's numbers keep their order and nothing else.
 */
function cellPerLine(values: readonly CellToken[]): boolean {
  const lines = new Set(values.map((c) => c.line));
  return values.length > 0 && lines.size === values.length;
}

/** The identities of part 三's six input columns (the 总计 column may be printed blank). */
function identities(rows: readonly FoundRow[]) {
  const at = (row: ApplicationRow) => rows.findIndex((r) => r.row === row);
  const total = at('totalHandled');
  return [
    {
      columns: INPUTS,
      terms: [
        { row: at('newReceived'), coef: 1 },
        { row: at('carriedOver'), coef: 1 },
        { row: total, coef: -1 },
        { row: at('carriedForward'), coef: -1 },
      ],
    },
    {
      columns: INPUTS,
      terms: [...RESULT_ROWS.map((r) => ({ row: at(r), coef: 1 })), { row: total, coef: -1 }],
    },
  ];
}

/** Whether a number of row `k` stands where it is that row's for certain (see readBlankZeros). */
function ownNumbers(rows: readonly FoundRow[]): (r: FoundRow, k: number, c: CellToken) => boolean {
  return cellPerLine(rows.flatMap((r) => r.cells))
    ? (r, k, c) => c.line > r.lines[1] && c.line < (rows[k + 1]?.lines[0] ?? Number.POSITIVE_INFINITY)
    : (r, _k, c) => c.line >= r.lines[0] && c.line <= r.lines[1];
}

/**
 * Where the columns could not be placed: a row whose every printed number is 0 is 0 in every
 * column, whichever columns its numbers stand in — when the table accounts for its numbers: every
 * row's printed numbers but the last add up to the last (its 总计), the rows' 总计 add up (the 21
 * result rows to 「（七）总计」, 一 + 二 to （七） + 四), every number standing off its label's lines
 * is 0 (whichever row it is, it adds nothing), and a row whose numbers stand off its label's lines
 * is read only when no row is printed wholly blank (no neighbour could be theirs). Returns the rows read.
 */
export function readZeroRows(rows: readonly FoundRow[], f: Findings): ApplicationRow[] {
  const values: number[][] = [];
  for (const r of rows) {
    const row: number[] = [];
    for (const c of r.cells) {
      const read = readCell(c, false);
      if (!read.ok || c.kind === 'blank') return [];
      // 「00000」 is zeros run together, digits lost with the blanks: not a printed 0 (「０」 is one).
      if (read.value === 0 && asciiDigits(c.text.trim()) !== '0') return [];
      row.push(read.value);
    }
    values.push(row);
  }
  const last = (k: number) => values[k]!.at(-1) ?? 0;
  if (values.some((v) => v.length >= 2 && v.slice(0, -1).reduce((s, x) => s + x, 0) !== v.at(-1))) return [];
  const at = (row: ApplicationRow) => rows.findIndex((r) => r.row === row);
  const total = at('totalHandled');
  const ends = [at('newReceived'), at('carriedOver'), at('carriedForward')];
  if (total < 0 || ends.some((k) => k < 0) || RESULT_ROWS.some((r) => at(r) < 0)) return [];
  if (RESULT_ROWS.reduce((s, r) => s + last(at(r)), 0) !== last(total)) return [];
  if (last(ends[0]!) + last(ends[1]!) !== last(total) + last(ends[2]!)) return [];
  const own = ownNumbers(rows);
  if (rows.some((r, k) => r.cells.some((c, j) => !own(r, k, c) && values[k]![j] !== 0))) return [];
  const whollyBlank = rows.some((r) => r.cells.length === 0);
  const read: ApplicationRow[] = [];
  rows.forEach((r, k) => {
    if (r.cells.length === 0 || values[k]!.some((v) => v !== 0)) return;
    if (whollyBlank && r.cells.some((c) => !own(r, k, c))) return;
    const snippet = rowSnippet(r.label, r.cells);
    for (const column of APPLICANT_COLUMNS) {
      const input = r.row !== 'totalHandled' && column !== 'total';
      recordNumber(f, id(r.row, column), { value: 0, draftText: '0' }, snippet, input);
    }
    read.push(r.row);
  });
  return read;
}

const NOT_READ = (printed: number, readings: number) =>
  `本行只印有${printed}个数（空白的栏未留位置）；能使本表各行合计和各栏勾稽关系全部成立的读法有${readings}种，本格在各读法中不同，无法确定`;

/**
 * Places and records the rows (all 25: the 24 input rows and 「（七）总计」, each found by its label).
 * Returns null when done, else why the table could not be placed (its rows are then read as before).
 */
export function readBlankZeros(
  rows: readonly FoundRow[],
  f: Findings,
  fixed: readonly (readonly (number | null)[])[] | null = null,
  layout: BlankZerosLayout = 'laid-out',
): string | null {
  // With rows printed wholly blank, numbers standing outside their label's lines (before it, after
  // it, on the next label's first line) could be a blank neighbour's: the identities cannot tell
  // two result rows apart, so which row is theirs must be certain from the text.
  // A table copied a cell per line puts a row's numbers on the lines after its label, before the
  // next label: theirs for certain.
  const own = ownNumbers(rows);
  const astray = rows.find((r, k) => r.cells.some((c) => !own(r, k, c)));
  if (astray)
    return `「${astray.label}」一行的数字不在其行标题所在的行上，表中又有整行空白的行，无法确定这些数属于哪一行`;
  const values: number[][] = [];
  for (const r of rows) {
    const row: number[] = [];
    for (const c of r.cells) {
      const read = readCell(c, false);
      if (!read.ok) return `${rowSnippet(r.label, r.cells)}中有无法识别的数`;
      row.push(read.value);
    }
    values.push(row);
  }
  const result = placeColumns({
    columns: COLUMNS,
    rows: values,
    // One space apart says neighbours only in text laid out by spaces.
    adjacent: rows.map((r) =>
      layout === 'laid-out' ? touching(r.cells) : r.cells.slice(1).map(() => false),
    ),
    ...(fixed ? { fixed } : {}),
    sums: [{ parts: INPUTS, total: TOTAL }],
    identities: identities(rows),
  });
  if (!result.ok) return result.reason;
  const open = result.places.some((row, k) =>
    row.some((c, col) => c === null && rows[k]!.row !== 'totalHandled' && col !== TOTAL),
  );
  const by = fixed
    ? '数字在表头各栏下的位置、各行合计、各栏勾稽关系和数字间的空格'
    : layout === 'laid-out'
      ? '各行合计、各栏勾稽关系和数字间的空格'
      : '各行合计和各栏勾稽关系';
  warn(
    f,
    open
      ? `第三部分把0印成空白（空白的栏未留位置）：按${by}确定各数所在的栏，能使勾稽关系全部成立的读法有${result.readings}种，各读法相同的格已读取，其余未读取；请与原文核对。`
      : `第三部分把0印成空白（空白的栏未留位置）：按${by}，各数所在的栏只有一种读法，已按此读取。`,
  );
  rows.forEach((r, k) => {
    record(f, r, result.places[k]!, result.readings);
  });
  return null;
}

function record(f: Findings, r: FoundRow, places: readonly CellPlace[], readings: number): void {
  const snippet = rowSnippet(r.label, r.cells);
  places.forEach((place, k) => {
    const column = APPLICANT_COLUMNS[k]!;
    const input = r.row !== 'totalHandled' && column !== 'total';
    const cell = id(r.row, column);
    if (place === null) {
      if (input) recordUnread(f, cell, NOT_READ(r.cells.length, readings), snippet);
      return;
    }
    const token: CellToken = place === -1 ? { kind: 'blank', line: r.cells[0]?.line ?? 0 } : r.cells[place]!;
    const read = readCell(token, false);
    if (read.ok) recordNumber(f, cell, read, snippet, input);
  });
}
