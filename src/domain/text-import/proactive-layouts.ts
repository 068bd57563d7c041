// The rows and columns of part 二 as published, for both layouts, as data: which source column
// becomes which cell of the 2021 format, and which cells the old layout cannot fill (and why).
import type { ProactiveField, ProactiveRow } from '../report/keys';
import { DOCUMENT_FIELD_LABELS, FEE_AMOUNT_LABEL, PROACTIVE_ROW_LABELS } from '../report/labels';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import { TRIAL_2019_HEADERS as H, TRIAL_2019_ROW_LABELS } from './format-2019';
import type { ImportFormat } from './import-summary';
import { normalizeLabel } from './label-match';

export type SourceColumn = { field: ProactiveField | null; header: string; decimal: boolean };
export type SourceRow = {
  /** the 2021 row it fills, or null for a 2019 row with no counterpart */
  row: ProactiveRow | null;
  /** the label the layout prints (first), and other labels it is known under */
  labels: readonly string[];
  columns: readonly SourceColumn[];
  /** 2021 cells of this row the layout has no column for, with the reason (zh-CN) */
  missing: readonly { field: ProactiveField; reason: string }[];
};

export const PROACTIVE_LAYOUT_2021: readonly SourceRow[] = PROACTIVE_SECTIONS.flatMap((section) =>
  section.rows.map((r) => ({
    row: r.key,
    // Real 2021-format pages print 「规范性文件」 too (the 2019 wording) for 「行政规范性文件」.
    labels: r.key === 'normativeDocuments' ? [r.label, TRIAL_2019_ROW_LABELS.normativeDocuments] : [r.label],
    columns: section.fields.map((f) => ({ field: f.key, header: f.label, decimal: f.decimal })),
    missing: [],
  })),
);

const col = (field: ProactiveField | null, header: string, decimal = false): SourceColumn => ({
  field,
  header,
  decimal,
});
const noColumn = (label: string) => `2019年试行格式没有「${label}」栏`;

// 「本年新制作数量」 is what the 2021 format calls 「本年制发件数」; 「对外公开总数量」 counts what
// was published, not what is in force, so it is not taken for 「现行有效件数」.
const documentColumns = [
  col('issued', H.newlyMade),
  col(null, H.newlyPublished),
  col(null, H.totalPublished),
];
const documentMissing = [
  { field: 'repealed' as const, reason: noColumn(DOCUMENT_FIELD_LABELS.repealed) },
  {
    field: 'inForce' as const,
    reason: `${noColumn(DOCUMENT_FIELD_LABELS.inForce)}（其「${H.totalPublished}」含义不同，未作对应）`,
  },
];
const decisionColumns = [col(null, H.previousItems), col(null, H.change), col('decisions', H.decisions)];

export const PROACTIVE_LAYOUT_2019: readonly SourceRow[] = [
  {
    row: 'regulations',
    labels: [PROACTIVE_ROW_LABELS.regulations],
    columns: documentColumns,
    missing: documentMissing,
  },
  {
    row: 'normativeDocuments',
    labels: [TRIAL_2019_ROW_LABELS.normativeDocuments, PROACTIVE_ROW_LABELS.normativeDocuments],
    columns: documentColumns,
    missing: documentMissing,
  },
  { row: 'licensing', labels: [PROACTIVE_ROW_LABELS.licensing], columns: decisionColumns, missing: [] },
  { row: null, labels: [TRIAL_2019_ROW_LABELS.otherServices], columns: decisionColumns, missing: [] },
  { row: 'punishment', labels: [PROACTIVE_ROW_LABELS.punishment], columns: decisionColumns, missing: [] },
  { row: 'enforcement', labels: [PROACTIVE_ROW_LABELS.enforcement], columns: decisionColumns, missing: [] },
  {
    row: 'fees',
    labels: [PROACTIVE_ROW_LABELS.fees],
    columns: [col(null, H.previousItems), col(null, H.change)],
    missing: [{ field: 'amount', reason: noColumn(FEE_AMOUNT_LABEL) }],
  },
  {
    row: null,
    labels: [TRIAL_2019_ROW_LABELS.procurement],
    columns: [col(null, H.procurementItems), col(null, H.procurementAmount, true)],
    missing: [],
  },
];

/** The word of a fee-amount header in any wording (「本年收费金额」「本年度收费金额」). */
const AMOUNT_WORD = '收费金额';
const oneColumn2021 = (row: ProactiveRow) => PROACTIVE_LAYOUT_2021.find((s) => s.row === row)!;

/**
 * The layout of a part 二 as its own headers print it. A 2019-format part may mix in the 2021
 * sub-tables (秦岭保护局 2022: 第二十条第（一）项 under 「本年新制作数量…」, the decision tables under the
 * one column 「处理决定数量」 and the fee table under 「本年度收费金额」): their rows have one cell, not
 * the 2019 three (上一年项目数量 | 本年增/减 | 处理决定数量) — read as three, 「117」 was cut 1|1|7.
 * Only when the part prints that one column's header and never the 2019 ones.
 */
export function proactiveLayoutOf(partText: string, format: ImportFormat): readonly SourceRow[] {
  if (format === '2021') return PROACTIVE_LAYOUT_2021;
  const flat = normalizeLabel(partText);
  const has = (header: string) => flat.includes(normalizeLabel(header));
  if (has(H.previousItems) || has(H.change)) return PROACTIVE_LAYOUT_2019;
  const decisions = has(H.decisions);
  const amount = has(AMOUNT_WORD);
  if (!decisions && !amount) return PROACTIVE_LAYOUT_2019;
  return PROACTIVE_LAYOUT_2019.map((source) => {
    if (
      decisions &&
      (source.row === 'licensing' || source.row === 'punishment' || source.row === 'enforcement')
    )
      return oneColumn2021(source.row);
    if (amount && source.row === 'fees') return oneColumn2021('fees');
    return source;
  });
}

/** Whether a layout has the 2019 columns with a change (本年增/减), where 「-」 is a decrease's sign. */
export const printsChanges = (layout: readonly SourceRow[]): boolean =>
  layout.some((s) => s.columns.some((c) => c.header === H.change));
