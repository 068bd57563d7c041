// Part 三 (SPEC §4): the 24 input rows and 「（七）总计」 located by label among the rows and group
// rows of the national layout; columns by position (six applicant columns, then 「总计」).
import { normalizeNumberText } from '../numbers/normalize';
import { type ApplicationsCell, cellId } from '../report/cell-address';
import {
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
} from '../report/keys';
import {
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  type ApplicationGroup,
} from '../report/labels';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { blankZerosLaidOut, type FoundRow, readBlankZeros, readZeroRows } from './applications-blank-zeros';
import {
  type Findings,
  holdsRunTogether,
  mergeFindings,
  newFindings,
  readCell,
  recordNumber,
  recordUnread,
  rowRunTogether,
  rowSnippet,
  warn,
} from './findings';
import { columnsByPosition } from './header-columns';
import { labelForms, labelNumbering, normalizeLabel } from './label-match';
import { oneJoinThatFits, type SpacedJoin } from './spaced-digits';
import {
  type RowRead,
  readTableRows,
  type TableRead,
  type TableRowCandidate,
  UNDECIDED_REASON,
} from './table-rows';
import { type CellToken, type TableToken, type TakenCells, tokenizeTable } from './table-tokens';

/** The lines a table was read from, `firstLine` the index of lines[0]. */
type TableText = { lines: readonly string[]; firstLine: number };

/** The header labels of part 三's columns, left to right (SPEC §4). */
const HEADER_LABELS = APPLICANT_COLUMNS.map((c) => APPLICANT_LABELS[c]);

type MatrixKey = { kind: 'row'; row: ApplicationRow } | { kind: 'group'; group: ApplicationGroup };

/**
 * The words a row keeps when a report shortens or rewords its label (「1.本机关不掌握」「2.需要另行制作」
 * 「1.信访举报投诉」「1.申请人逾期不补正」): each is printed in no other row's label, so a label holding
 * it is that row's, whatever else was dropped around it. Looked for only where the label itself fits
 * poorly (locate-labels.ts KEY_FORMS_BELOW).
 */
const APPLICATION_KEY_WORDS: Partial<Record<ApplicationRow, string>> = {
  newReceived: '本年新收',
  carriedOver: '上年结转',
  withheldStateSecret: '国家秘密',
  withheldOtherLaw: '法律行政法规禁止',
  withheldSafetyStability: '三安全一稳定',
  withheldThirdParty: '第三方合法权益',
  withheldInternalAffairs: '内部事务',
  withheldProcessInfo: '过程性信息',
  withheldEnforcementFile: '执法案卷',
  withheldQueryMatter: '查询事项',
  unavailableNotHeld: '不掌握',
  unavailableNeedsCreation: '另行制作',
  unavailableUnclear: '不明确',
  notProcessedComplaint: '信访举报投诉',
  notProcessedPublication: '公开出版物',
  notProcessedMassRepeated: '大量反复',
  notProcessedConfirmation: '重新出具',
  otherNoCorrection: '逾期不补正',
  otherUnpaidFee: '缴纳费用',
  carriedForward: '结转下年',
};

const keyFormsOf = (entry: (typeof MATRIX_LAYOUT)[number]): string[] => {
  const key = entry.kind === 'row' ? APPLICATION_KEY_WORDS[entry.key] : undefined;
  return key === undefined ? [] : [normalizeLabel(key)];
};

const candidatesFor = (columns: number, otherHandlingTakesCells: boolean): TableRowCandidate<MatrixKey>[] =>
  MATRIX_LAYOUT.map((entry) => ({
    key: entry.kind === 'row' ? { kind: 'row', row: entry.key } : { kind: 'group', group: entry.group },
    forms: labelForms(entry.label),
    keyForms: keyFormsOf(entry),
    numbering: labelNumbering(entry.label),
    // Group labels help keep the order but may be scattered (PDF text prints them in fragments).
    weight: entry.kind === 'row' ? 1 : 0.5,
    cells: columns,
    takesCells: entry.kind === 'row' || (otherHandlingTakesCells && entry.group === 'otherHandling'),
    fillable: entry.kind === 'row',
  }));
const ROWS = MATRIX_LAYOUT.flatMap((e) => (e.kind === 'row' ? [e.key] : []));
const OTHER_HANDLING_ROWS = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'] as const;

const id = (row: ApplicationRow, column: ApplicantColumn) =>
  cellId({ part: 'applications', row, column } satisfies ApplicationsCell);
const label = (row: ApplicationRow) => `「${APPLICATION_ROW_LABELS[row]}」`;

function unreadInputs(f: Findings, row: ApplicationRow, reason: string, snippet?: string): void {
  if (row === 'totalHandled') return;
  for (const c of APPLICANT_INPUT_COLUMNS) recordUnread(f, id(row, c), reason, snippet);
}

export type ApplicationsRead = {
  /** the source values of a 2019 single 「（六）其他处理」 row, by input column */
  otherHandling: Partial<Record<ApplicantColumn, number>> | null;
  /** the table printed its zeros blank and was placed by its identities (applications-blank-zeros.ts) */
  blankZeros?: boolean;
  /** a 2019 single 「（六）其他处理」 row was read as 「3.其他」 by the placement */
  oldOtherRow?: boolean;
  /** rows found by their label with no number printed (applications-blank-rows.ts) */
  blankRows?: ApplicationRow[];
  /** some row is printed with no number at all (its zeros blank), read or not */
  printsBlankRows?: boolean;
};

type Read = TableRead<MatrixKey>;

/** How many columns the source prints: 7, or 6 when it leaves out 「总计」. */
function columnCount(read: Read): number {
  let seven = 0;
  let six = 0;
  let fewer = 0;
  for (const r of read.rows.values()) {
    if (!r.cells) continue;
    if (r.cells.status === 'ok') seven++;
    // 「1 0 0 0 0 01」 is six tokens but seven cells (a crawler lost one space): no sign of a table
    // without its 总计 (平潭综合实验区财政金融局 2022: read as six columns, 「01」 became 「其他」 1).
    else if (r.cells.status === 'short' && r.cells.cells.length === 6 && !holdsRunTogether(r.cells.cells))
      six++;
    else if (r.cells.status === 'short') fewer++;
  }
  // Rows of fewer than six numbers: the blank cells left no place (PDF text), so a row of six
  // says nothing of a missing 总计 column.
  return six > seven && fewer === 0 ? 6 : 7;
}

/** Two or more plain numbers, the last the sum of the others (a row's 总计 with its parts). */
function addsUp(cells: readonly CellToken[]): boolean {
  if (cells.length < 2 || cells.some((c) => c.kind !== 'value')) return false;
  const values = cells.map((c) => (c.kind === 'value' ? normalizeNumberText(c.text) : ''));
  if (!values.every((v) => /^\d+$/u.test(v))) return false;
  // 「01」 is not one printed number but cells run together (「0」「1」): no row adds up with it.
  if (holdsRunTogether(cells)) return false;
  const numbers = values.map(Number);
  return numbers.slice(0, -1).reduce((a, b) => a + b, 0) === numbers.at(-1);
}

/** The last cell is a number above 0 (a row of zeros cut short says nothing of where blanks were). */
const endsAboveZero = (cells: readonly CellToken[]) => {
  const last = cells.at(-1);
  return last?.kind === 'value' && Number(normalizeNumberText(last.text)) > 0;
};

/**
 * Plain numbers gathered from runs on several lines, some run of several numbers (not one number a
 * line, as a pasted Word table), whose last is not the sum of the others. `runsOnLines`: the table
 * prints its rows as runs on lines (plain pdftotext), so a row gathered from numbers one a line
 * took a column printed apart (the 总计 column after the table, a page number among them) — it too
 * is unread when it does not add up.
 */
function splitUnsummed(cells: readonly CellToken[], runsOnLines: boolean): boolean {
  if (cells.some((c) => c.kind !== 'value')) return false;
  const perLine = new Map<number, number>();
  for (const c of cells) perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
  return perLine.size > 1 && (runsOnLines || [...perLine.values()].some((k) => k > 1)) && !addsUp(cells);
}

/** Text whose table prints several numbers on one line (rows as runs), not one cell a line. */
function printsRunsOnLines(tokens: readonly TableToken[]): boolean {
  const perLine = new Map<number, number>();
  for (const t of tokens) if (t.kind === 'value') perLine.set(t.line, (perLine.get(t.line) ?? 0) + 1);
  let several = 0;
  for (const k of perLine.values()) if (k >= 3) several++;
  return several >= 3;
}

/**
 * A row of seven numbers in a table read as six columns (most rows without their 「总计」: plain
 * pdftotext of a narrow page prints the 总计 column of the lower rows apart, after the table) is
 * the six applicant columns and its 总计 when the seventh is their sum; otherwise unread.
 */
function printsItsTotal(taken: TakenCells, n: number): boolean {
  return n === APPLICANT_INPUT_COLUMNS.length && taken.cells.length === n + 1 && addsUp(taken.cells);
}

/**
 * One glued run of zeros a digit short of the row (「四、结转下年度继续办理 000000」 for seven cells,
 * 平潭金井片区 2024): the cell left out was printed blank, and blank is 0 — every reading of the
 * print is a row of zeros. Only a glued run (or one glued in pieces): zeros spaced one by one may
 * have left a number elsewhere.
 */
export function zerosOneShort(cells: readonly CellToken[], n: number): boolean {
  if (cells.length === 0 || cells.some((c) => c.kind !== 'value')) return false;
  const pieces = cells.map((c) => (c.kind === 'value' ? normalizeNumberText(c.text) : ''));
  const text = pieces.join('');
  // Half spaced (「0 00000」, 平潭金井片区 2022): a piece 「00000」 is no number, so the spaces do not
  // stand between the printed cells — as good as one glued run.
  const glued = pieces.length === 1 || pieces.some((p) => p.length > 1);
  return glued && /^0+$/u.test(text) && text.length === n - 1 && n > 2;
}

/**
 * A row of delimited cells (pipes or tabs: empty cells printed as empty cells), whole (a later row's
 * label follows it: not cut where a text ends), short of the row, whose printed numbers are all 0 (「一、本年新收… |」「|」「0 |」「|||||||」: a crawler's row whose 0 fills a cell
 * spanning the columns, or one 0 among empty cells): blank is 0, so whatever column each printed 0 is
 * in, the row is zeros. Not text spaced by spaces (a row's other number may be printed elsewhere).
 */
export function zerosAmongBlanks(cells: readonly CellToken[], n: number): boolean {
  const values = cells.filter((c) => c.kind === 'value');
  const delimited =
    cells.some((c) => c.kind === 'blank') || values.every((c) => c.kind === 'value' && c.whole);
  return (
    n > 1 &&
    values.length > 0 &&
    delimited &&
    values.every(
      (c) => c.kind === 'value' && /^0+$/u.test(normalizeNumberText(c.text)) && c.text.trim().length === 1,
    )
  );
}

/**
 * A row of one number too many, whole numbers a space apart (「1 2 0 0 0 0 0 12」: OCR of a scan split
 * 「12」): joined where exactly one pair of neighbours read as one number makes the row's 总计 the sum of
 * its six columns — never otherwise (a stray number, two ways that add up, a piece opening on 0;
 * spaced-digits.ts).
 */
export function spacedDigitsJoined(cells: readonly CellToken[], n: number): SpacedJoin | null {
  if (n !== APPLICANT_COLUMNS.length || cells.length !== n + 1) return null;
  if (cells.some((c) => c.line !== cells[0]!.line)) return null;
  return oneJoinThatFits(cells, (values) => values.slice(0, -1).reduce((a, b) => a + b, 0) === values.at(-1));
}

function readRow(
  f: Findings,
  row: ApplicationRow,
  a: RowRead<MatrixKey>,
  printed: TakenCells,
  n: number,
  placement: string | null,
  runsOnLines: boolean,
  /** a later row's label follows the row's cells: the row is printed whole (not cut where the text ends) */
  closed: boolean,
): void {
  let taken: TakenCells =
    printed.status === 'short' &&
    (zerosOneShort(printed.cells, n) || (closed && zerosAmongBlanks(printed.cells, n)))
      ? {
          status: 'ok',
          cells: Array.from({ length: n }, () => ({ ...printed.cells[0]!, text: '0' })),
        }
      : printed;
  const snippet = rowSnippet(a.labelText, printed.cells);
  if (a.byPosition)
    warn(f, `第三部分中标签「${a.labelText}」与格式不符，按表中位置作为${label(row)}一行读取。`);
  if (taken.status === 'short') {
    const digits = rowRunTogether(taken.cells, n);
    if (n === APPLICANT_COLUMNS.length && addsUp(taken.cells) && endsAboveZero(taken.cells)) {
      // Separate numbers whose last is the sum of the others: the row adds up as printed, and its
      // blank cells left no place (a crawler drops them): which column each number is in is unknown.
      unreadInputs(
        f,
        row,
        `本行只读到${taken.cells.length}个数，应为${n}个；其余各数之和等于最后一数（总计），原文的空白单元格未留位置，无法确定各数所在的栏${placement === null ? '' : `（按本表的勾稽关系也无法确定：${placement}）`}`,
        snippet,
      );
    } else if (digits !== null) {
      f.runTogether.push({ part: 'applications', row, digits, snippet, cells: n, status: 'unread' });
      unreadInputs(f, row, `本行的数字连在一起（「${digits}」），需拆分后才能读取`, snippet);
    } else
      unreadInputs(
        f,
        row,
        placement === null
          ? `本行只读到${taken.cells.length}个数，应为${n}个（原文可能把0印成空白而未留位置，文本中没有各数的位置，无法确定各数所在的栏）`
          : `本行只读到${taken.cells.length}个数，应为${n}个（原文的空白单元格未留位置；按各数的左右顺序和本表的勾稽关系也无法确定各数所在的栏：${placement}）`,
        snippet,
      );
    return;
  }
  if (taken.status === 'ok' && n === APPLICANT_COLUMNS.length && splitUnsummed(taken.cells, runsOnLines)) {
    // Gathered from numbers on several lines (plain pdftotext) and its 总计 is not their sum: a
    // row printed short (zeros blank) may have taken the next row's numbers.
    unreadInputs(
      f,
      row,
      `本行的${n}个数分在几行，最后一数（总计）不等于其余各数之和；原文可能把0印成空白，这些数未必都属于本行，无法确定`,
      snippet,
    );
    return;
  }
  const joined = taken.status === 'long' ? spacedDigitsJoined(taken.cells, n) : null;
  if (joined) {
    warn(
      f,
      `第三部分${label(row)}一行有一个数被空格隔开（「${joined.pieces}」，如扫描件识别的文字）：只有读作「${joined.text}」时本行的总计等于各栏之和，已按此读取，请核对。`,
    );
    taken = { status: 'ok', cells: joined.cells };
  }
  if (taken.status === 'long' && !printsItsTotal(taken, n)) {
    unreadInputs(f, row, `本行读到${taken.cells.length}个数，多于${n}栏，无法确定对应关系`, snippet);
    return;
  }
  taken.cells.forEach((token, k) => {
    const column = APPLICANT_COLUMNS[k]!;
    const input = row !== 'totalHandled' && column !== 'total';
    const read = readCell(token, false);
    if (read.ok) recordNumber(f, id(row, column), read, snippet, input);
    else if (input) recordUnread(f, id(row, column), read.reason, snippet);
  });
}

const OTHER_HANDLING = APPLICATION_GROUP_LABELS.otherHandling;
export const OLD_ROW_NOTE = `原文「${OTHER_HANDLING}」只有一行（2019年试行格式）：已将该行数字作为其下「${APPLICATION_ROW_LABELS.otherOther}」导入，「${APPLICATION_ROW_LABELS.otherNoCorrection}」「${APPLICATION_ROW_LABELS.otherUnpaidFee}」按0导入（试行格式未分这两项）。`;

/**
 * A single 「（六）其他处理」 row (2019 trial layout, also seen inside 2021-layout reports): its
 * numbers go to 「3.其他」 — the trial row counted every other handling — and the two rows the
 * trial format did not have are 0 (nianbao issue 18: never left blank).
 */
function readOtherHandling(f: Findings, a: RowRead<MatrixKey>, printed: TakenCells, n: number) {
  let taken = printed;
  const snippet = rowSnippet(a.labelText, taken.cells);
  const values: Partial<Record<ApplicantColumn, number>> = {};
  const digits = taken.status === 'short' ? rowRunTogether(taken.cells, n) : null;
  // As many digits as cells (「0000000」): one digit a cell, the only cut.
  if (digits !== null && digits.length === n && taken.cells.length > 0) {
    const line = taken.cells[0]!.line;
    taken = { status: 'ok', cells: [...digits].map((d) => ({ kind: 'value' as const, text: d, line })) };
  }
  if (taken.status !== 'ok') {
    const reason =
      digits !== null
        ? `「${OTHER_HANDLING}」一行的数字连在一起（「${digits}」），无法确定各栏`
        : `「${OTHER_HANDLING}」一行未能读取（读到${taken.cells.length}个数，应为${n}个）`;
    for (const row of OTHER_HANDLING_ROWS) unreadInputs(f, row, reason, snippet);
    return values;
  }
  taken.cells.forEach((token, k) => {
    const read = readCell(token, false);
    const column = APPLICANT_COLUMNS[k]!;
    if (read.ok) values[column] = read.value;
    if (column === 'total') {
      if (read.ok) recordNumber(f, id('otherOther', 'total'), read, snippet, false);
      return;
    }
    if (read.ok) recordNumber(f, id('otherOther', column), read, snippet, true);
    else recordUnread(f, id('otherOther', column), read.reason, snippet);
    for (const row of ['otherNoCorrection', 'otherUnpaidFee'] as const)
      recordNumber(f, id(row, column), { value: 0, draftText: '0' }, snippet, true);
  });
  warn(f, OLD_ROW_NOTE);
  return values;
}

/** Whether a row found as 「3.其他」 is really the single 2019 row (「（六）其他处理」 printed as one). */
const isOldOtherRow = (r: RowRead<MatrixKey> | undefined) =>
  r !== undefined && normalizeLabel(r.labelText).includes(normalizeLabel('其他处理'));

function rowOf(read: Read, row: ApplicationRow): RowRead<MatrixKey> | undefined {
  for (const r of read.rows.values()) if (r.key.kind === 'row' && r.key.row === row) return r;
  return undefined;
}

/** Reads part 三; `lines` null when the part was not found. */
export function readApplications(
  lines: readonly string[] | null,
  firstLine: number,
  f: Findings,
  missingReason: string,
  /** another part follows part 三 in the text (its last row is whole) */
  followed = false,
): ApplicationsRead {
  if (lines === null) {
    for (const row of ROWS) unreadInputs(f, row, missingReason);
    return { otherHandling: null };
  }
  return readApplicationTokens(tokenizeTable(lines, firstLine), f, { lines, firstLine }, followed);
}

/**
 * Reads part 三 from its table tokens (text of any shape, or an HTML table's cells); `text`: the
 * lines they were read from (a text's), for positions under the header (header-columns.ts).
 */
export function readApplicationTokens(
  tokens: readonly TableToken[],
  f: Findings,
  text?: TableText,
  /** the table is printed whole to its end (an HTML table; a text with another part after part 三) */
  whole = false,
): ApplicationsRead {
  let read = readTableRows(tokens, candidatesFor(7, false));
  const n = columnCount(read);
  if (n === 6) {
    read = readTableRows(tokens, candidatesFor(6, false));
    warn(f, '第三部分表格没有「总计」栏，总计按各栏重新计算。');
  }
  // The 2019 single row: no 1. and 2. rows, and either no 3. row or a 3. row that is the group label.
  let single: RowRead<MatrixKey> | null = null;
  const oldRows = !rowOf(read, 'otherNoCorrection') && !rowOf(read, 'otherUnpaidFee');
  if (oldRows && isOldOtherRow(rowOf(read, 'otherOther'))) single = rowOf(read, 'otherOther') ?? null;
  else if (oldRows && !rowOf(read, 'otherOther')) {
    const again = readTableRows(tokens, candidatesFor(n, true));
    const group = [...again.rows.values()].find((r) => r.key.kind === 'group');
    if (group?.cells) {
      read = again;
      single = group;
    }
  }
  const placement = n === APPLICANT_COLUMNS.length ? placeBlankZeros(tokens, read, single, f, text) : null;
  if (placement?.done) {
    if (placement.oldOtherRow) warn(f, OLD_ROW_NOTE);
    unpairedWarnings(f, read);
    return { otherHandling: null, blankZeros: true, oldOtherRow: placement.oldOtherRow };
  }
  const seen = new Set<ApplicationRow>();
  const blank: ApplicationRow[] = [];
  const runsOnLines = text !== undefined && printsRunsOnLines(tokens);
  for (const r of read.rows.values()) {
    if (r === single || r.key.kind !== 'row') continue;
    seen.add(r.key.row);
    if (r.cells) {
      const lastLine = Math.max(...r.cells.cells.map((c) => c.line));
      const closed = whole || tokens.some((t) => t.kind === 'text' && t.line > lastLine);
      readRow(f, r.key.row, r, r.cells, n, placement?.reason ?? null, runsOnLines, closed);
    } else if (r.undecided) unreadInputs(f, r.key.row, UNDECIDED_REASON(label(r.key.row)), r.labelText);
    else {
      unreadInputs(f, r.key.row, `原文中${label(r.key.row)}一行没有数字`, r.labelText);
      blank.push(r.key.row);
    }
  }
  let otherHandling: ApplicationsRead['otherHandling'] = null;
  if (single?.cells) {
    otherHandling = readOtherHandling(f, single, single.cells, n);
    for (const r of OTHER_HANDLING_ROWS) seen.add(r);
  }
  unpairedWarnings(f, read);
  for (const row of ROWS) if (!seen.has(row)) unreadInputs(f, row, `原文中未找到${label(row)}一行`);
  // Rows printed blank: read once the run-together rows are split (applications-blank-rows.ts),
  // and only when no number of the table went unplaced.
  if (blank.length > 0 && !read.unpaired.some((u) => u.unit.hasValue))
    return { otherHandling, blankRows: blank, printsBlankRows: true };
  return { otherHandling, printsBlankRows: blank.length > 0 };
}

function unpairedWarnings(f: Findings, read: Read): void {
  for (const u of read.unpaired)
    warn(
      f,
      `第三部分中有一组数字（${rowSnippet(u.before, u.unit.cells)}）未能对应到表中的任何一行，未导入。`,
    );
}

/**
 * The table laid out by spaces with its zero cells blank (applications-blank-zeros.ts): placed
 * when every row was found by its label; `done` when read, else why not (null: not such a table).
 * A 2019 single 「（六）其他处理」 row (with numbers, or found blank) stands for 「3.其他」.
 */
function placeBlankZeros(
  tokens: readonly TableToken[],
  read: Read,
  single: RowRead<MatrixKey> | null,
  f: Findings,
  text?: TableText,
): { done: boolean; reason: string | null; oldOtherRow: boolean } | null {
  const rows: FoundRow[] = [];
  /**
   * The lines of a row's label: from its first line to the last line of text that is still a piece
   * of it (the match may leave out the rest of a long label: 「（区分处理的，」「只计这一情形，」).
   */
  const linesOf = (match: (k: MatrixKey) => boolean, label: string): [number, number] => {
    const l = read.located.find((x) => match(x.key));
    if (!l) return [-1, -1];
    const whole = normalizeLabel(label);
    // The row's own number printed apart from its words, a narrow PDF cell wrapping 「7.属于行政执法
    // 案卷」 as 「属于行政执法案卷」 over 「7.  0  0」 (or 「5. 0」 between 「属于三类内部事务 0」 and
    // 「信息」, or on the line before the words): that line is the label's too.
    const ordinal = /^(\d{1,2})\s*[.．、]/u.exec(label.normalize('NFKC'))?.[1];
    const ownNumber = (text: string) =>
      ordinal !== undefined &&
      new RegExp(`^\\s*${ordinal}\\s*[.．、]\\s*$`, 'u').test(text.normalize('NFKC'));
    let last = l.lastToken;
    for (let t = l.lastToken + 1; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.kind !== 'text') continue;
      const piece = normalizeLabel(token.text);
      if (piece === '' && ownNumber(token.text)) {
        last = t;
        continue;
      }
      if (piece === '' || !whole.includes(piece)) break;
      last = t;
    }
    let first = l.firstToken;
    for (let t = l.firstToken - 1; t >= 0; t--) {
      const token = tokens[t]!;
      if (token.kind !== 'text') continue;
      if (ownNumber(token.text)) first = t;
      break;
    }
    return [tokens[first]!.line, tokens[last]!.line];
  };
  const oldGroup =
    single ??
    (OTHER_HANDLING_ROWS.some((r) => rowOf(read, r))
      ? null
      : (read.located.find((l) => l.key.kind === 'group' && l.key.group === 'otherHandling') ?? null));
  const oldLabel = single ? single.labelText : oldGroup && 'text' in oldGroup ? oldGroup.text : '';
  for (const row of ROWS) {
    if (oldGroup && (row === 'otherNoCorrection' || row === 'otherUnpaidFee')) continue;
    if (oldGroup && row === 'otherOther') {
      const cells = single?.cells;
      if (cells && cells.status !== 'short' && cells.status !== 'ok') return null;
      // The single row found as 「3.其他」 (its label 「（六）其他处理」) is located as that row, not as the group.
      const lines =
        single?.key.kind === 'row'
          ? linesOf((k) => k.kind === 'row' && k.row === 'otherOther', single.labelText)
          : linesOf((k) => k.kind === 'group' && k.group === 'otherHandling', OTHER_HANDLING);
      rows.push({ row, label: oldLabel, cells: cells?.cells ?? [], lines });
      continue;
    }
    const r = rowOf(read, row);
    if (!r || r.cells?.status === 'long') return null;
    const lines = linesOf((k) => k.kind === 'row' && k.row === row, APPLICATION_ROW_LABELS[row]);
    rows.push({ row, label: r.labelText, cells: r.cells?.cells ?? [], lines });
  }
  // Numbers no row took would be missing from the sums: no placement without them.
  const layout = blankZerosLaidOut(rows);
  if (read.unpaired.some((u) => u.unit.hasValue)) return null;
  if (layout === null) {
    // Rows printed short, every number apart, some without its place on the line (a cell glued to
    // its label: pypdf's layout mode, 「…法规0」): no column is placed, but rows printing only 0 are 0.
    const unplaced = rows.flatMap((r) => r.cells).some((c) => c.kind === 'value' && c.at === undefined);
    const short = rows.some((r) => r.cells.length < APPLICANT_COLUMNS.length);
    // Or a table printing nothing but zeros, some rows a zero short (「（一）予以公开 0 0 0 0 0 0」 among
    // rows of seven, 平潭经济发展局 2021): no number stands anywhere to be missing from a row — every
    // reading of every row is zeros (one spaced row alone could have left its number elsewhere).
    const onlyZeros = rows.every((r) =>
      r.cells.every((c) => c.kind === 'value' && normalizeNumberText(c.text) === '0'),
    );
    if (
      (!unplaced && !onlyZeros) ||
      !short ||
      oldGroup ||
      rows.some((r) => r.cells.some((c) => c.kind !== 'value'))
    )
      return null;
    if (readZeroRows(rows, f).length === 0) return null;
    warn(
      f,
      unplaced
        ? '第三部分把0印成空白（空白的栏未留位置），部分数字在文本中没有位置：各数所在的栏无法确定，但只印有0的行各栏都是0，已按0读取；其余行未读取。'
        : '第三部分有的行少印了一个数（空白的栏未留位置），但全表只印有0：无论各数在哪一栏，各行各栏都是0，已按0读取。',
    );
    return {
      done: false,
      reason: unplaced
        ? '部分数字在文本中没有位置（与行标题连在一起），未按位置放置'
        : '文本中各数的位置不表示所在的栏',
      oldOtherRow: false,
    };
  }
  const attempt = newFindings();
  // A 2019 single 「（六）其他处理」 row stands for 「3.其他」 under the header: positions all the same.
  const starts = rows.map((r) => r.lines[0]).filter((l) => l >= 0);
  // Positions under the header only where the text is laid out by spaces.
  const fixed =
    text && starts.length > 0 && layout !== 'row-per-line'
      ? columnsByPosition(
          text.lines,
          text.firstLine,
          Math.min(...starts),
          rows.map((r) => r.cells),
          HEADER_LABELS,
        )
      : null;
  const reason = readBlankZeros(rows, attempt, fixed, layout);
  if (reason !== null) {
    // The columns not placed: rows printed all 0 are 0 wherever their numbers stand.
    if (!oldGroup && readZeroRows(rows, f).length > 0)
      warn(
        f,
        '第三部分把0印成空白（空白的栏未留位置）：各数所在的栏无法确定，但只印有0的行各栏都是0，已按0读取；其余行未读取。',
      );
    return { done: false, reason, oldOtherRow: false };
  }
  if (oldGroup)
    for (const row of ['otherNoCorrection', 'otherUnpaidFee'] as const)
      for (const c of APPLICANT_INPUT_COLUMNS)
        recordNumber(attempt, id(row, c), { value: 0, draftText: '0' }, rowSnippet(oldLabel, []), true);
  mergeFindings(f, attempt);
  return { done: true, reason: null, oldOtherRow: oldGroup !== null };
}
