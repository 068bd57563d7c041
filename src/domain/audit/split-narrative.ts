// A part 二 row whose cells ran together and that the importer left to the user (several cuts fit):
// when the narrative states one of the row's own counts (「制发行政规范性文件3件」) and no cut of the
// digits has that count, the text and the table disagree whichever cut is true (nianbao issue 18) —
// a text-vs-table finding now, though the cells stay for the user. The statements are read as the
// importer reads them (proactive-hints.ts): the organ's own, exact, stated once.
import { cellAddress, cellId } from '../report/cell-address';
import { DOCUMENT_FIELDS, type DocumentRow, NARRATIVE_PARTS } from '../report/keys';
import { DOCUMENT_FIELD_LABELS, PROACTIVE_ROW_LABELS } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { ImportSummary } from '../text-import/import-summary';
import { documentHints } from '../text-import/proactive-hints';
import type { AuditFinding } from './audit-types';

export function narrativeBreaksOfSplits(summary: ImportSummary, draft: ReportDraft): AuditFinding[] {
  const choices = summary.splitChoices.filter(
    (c) => c.part === 'proactive' && c.picked === undefined && !c.truncated,
  );
  if (choices.length === 0) return [];
  const texts = NARRATIVE_PARTS.flatMap((part) => Object.values(draft[part] as Record<string, string>));
  const hints = documentHints(texts);
  const out: AuditFinding[] = [];
  for (const choice of choices) {
    const row = choice.rows[0]?.row as DocumentRow | undefined;
    const stated = row === undefined ? undefined : hints[row];
    if (row === undefined || stated === undefined) continue;
    for (const field of DOCUMENT_FIELDS) {
      const value = stated[field];
      if (value === undefined) continue;
      const cell = cellId(cellAddress('proactive', row, field));
      // A column the table does not have (the 2019 trial table has no 「本年废止件数」) says nothing.
      if (!choice.rows[0]!.cells.includes(cell)) continue;
      if (choice.candidates.some((c) => c.cells[cell] === value)) continue;
      const sentence = stated.statedIn?.[field];
      out.push({
        kind: 'narrative-number',
        severity: 'warning',
        id: `narrative-number:split:${row}.${field}`,
        message: `正文称「${DOCUMENT_FIELD_LABELS[field]}」${value}件，而表中「${PROACTIVE_ROW_LABELS[row]}」一行的数字连在一起（「${choice.rows[0]!.digits}」），其${choice.candidates.length}种拆法的${DOCUMENT_FIELD_LABELS[field]}都不是${value}：正文与表格不一致`,
        cells: [cell],
        fields: [],
        ...(sentence ? { quote: sentence } : {}),
      });
    }
  }
  return out;
}
