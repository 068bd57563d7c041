// The findings of one audited report: what its import found (SPEC §11: source totals that
// disagree, parts not found, cells not read and why) and every failed check (SPEC §6), sorted by
// the kinds an auditor reads. Two checks are left out on purpose:
// - `required`: an imported cell is blank only when it was not read, and the import's finding says
//   why (a reason is more use than 「必填」);
// - `deadline`: it counts days from today, meaningless for a report published years ago; the
//   publish date against the due date is checked instead (条例第四十九条).
import { familyOf } from '../checks/catalog';
import { findNarrativeCounts, type NarrativeCount } from '../checks/narrative-counts';
import { narrativeText } from '../checks/narrative-fields';
import { dueDate } from '../checks/rules/deadline';
import { sharedPassages } from '../checks/rules/similar-to-last-year';
import type { CheckResult, CheckRun } from '../checks/types';
import { cellAddress, cellId, cellLabel, parseCellId, parseNarrativeId } from '../report/cell-address';
import type { DocumentField } from '../report/keys';
import {
  APPEAL_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  PART_TITLES,
  PROACTIVE_ROW_LABELS,
  REPORT_KIND_LABELS,
} from '../report/labels';
import type { Report, ReportDraft } from '../report/report-schema';
import type { ImportSummary } from '../text-import/import-summary';
import { missingPartWarning } from '../text-import/import-text';
import { picturedReason, type TablePart } from '../text-import/tables-as-pictures';
import { applicationsProseBreaks } from './applications-prose';
import type { AuditFinding, AuditKind } from './audit-types';
import { narrativeBreaksOfSplits } from './split-narrative';

const KIND_OF_FAMILY: Readonly<Record<string, AuditKind | null>> = {
  balance: 'balance',
  'carry-over': 'continuity',
  'in-force': 'continuity',
  'narrative-number': 'narrative-number',
  'similar-to-last-year': 'similar',
  required: null,
  deadline: null,
};

const cellName = (id: string) => {
  const cell = parseCellId(id);
  return cell ? `「${cellLabel(cell)}」` : id;
};

/** A field's narrative counts of one metric, `${field}:${metric}` → counts, kept for one report's results. */
type CountsSeen = Map<string, readonly NarrativeCount[]>;

/**
 * The sentence a narrative-number result is about: its id names the field, the metric and the n-th.
 * A field's counts of a metric are looked for once per report (`seen`), not once per result —
 * quadratic in a text of thousands of counts each at odds with the table.
 */
function numberQuote(r: CheckResult, draft: ReportDraft, seen: CountsSeen): string | undefined {
  const [, field, metric, nth] = r.id.split(':');
  const address = field ? parseNarrativeId(field) : null;
  if (!address) return undefined;
  const key = `${field}:${metric}`;
  let found = seen.get(key);
  if (!found) {
    found = findNarrativeCounts(narrativeText(draft, address.part, address.key)).filter(
      (c) => c.metric === metric,
    );
    seen.set(key, found);
  }
  return found[(nth ? Number(nth) : 1) - 1]?.sentence;
}

/** The longest stretch copied from last year, as the quote of a 「内容雷同」 finding. */
function copiedQuote(r: CheckResult, draft: ReportDraft, previous: Report | null): string | undefined {
  const address = r.fields[0] ? parseNarrativeId(r.fields[0]) : null;
  if (!address || !previous) return undefined;
  const text = narrativeText(draft, address.part, address.key);
  const longest = sharedPassages(text, narrativeText(previous, address.part, address.key)).reduce<{
    start: number;
    end: number;
  } | null>((best, p) => (best === null || p.end - p.start > best.end - best.start ? p : best), null);
  if (!longest) return undefined;
  const quote = text.slice(longest.start, longest.end).trim();
  return quote.length <= 80 ? quote : `${quote.slice(0, 80)}…`;
}

function checkFindings(run: CheckRun, draft: ReportDraft, previous: Report | null): AuditFinding[] {
  const out: AuditFinding[] = [];
  const seen: CountsSeen = new Map();
  for (const r of run.results) {
    if (r.status !== 'failed') continue;
    const family = familyOf(r.id) ?? 'other';
    const kind = Object.hasOwn(KIND_OF_FAMILY, family) ? KIND_OF_FAMILY[family] : 'other';
    if (kind === null || kind === undefined) continue;
    const quote =
      kind === 'narrative-number'
        ? numberQuote(r, draft, seen)
        : kind === 'similar'
          ? copiedQuote(r, draft, previous)
          : undefined;
    out.push({
      kind,
      severity: r.severity,
      id: r.id,
      message: r.hint ? `${r.message}。${r.hint}` : r.message,
      cells: [...r.cells],
      fields: [...r.fields],
      ...(quote ? { quote } : {}),
    });
  }
  return out;
}

const RUN_LABELS: Record<string, string> = {
  ...APPLICATION_ROW_LABELS,
  ...PROACTIVE_ROW_LABELS,
  all: PART_TITLES.appeals,
  ...APPEAL_GROUP_LABELS,
};

/**
 * A row whose cells ran together and that no split can make add up (the digit-split solver said
 * so): the printed totals disagree with the parts, whichever they are — a total-mismatch, not
 * merely unread (nianbao issue 18).
 */
function unsplittableRows(summary: ImportSummary): AuditFinding[] {
  return summary.runTogether
    .filter((r) => r.status === 'unread' && r.part !== 'proactive')
    .map((r) => ({
      kind: 'total-mismatch' as const,
      severity: 'error' as const,
      id: `import:total:run:${r.part}.${r.row}`,
      message: `「${RUN_LABELS[r.row] ?? r.row}」一行的数字连在一起（「${r.digits}」），任何拆法都不能使合计等于各项之和：原文的合计与各项不符或数字有误，${r.fixedCells ? `此行只导入了任何拆法下都相同的${r.fixedCells}个单元格` : '此行未导入'}`,
      cells: [],
      fields: [],
    }));
}

/**
 * A part 二 row whose cells ran together and could be cut several ways: when last year's report is
 * known and no way of cutting it gives 现行有效件数 = 上年 + 制发 − 废止, the break in the stock is
 * certain whichever cut is true (nianbao issue 18), though the cells themselves stay for the user.
 */
function stockBreaksOfSplits(summary: ImportSummary, run: CheckRun, previous: Report | null): AuditFinding[] {
  if (!previous) return [];
  const out: AuditFinding[] = [];
  for (const choice of summary.splitChoices) {
    const row = choice.rows[0]?.row;
    if (choice.part !== 'proactive' || (row !== 'regulations' && row !== 'normativeDocuments')) continue;
    const id = `in-force:${row}`;
    if (run.results.some((r) => r.id === id && r.status === 'failed')) continue;
    const last = previous.proactive[row].inForce;
    if (last === null) continue;
    const cell = (f: DocumentField) => cellId(cellAddress('proactive', row, f));
    const fits = choice.candidates.some((c) => {
      const [issued, repealed, inForce] = [
        c.cells[cell('issued')],
        c.cells[cell('repealed')],
        c.cells[cell('inForce')],
      ];
      return (
        issued === undefined ||
        repealed === undefined ||
        inForce === undefined ||
        inForce === last + issued - repealed
      );
    });
    if (fits || choice.truncated) continue;
    out.push({
      kind: 'continuity',
      severity: 'warning',
      id,
      message: `「${PROACTIVE_ROW_LABELS[row]}」一行的数字连在一起（「${choice.rows[0]!.digits}」），其${choice.candidates.length}种拆法都不满足「现行有效件数」＝上年现行有效件数${last}＋本年制发件数－本年废止件数：现行有效件数与上年不衔接`,
      cells: [cell('issued'), cell('repealed'), cell('inForce')],
      fields: [],
    });
  }
  return out;
}

/** Cells not read, one finding per reason (a missing part is one finding, not 144). */
function unreadFindings(summary: ImportSummary): AuditFinding[] {
  const byReason = new Map<string, string[]>();
  for (const u of summary.unread) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.cell]);
  return [...byReason].map(([reason, cells], i) => {
    const named = cells.slice(0, 3).map(cellName).join('、');
    const more = cells.length > 3 ? `等${cells.length}个单元格` : '';
    return {
      kind: 'unread',
      severity: 'warning',
      id: `import:unread:${i + 1}`,
      message: `${named}${more}未读取：${reason}`,
      cells,
      fields: [],
    };
  });
}

function publishedLate(draft: ReportDraft): AuditFinding[] {
  const { year, reportKind, publishDate } = draft.meta;
  if (year === null || !/^\d{4}-\d{2}-\d{2}$/.test(publishDate)) return [];
  const due = dueDate(year, reportKind);
  const [y, m, d] = publishDate.split('-').map(Number) as [number, number, number];
  if (new Date(y, m - 1, d) <= due) return [];
  const dueText = `${due.getFullYear()}年${due.getMonth() + 1}月${due.getDate()}日`;
  return [
    {
      kind: 'other',
      severity: 'warning',
      id: 'import:published-late',
      message: `落款日期${y}年${m}月${d}日晚于${REPORT_KIND_LABELS[reportKind]}报告的公开期限${dueText}（《政府信息公开条例》第四十九条）`,
      cells: [],
      fields: [],
    },
  ];
}

export function auditFindings(input: {
  draft: ReportDraft;
  summary: ImportSummary;
  run: CheckRun;
  previous: Report | null;
}): AuditFinding[] {
  const { draft, summary, run, previous } = input;
  const missing = new Set(summary.partsMissing.map(missingPartWarning));
  // A table the text holds as a picture: not 「未找到」 but what its cells' reason says (tables-as-pictures.ts).
  const pictured = new Set<string>(summary.picturedTables ?? []);
  const imported: AuditFinding[] = [
    ...summary.partsMissing.map(
      (part): AuditFinding => ({
        kind: 'missing-part',
        severity: 'error',
        id: `import:missing:${part}`,
        message: pictured.has(part)
          ? `${picturedReason(part as TablePart, false)}。`
          : missingPartWarning(part),
        cells: [],
        fields: [],
      }),
    ),
    ...unsplittableRows(summary),
    ...summary.totalMismatches.map(
      (m): AuditFinding => ({
        kind: 'total-mismatch',
        severity: 'error',
        id: `import:total:${m.cell}`,
        message: m.message,
        cells: [m.cell],
        fields: [],
      }),
    ),
    ...unreadFindings(summary),
  ];
  const notes = [...summary.warnings.filter((w) => !missing.has(w)), ...summary.splitNotes].map(
    (message, i): AuditFinding => ({
      kind: 'note',
      severity: 'info',
      id: `import:note:${i + 1}`,
      message,
      cells: [],
      fields: [],
    }),
  );
  return [
    ...imported,
    ...checkFindings(run, draft, previous),
    ...stockBreaksOfSplits(summary, run, previous),
    ...narrativeBreaksOfSplits(summary, draft),
    ...applicationsProseBreaks(summary, draft),
    ...publishedLate(draft),
    ...notes,
  ];
}
