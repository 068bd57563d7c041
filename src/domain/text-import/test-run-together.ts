// Test support for nianbao issue 9 through the importer: a random VALID report (every identity
// holds) rendered as a whole published text in the fixture's shape, with the cells of its table
// rows run together (the separators lost), and the narrative stating part 二's counts the way
// reports do (「制发规章N件、废止N件，现行有效规章N件」) — part 二 has no identity of its own.
import fc from 'fast-check';
import {
  type AppealsTable,
  appealsTable,
  balancedMatrix,
  type FullMatrix,
  realisticCount,
} from '../digit-split/test-arbitraries';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DECISION_ROWS,
  DOCUMENT_FIELDS,
  DOCUMENT_ROWS,
  type DocumentRow,
} from '../report/keys';
import { APPLICATION_ROW_LABELS, PROACTIVE_ROW_LABELS } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { TextImportResult } from './import-summary';
import { isNumberCell, type Row, renderCellPerLine, reshapeTables } from './test-transforms';

export type Truth = {
  documents: Record<DocumentRow, number[]>;
  decisions: number[];
  matrix: FullMatrix;
  appeals: AppealsTable;
};

export function truthArb(count: fc.Arbitrary<number> = realisticCount): fc.Arbitrary<Truth> {
  const docs = fc.array(count, { minLength: 3, maxLength: 3 });
  return fc.record({
    documents: fc.record({ regulations: docs, normativeDocuments: docs }),
    decisions: fc.array(count, { minLength: DECISION_ROWS.length, maxLength: DECISION_ROWS.length }),
    matrix: balancedMatrix(count),
    appeals: appealsTable(count),
  });
}

const join = (values: readonly number[]) => values.map(String).join('');

/** The row's label cell with its numbers glued on (「…申请数量230000023」), its number cells dropped. */
function glue(row: Row, label: string, values: readonly number[]): Row {
  const at = row.indexOf(label);
  return [...row.slice(0, at).filter((c) => !isNumberCell(c)), `${label}${join(values)}`];
}

const OPENING = '一是持续做好政策发布工作。';

/** The whole report text: the fixture's words, the truth's numbers, every table row run together. */
export function renderReport(t: Truth, options: { statePart2?: boolean } = {}): string {
  const statePart2 = options.statePart2 ?? true;
  const tables = reshapeTables(qufuText, (rows, part) =>
    renderCellPerLine(
      rows.map((row) => {
        if (part === 'proactive') {
          for (const r of DOCUMENT_ROWS)
            if (row.includes(PROACTIVE_ROW_LABELS[r]))
              return glue(row, PROACTIVE_ROW_LABELS[r], t.documents[r]);
          const d = DECISION_ROWS.findIndex((r) => row.includes(PROACTIVE_ROW_LABELS[r]));
          if (d >= 0) return row.map((c) => (isNumberCell(c) ? String(t.decisions[d]) : c));
          return row;
        }
        if (part === 'applications') {
          const r = APPLICATION_ROWS.find((key) => row.includes(APPLICATION_ROW_LABELS[key]));
          return r ? glue(row, APPLICATION_ROW_LABELS[r], t.matrix[r]) : row;
        }
        if (row.length === 15 && row.every(isNumberCell))
          return [APPEAL_GROUPS.map((g) => join(t.appeals[g])).join('')];
        return row;
      }),
    ),
  );
  if (!statePart2) return tables;
  const [ri, rr, rf] = t.documents.regulations;
  const [ni, nr, nf] = t.documents.normativeDocuments;
  const stated = `本年度制发规章${ri}件、废止${rr}件，现行有效规章${rf}件；制发行政规范性文件${ni}件、废止${nr}件，现行有效行政规范性文件${nf}件。`;
  return tables.replace(OPENING, `${OPENING}${stated}`);
}

/** The truth as the draft's cells (cellId → value), input cells only. */
export function truthCells(t: Truth): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of DOCUMENT_ROWS)
    DOCUMENT_FIELDS.forEach((f, k) => {
      out.set(cellId(cellAddress('proactive', r, f)), t.documents[r][k]!);
    });
  DECISION_ROWS.forEach((r, k) => {
    out.set(cellId(cellAddress('proactive', r, 'decisions')), t.decisions[k]!);
  });
  for (const r of APPLICATION_ROWS) {
    if (r === 'totalHandled') continue;
    APPLICANT_COLUMNS.forEach((c, k) => {
      if (c !== 'total') out.set(cellId(cellAddress('applications', r, c)), t.matrix[r][k]!);
    });
  }
  for (const g of APPEAL_GROUPS)
    APPEAL_FIELDS.forEach((f, k) => {
      if (f !== 'total') out.set(cellId(cellAddress('appeals', g, f)), t.appeals[g][k]!);
    });
  return out;
}

/** Cells of the draft that hold a number different from the truth (blank = not read, not listed). */
export function cellsBent(draft: ReportDraft, t: Truth): string[] {
  const report = draftToReport(draft) as unknown as Record<
    string,
    Record<string, Record<string, number | null>>
  >;
  const bent: string[] = [];
  for (const [id, value] of truthCells(t)) {
    const [part, row, column] = id.split('.') as [string, string, string];
    const read = report[part]?.[row]?.[column];
    if (read !== null && read !== undefined && read !== value) bent.push(`${id}: ${read} ≠ ${value}`);
  }
  return bent;
}

/** The index of the truth among each choice's candidates (−1 when it is not listed). */
export function truthPicks(r: TextImportResult, t: Truth): Record<string, number> {
  const cells = truthCells(t);
  const matrixTotal = (id: string): number | undefined => {
    const [, row, column] = id.split('.') as [string, string, string];
    const i = APPLICATION_ROWS.indexOf(row as (typeof APPLICATION_ROWS)[number]);
    const k = APPLICANT_COLUMNS.indexOf(column as (typeof APPLICANT_COLUMNS)[number]);
    return i >= 0 && k >= 0 ? t.matrix[APPLICATION_ROWS[i]!][k] : undefined;
  };
  const appealTotal = (id: string): number | undefined => {
    const [, group, field] = id.split('.') as [string, string, string];
    const k = APPEAL_FIELDS.indexOf(field as (typeof APPEAL_FIELDS)[number]);
    return t.appeals[group as (typeof APPEAL_GROUPS)[number]]?.[k];
  };
  const expected = (id: string) =>
    cells.get(id) ?? (id.startsWith('applications.') ? matrixTotal(id) : appealTotal(id));
  return Object.fromEntries(
    r.summary.splitChoices.map((choice) => [
      choice.key,
      choice.candidates.findIndex((c) => Object.entries(c.cells).every(([id, v]) => expected(id) === v)),
    ]),
  );
}
