// The three tables of a corpus report laid out as the national format prints them (国办公开办函
// 〔2021〕30号): merged header cells, the group labels of part 三 spanning their rows, part 四's
// two-level header. Every shape (text, PDF, HTML) is rendered from this one grid.

import { feeToUnits, formatFeeUnits } from '../numbers/parse-fee';
import { APPEAL_FIELDS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  LITIGATION_HEADER,
  MATRIX_NOTE,
  ORGANIZATION_HEADER,
  PROACTIVE_CONTENT_HEADER,
} from '../report/labels';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import type { CorpusNumbers } from './numbers';

export type GridCell = {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** a header cell (th) */
  header?: boolean;
  /** a number cell */
  value?: boolean;
};
export type GridRow = GridCell[];
export type NationalTables = { proactive: GridRow[]; applications: GridRow[]; appeals: GridRow[] };

const h = (text: string, span: Partial<GridCell> = {}): GridCell => ({ text, header: true, ...span });
const l = (text: string, span: Partial<GridCell> = {}): GridCell => ({ text, ...span });
const v = (n: number | null, span: Partial<GridCell> = {}): GridCell => ({
  text: n === null ? '' : String(n),
  value: true,
  ...span,
});

function proactiveRows(numbers: CorpusNumbers): GridRow[] {
  const rows: GridRow[] = [];
  for (const section of PROACTIVE_SECTIONS) {
    rows.push([h(section.article, { colspan: 4 })]);
    const wide = section.fields.length === 1 ? { colspan: 3 } : {};
    rows.push([h(PROACTIVE_CONTENT_HEADER), ...section.fields.map((f) => h(f.label, wide))]);
    for (const row of section.rows) {
      const values = numbers.proactive[row.key] as Record<string, number | null>;
      rows.push([
        l(row.label),
        ...section.fields.map((f) => {
          const x = values[f.key] ?? null;
          return f.decimal && x !== null
            ? { text: formatFeeUnits(feeToUnits(x)), value: true, ...wide }
            : v(x, wide);
        }),
      ]);
    }
  }
  return rows;
}

/** How many rows a group label of part 三 spans. */
function groupSpan(index: number): number {
  const entry = MATRIX_LAYOUT[index]!;
  if (entry.kind !== 'group') return 1;
  let n = 0;
  for (let k = index + 1; k < MATRIX_LAYOUT.length; k++) {
    const next = MATRIX_LAYOUT[k]!;
    if (entry.group === 'results') {
      if (next.kind === 'row' && next.depth === 0) break;
      if (next.kind === 'row') n++;
    } else {
      if (next.kind !== 'row' || next.group !== entry.group) break;
      n++;
    }
  }
  return n;
}

function applicationRows(numbers: CorpusNumbers): GridRow[] {
  const rows: GridRow[] = [
    [h(MATRIX_NOTE, { rowspan: 3, colspan: 3 }), h(APPLICANT_HEADER, { colspan: 7 })],
    [
      h(APPLICANT_LABELS.natural, { rowspan: 2 }),
      h(ORGANIZATION_HEADER, { colspan: 5 }),
      h(APPLICANT_LABELS.total, { rowspan: 2 }),
    ],
    (['business', 'research', 'publicInterest', 'legal', 'otherOrg'] as const).map((c) =>
      h(APPLICANT_LABELS[c]),
    ),
  ];
  let pending: GridCell[] = [];
  MATRIX_LAYOUT.forEach((entry, i) => {
    if (entry.kind === 'group') {
      // 「三、本年度办理结果」 spans two label columns' worth of rows; sub-groups one column.
      pending.push(l(entry.label, { rowspan: groupSpan(i) }));
      return;
    }
    const colspan = entry.depth === 0 ? 3 : entry.depth === 1 ? 2 : 1;
    const values = numbers.applications[entry.key];
    rows.push([
      ...pending,
      l(entry.label, colspan > 1 ? { colspan } : {}),
      ...APPLICANT_COLUMNS.map((c) => v(values[c])),
    ]);
    pending = [];
  });
  return rows;
}

function appealRows(numbers: CorpusNumbers): GridRow[] {
  const fields = APPEAL_FIELDS.map((f) => APPEAL_FIELD_LABELS[f]);
  return [
    [h(APPEAL_GROUP_LABELS.reconsideration, { colspan: 5 }), h(LITIGATION_HEADER, { colspan: 10 })],
    [
      ...fields.map((f) => h(f, { rowspan: 2 })),
      h(APPEAL_GROUP_LABELS.litigationDirect, { colspan: 5 }),
      h(APPEAL_GROUP_LABELS.litigationAfterReconsideration, { colspan: 5 }),
    ],
    [...fields.map((f) => h(f)), ...fields.map((f) => h(f))],
    APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((f) => v(numbers.appeals[g][f]))),
  ];
}

export function nationalTables(numbers: CorpusNumbers): NationalTables {
  return {
    proactive: proactiveRows(numbers),
    applications: applicationRows(numbers),
    appeals: appealRows(numbers),
  };
}

/** The group label 「（六）其他处理」 and its three rows merged into the one row of the 2019 layout. */
export function singleOtherHandlingRow(rows: readonly GridRow[]): GridRow[] {
  const at = rows.findIndex((r) => r.some((c) => c.text === APPLICATION_GROUP_LABELS.otherHandling));
  if (at < 0) throw new Error('no 「（六）其他处理」 row');
  const merged = rows.slice(at, at + 3).map((r) => r.filter((c) => c.value).map((c) => Number(c.text)));
  const sums = merged[0]!.map((_, k) => merged.reduce((s, r) => s + r[k]!, 0));
  // The group 「三、本年度办理结果」 now spans two rows fewer.
  const before = rows
    .slice(0, at)
    .map((r) =>
      r.map((c) =>
        c.text === APPLICATION_GROUP_LABELS.results ? { ...c, rowspan: (c.rowspan ?? 1) - 2 } : c,
      ),
    );
  return [
    ...before,
    [l(APPLICATION_GROUP_LABELS.otherHandling, { colspan: 2 }), ...sums.map((s) => v(s))],
    ...rows.slice(at + 3),
  ];
}
