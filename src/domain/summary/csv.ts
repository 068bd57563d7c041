// CSV for Excel/WPS: UTF-8 with a BOM (without it Excel on Chinese Windows reads the bytes as GBK
// and shows mojibake), CRLF line ends and RFC 4180 quoting. Text cells that a spreadsheet would
// run as a formula (leading = + - @, tab, CR: OWASP "CSV Injection") get a leading 「'」: organ
// names and comments come from files of other offices. Numbers are written as they are.
import { cellId, cellLabel, INPUT_CELLS } from '../report/cell-address';
import { APPEAL_INPUT_FIELDS, APPLICANT_COLUMNS, APPLICANT_INPUT_COLUMNS } from '../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  LITIGATION_HEADER,
  MATRIX_NOTE,
  META_LABELS,
  ORGANIZATION_HEADER,
  PART_TITLES,
  PROACTIVE_CONTENT_HEADER,
  REPORT_KIND_LABELS,
  REVIEW_STATUS_LABELS,
} from '../report/labels';
import { APPEAL_COLUMNS } from '../tables/appeals-table';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import type { PerUnitRow } from './per-unit';
import type { SummedTables } from './sum-reports';

export type CsvCell = string | number | null;

const FORMULA_START = /^\s*[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/u;

/** One field: null and non-finite numbers empty, numbers plain, text neutralised and quoted. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

type NumGrid = Record<string, Record<string, number | null>>;

/** Part 二: the four sub-tables, each headed by its article of 《条例》第二十条. */
function proactiveRows(summed: SummedTables): CsvCell[][] {
  const out: CsvCell[][] = [[PART_TITLES.proactive]];
  for (const section of PROACTIVE_SECTIONS) {
    out.push([section.article], [PROACTIVE_CONTENT_HEADER, ...section.fields.map((f) => f.label)]);
    for (const row of section.rows)
      out.push([
        row.label,
        ...section.fields.map((f) =>
          // the fee as its exact decimal text, not a float that Excel might round differently
          f.decimal ? summed.feeText : ((summed.proactive as NumGrid)[row.key]?.[f.key] ?? null),
        ),
      ]);
  }
  return out;
}

/** Part 三: the note, the two header rows of 「申请人情况」, then the rows of the national table. */
function applicationRows(summed: SummedTables): CsvCell[][] {
  const organizationColumns = APPLICANT_INPUT_COLUMNS.filter((c) => c !== 'natural');
  const out: CsvCell[][] = [
    [PART_TITLES.applications],
    [MATRIX_NOTE],
    ['', APPLICANT_HEADER],
    [
      '',
      APPLICANT_LABELS.natural,
      ORGANIZATION_HEADER,
      ...organizationColumns.slice(1).map(() => ''),
      APPLICANT_LABELS.total,
    ],
    ['', '', ...organizationColumns.map((c) => APPLICANT_LABELS[c]), ''],
  ];
  for (const row of MATRIX_LAYOUT) {
    if (row.kind === 'group') out.push([row.label]);
    else out.push([row.label, ...APPLICANT_COLUMNS.map((c) => summed.applications[row.key][c])]);
  }
  return out;
}

/** Part 四: one row of 15 values under three header rows, as in the national table. */
function appealRows(summed: SummedTables): CsvCell[][] {
  const blanks = (n: number) => Array<string>(n).fill('');
  const width = APPEAL_INPUT_FIELDS.length + 1;
  return [
    [PART_TITLES.appeals],
    [APPEAL_GROUP_LABELS.reconsideration, ...blanks(width - 1), LITIGATION_HEADER, ...blanks(2 * width - 1)],
    [
      ...blanks(width),
      APPEAL_GROUP_LABELS.litigationDirect,
      ...blanks(width - 1),
      APPEAL_GROUP_LABELS.litigationAfterReconsideration,
      ...blanks(width - 1),
    ],
    APPEAL_COLUMNS.map((c) => APPEAL_FIELD_LABELS[c.field]),
    APPEAL_COLUMNS.map((c) => summed.appeals[c.group][c.field]),
  ];
}

/** The input cells some members left blank: the summed value leaves those members out. */
function missingRows(summed: SummedTables): CsvCell[][] {
  const cells = INPUT_CELLS.filter((c) => (summed.missing[cellId(c)] ?? 0) > 0);
  if (cells.length === 0) return [];
  return [
    [],
    ['未填写的单元格（汇总数未含未填单位）', '未填单位数'],
    ...cells.map((c): CsvCell[] => [cellLabel(c), summed.missing[cellId(c)]!]),
  ];
}

/** The summed part 二, 三 and 四 tables with the verbatim labels of the national format. */
export function summaryCsv(summed: SummedTables, options: { title?: string; basis?: string } = {}): string {
  return toCsv([
    ...(options.title ? [[options.title]] : []),
    ['汇总单位数', summed.memberCount],
    // which review statuses the sum holds (only 已审定, or drafts too): never mistaken for final
    ...(options.basis ? [['计入的报告', options.basis]] : []),
    [],
    ...proactiveRows(summed),
    [],
    ...applicationRows(summed),
    [],
    ...appealRows(summed),
    ...missingRows(summed),
  ]);
}

export const PER_UNIT_HEADERS: readonly string[] = [
  META_LABELS.agencyName,
  META_LABELS.reportKind,
  META_LABELS.year,
  '状态',
  '错误',
  '警告',
  APPLICATION_ROW_LABELS.newReceived,
  `${APPLICATION_GROUP_LABELS.results}${APPLICATION_ROW_LABELS.totalHandled}`,
  APPLICATION_ROW_LABELS.carriedForward,
  `${APPEAL_GROUP_LABELS.reconsideration}${APPEAL_FIELD_LABELS.total}`,
  `${LITIGATION_HEADER}${APPEAL_FIELD_LABELS.total}`,
  '报送截止日期',
  '逾期天数',
];

/** The dashboard table, one unit per line. */
export function perUnitCsv(rows: readonly PerUnitRow[]): string {
  return toCsv([
    PER_UNIT_HEADERS,
    ...rows.map((r): CsvCell[] => [
      r.agencyName,
      REPORT_KIND_LABELS[r.reportKind],
      r.year,
      REVIEW_STATUS_LABELS[r.status],
      r.errors,
      r.warnings,
      r.newReceived,
      r.totalHandled,
      r.carriedForward,
      r.reconsiderationTotal,
      r.litigationTotal,
      r.dueDate,
      r.overdueDays,
    ]),
  ]);
}
