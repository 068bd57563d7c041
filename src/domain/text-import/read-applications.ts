// Part 三 (SPEC §4): the 24 input rows and 「（七）总计」 located by label among the rows and group
// rows of the national layout; columns by position (six applicant columns, then 「总计」).
import { type ApplicationsCell, cellId } from '../report/cell-address';
import {
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
} from '../report/keys';
import { APPLICATION_GROUP_LABELS, APPLICATION_ROW_LABELS, type ApplicationGroup } from '../report/labels';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { type AlignedRow, alignRows, type RowCandidate } from './align-rows';
import {
  type Findings,
  readCell,
  recordNumber,
  recordUnread,
  rowSnippet,
  runTogetherDigits,
  warn,
} from './findings';
import { labelForms } from './label-match';
import { type LogicalRow, logicalRows, type TakenCells, takeCells, tokenizeTable } from './table-tokens';

type MatrixKey = { kind: 'row'; row: ApplicationRow } | { kind: 'group'; group: ApplicationGroup };

const CANDIDATES: RowCandidate<MatrixKey>[] = MATRIX_LAYOUT.map((entry) => ({
  key: entry.kind === 'row' ? { kind: 'row', row: entry.key } : { kind: 'group', group: entry.group },
  forms: labelForms(entry.label),
  cells: APPLICANT_COLUMNS.length,
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
};

/** How many columns the source prints: 7, or 6 when it leaves out 「总计」. */
function columnCount(aligned: readonly AlignedRow<MatrixKey>[]): number {
  let seven = 0;
  let six = 0;
  for (const a of aligned) {
    const t = takeCells(a.row.run, 7);
    if (t.status === 'ok') seven++;
    else if (t.status === 'short' && t.cells.length === 6) six++;
  }
  return six > seven ? 6 : 7;
}

function readRow(
  f: Findings,
  row: ApplicationRow,
  a: AlignedRow<MatrixKey>,
  taken: TakenCells,
  n: number,
): void {
  const snippet = rowSnippet(a.labelText, taken.cells);
  if (a.byPosition)
    warn(f, `第三部分中标签「${a.labelText}」与格式不符，按表中位置作为${label(row)}一行读取。`);
  if (taken.status === 'short') {
    const digits = runTogetherDigits(taken.cells, n);
    if (digits !== null) {
      f.runTogether.push({ part: 'applications', row, digits, snippet, cells: n, status: 'unread' });
      unreadInputs(f, row, `本行的数字连在一起（「${digits}」），需拆分后才能读取`, snippet);
    } else unreadInputs(f, row, `本行只读到${taken.cells.length}个数，应为${n}个`, snippet);
    return;
  }
  if (taken.status === 'long') {
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

/** A 2019 single 「（六）其他处理」 row: its zeros are exact for the three 2021 rows; the rest is not. */
function readOtherHandling(f: Findings, a: AlignedRow<MatrixKey>, taken: TakenCells) {
  const snippet = rowSnippet(a.labelText, taken.cells);
  const values: Partial<Record<ApplicantColumn, number>> = {};
  if (taken.status !== 'ok') {
    for (const row of OTHER_HANDLING_ROWS)
      unreadInputs(f, row, `「${APPLICATION_GROUP_LABELS.otherHandling}」一行未能读取`, snippet);
    return values;
  }
  taken.cells.forEach((token, k) => {
    const read = readCell(token, false);
    if (read.ok) values[APPLICANT_COLUMNS[k]!] = read.value;
  });
  for (const column of APPLICANT_INPUT_COLUMNS) {
    const v = values[column];
    for (const row of OTHER_HANDLING_ROWS) {
      if (v === 0) recordNumber(f, id(row, column), { value: 0, draftText: '0' }, snippet, true);
      else
        recordUnread(
          f,
          id(row, column),
          v === undefined
            ? `「${APPLICATION_GROUP_LABELS.otherHandling}」一行本栏未能读取`
            : `2019年试行格式只有一行「${APPLICATION_GROUP_LABELS.otherHandling}」（本栏原文为${v}），无法分到1、2、3项`,
          snippet,
        );
    }
  }
  warn(
    f,
    `2019年试行格式的「${APPLICATION_GROUP_LABELS.otherHandling}」只有一行：为0的栏已作为其下1、2、3项的0导入，不为0的栏无法拆分，未导入。`,
  );
  return values;
}

/** Reads part 三; `lines` null when the part was not found. */
export function readApplications(
  lines: readonly string[] | null,
  firstLine: number,
  f: Findings,
  missingReason: string,
): ApplicationsRead {
  if (lines === null) {
    for (const row of ROWS) unreadInputs(f, row, missingReason);
    return { otherHandling: null };
  }
  const rows: LogicalRow[] = logicalRows(tokenizeTable(lines, firstLine));
  const aligned = alignRows(rows, CANDIDATES);
  const n = columnCount(aligned);
  if (n === 6) warn(f, '第三部分表格没有「总计」栏，总计按各栏重新计算。');
  const seen = new Set<ApplicationRow>();
  let otherHandlingRow: AlignedRow<MatrixKey> | null = null;
  for (const a of aligned) {
    const taken = takeCells(a.row.run, n);
    if (a.key.kind === 'row') {
      seen.add(a.key.row);
      readRow(f, a.key.row, a, taken, n);
    } else if (a.key.group === 'otherHandling') otherHandlingRow = a;
    else
      warn(
        f,
        `第三部分「${APPLICATION_GROUP_LABELS[a.key.group]}」一行在格式中不填数，原文中该行的数字（${rowSnippet('', taken.cells)}）未导入。`,
      );
  }
  let otherHandling: ApplicationsRead['otherHandling'] = null;
  if (otherHandlingRow !== null) {
    if (OTHER_HANDLING_ROWS.some((r) => seen.has(r)))
      warn(
        f,
        `第三部分「${APPLICATION_GROUP_LABELS.otherHandling}」一行在格式中不填数，原文中该行的数字未导入。`,
      );
    else {
      otherHandling = readOtherHandling(f, otherHandlingRow, takeCells(otherHandlingRow.row.run, n));
      for (const r of OTHER_HANDLING_ROWS) seen.add(r);
    }
  }
  for (const row of ROWS) if (!seen.has(row)) unreadInputs(f, row, `原文中未找到${label(row)}一行`);
  return { otherHandling };
}
