// The ONE builder and parser of cell addresses (SPEC §8): `data-cell="<part>.<row>.<column>"`.
// The grids, highlighting, jump-to-cell, comments, import findings and the e2e tests all use it.
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  APPLICATION_ROWS,
  type AppealField,
  type AppealGroup,
  type ApplicantColumn,
  type ApplicationRow,
  type DecisionRow,
  type DocumentField,
  type DocumentRow,
  NARRATIVE_PARTS,
  type NarrativePart,
  PROACTIVE_ROW_FIELDS,
  PROACTIVE_ROWS,
  type ProactiveField,
  type ProactiveRow,
} from './keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_LABELS,
  APPLICATION_ROW_LABELS,
  LITIGATION_HEADER,
  NARRATIVE_LABELS,
  PROACTIVE_FIELD_LABELS,
  PROACTIVE_ROW_LABELS,
} from './labels';

export type ApplicationsCell = { part: 'applications'; row: ApplicationRow; column: ApplicantColumn };
export type ProactiveCell = { part: 'proactive'; row: ProactiveRow; column: ProactiveField };
export type AppealsCell = { part: 'appeals'; row: AppealGroup; column: AppealField };
export type CellAddress = ApplicationsCell | ProactiveCell | AppealsCell;
export type TablePart = CellAddress['part'];

/** The columns a row of part 二 has (PROACTIVE_ROW_FIELDS as a type). */
type ProactiveColumnOf<R extends ProactiveRow> = R extends DocumentRow
  ? DocumentField
  : R extends DecisionRow
    ? 'decisions'
    : 'amount';
type RowOf = { applications: ApplicationRow; proactive: ProactiveRow; appeals: AppealGroup };
type ColumnOf<P extends TablePart, R> = P extends 'applications'
  ? ApplicantColumn
  : P extends 'appeals'
    ? AppealField
    : R extends ProactiveRow
      ? ProactiveColumnOf<R>
      : never;

/**
 * The typed builder: `cellAddress('applications', 'granted', 'natural')`. A row or column that
 * does not exist in the part (or a part 二 column its row does not have) is a compile error.
 */
export function cellAddress<P extends TablePart, R extends RowOf[P]>(
  part: P,
  row: R,
  column: ColumnOf<P, R>,
): Extract<CellAddress, { part: P }> {
  return { part, row, column } as unknown as Extract<CellAddress, { part: P }>;
}

export function cellId(cell: CellAddress): string {
  return `${cell.part}.${cell.row}.${cell.column}`;
}

const has = (list: readonly string[], v: string) => list.includes(v);

/** Parses a `data-cell` value; null for anything that is not an existing cell. */
export function parseCellId(id: string): CellAddress | null {
  const [part, row, column, extra] = id.split('.');
  if (!part || !row || !column || extra !== undefined) return null;
  if (part === 'applications' && has(APPLICATION_ROWS, row) && has(APPLICANT_COLUMNS, column))
    return { part, row: row as ApplicationRow, column: column as ApplicantColumn };
  if (part === 'appeals' && has(APPEAL_GROUPS, row) && has(APPEAL_FIELDS, column))
    return { part, row: row as AppealGroup, column: column as AppealField };
  if (
    part === 'proactive' &&
    has(PROACTIVE_ROWS, row) &&
    has(PROACTIVE_ROW_FIELDS[row as ProactiveRow], column)
  )
    return { part, row: row as ProactiveRow, column: column as ProactiveField };
  return null;
}

export function isDerivedCell(cell: CellAddress): boolean {
  if (cell.part === 'applications') return cell.row === 'totalHandled' || cell.column === 'total';
  if (cell.part === 'appeals') return cell.column === 'total';
  return false;
}

export function isFeeCell(cell: CellAddress): boolean {
  return cell.part === 'proactive' && cell.column === 'amount';
}

/** Accessible name and message text: the row label, then the column label(s). */
export function cellLabel(cell: CellAddress): string {
  switch (cell.part) {
    case 'applications':
      return `${APPLICATION_ROW_LABELS[cell.row]} — ${APPLICANT_LABELS[cell.column]}`;
    case 'appeals': {
      const group =
        cell.row === 'reconsideration'
          ? APPEAL_GROUP_LABELS[cell.row]
          : `${LITIGATION_HEADER}（${APPEAL_GROUP_LABELS[cell.row]}）`;
      return `${group} — ${APPEAL_FIELD_LABELS[cell.column]}`;
    }
    case 'proactive':
      return `${PROACTIVE_ROW_LABELS[cell.row]} — ${PROACTIVE_FIELD_LABELS[cell.column]}`;
  }
}

/** Every input (non-derived) cell, in table order: part 二, part 三 (row by row), part 四. */
export const INPUT_CELLS: readonly CellAddress[] = [
  ...PROACTIVE_ROWS.flatMap((row) =>
    PROACTIVE_ROW_FIELDS[row].map((column): ProactiveCell => ({ part: 'proactive', row, column })),
  ),
  ...APPLICATION_INPUT_ROWS.flatMap((row) =>
    APPLICANT_INPUT_COLUMNS.map((column): ApplicationsCell => ({ part: 'applications', row, column })),
  ),
  ...APPEAL_GROUPS.flatMap((row) =>
    APPEAL_INPUT_FIELDS.map((column): AppealsCell => ({ part: 'appeals', row, column })),
  ),
];

// ---- narrative fields: `data-field="<part>.<key>"` ------------------------------------
export type NarrativeAddress = { part: NarrativePart; key: string };
export function narrativeId(n: NarrativeAddress): string {
  return `${n.part}.${n.key}`;
}
export function parseNarrativeId(id: string): NarrativeAddress | null {
  const [part, key, extra] = id.split('.');
  if (!part || !key || extra !== undefined || !has(NARRATIVE_PARTS, part)) return null;
  const labels = NARRATIVE_LABELS[part as NarrativePart];
  return Object.hasOwn(labels, key) ? { part: part as NarrativePart, key } : null;
}
export function narrativeLabel(n: NarrativeAddress): string {
  return NARRATIVE_LABELS[n.part][n.key] ?? n.key;
}
