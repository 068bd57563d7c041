// 「批量审核」 (nianbao issue 9), the pure part: published texts → reference reports with the
// findings of their import and of every check of SPEC §6. A report's previous year is the same
// organ's report for year − 1 in the batch; it is passed to runChecks as `previous` (cross-year
// checks) and to the importer (its 「现行有效件数」 narrows part 二 splits of run-together rows).
// Goal (issue 9): 100 published reports imported and checked within 5 s — scripts/bench calls
// auditTexts for that.
import { runChecks } from '../checks/run-checks';
import type { CheckSettings } from '../checks/types';
import { INPUT_CELLS } from '../report/cell-address';
import { draftToReport, readDraftCell } from '../report/draft-convert';
import type { DocumentRow } from '../report/keys';
import type { Report } from '../report/report-schema';
import { applySplitChoices } from '../text-import/apply-split-choices';
import { importPublishedText } from '../text-import/import-text';
import { auditFindings } from './audit-findings';
import {
  type AuditedReport,
  type AuditFinding,
  type AuditItem,
  type AuditRow,
  PROBLEM_KINDS,
  type ProblemKind,
} from './audit-types';
import { type PreviousLink, previousLinksInBatch, sameYearInBatch } from './link-previous';
import { chainBreaks, cutsFitting, type StockBreak, stockAcrossYears } from './stock-across-years';

export type AuditOptions = {
  /** the ids of the reports (stored with these ids); default `audit-<n>` */
  newId?: (index: number) => string;
  /** the source of each text (file names); default 「第N篇」 */
  sources?: readonly string[];
  settings?: CheckSettings;
  /** the auditor's decisions on previous-year links: id → previous id, or null for none */
  links?: ReadonlyMap<string, string | null>;
};

function auditRow(item: AuditItem, findings: readonly AuditFinding[], link: PreviousLink | null): AuditRow {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<ProblemKind, number>;
  let problems = 0;
  for (const f of findings) {
    if (f.kind === 'note') continue;
    counts[f.kind]++;
    problems++;
  }
  return {
    id: item.id,
    source: item.source,
    agencyName: item.draft.meta.agencyName,
    year: item.draft.meta.year,
    format: item.summary.format,
    cellsRead: INPUT_CELLS.filter((c) => readDraftCell(item.draft, c).trim() !== '').length,
    cellsTotal: INPUT_CELLS.length,
    counts,
    problems,
    previousId: link?.previousId ?? null,
    previousVariant: link?.match.kind === 'variant' ? link.match.reason : null,
    previousRenamed: link?.match.kind === 'renamed' ? link.match.reason : null,
  };
}

/** How a previous year under another name was linked (the audit page's banner says it too). */
export const LINKED_BY = { variant: '按名称相近关联', renamed: '按机构更名关联' } as const;

/**
 * The note that says a previous year was linked by a variant of the organ's name or under its
 * former name, and why.
 */
function variantNote(link: PreviousLink | null, source: string | undefined): AuditFinding[] {
  if (!link || link.match.kind === 'same') return [];
  const renamed = link.match.kind === 'renamed';
  return [
    {
      kind: 'note',
      severity: 'info',
      id: renamed ? 'import:previous-renamed' : 'import:previous-variant',
      message: `上年报告（${source ?? link.previousId}）${LINKED_BY[link.match.kind]}：${link.match.reason}。如不是同一机关，请取消关联。`,
      cells: [],
      fields: [],
    },
  ];
}

/** Checks imported reports as one batch: links each to its previous year in the batch. */
export function auditImported(
  items: readonly AuditItem[],
  today: Date,
  options: Pick<AuditOptions, 'settings' | 'links'> = {},
): AuditedReport[] {
  const previous = previousLinksInBatch(items, options.links);
  const sameYear = sameYearInBatch(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const reports = new Map<string, Report>();
  const reportOf = (id: string) => {
    let r = reports.get(id);
    if (!r) {
      r = draftToReport(byId.get(id)!.draft);
      reports.set(id, r);
    }
    return r;
  };
  return items.map((item) => {
    const link = previous.get(item.id) ?? null;
    const previousId = link?.previousId ?? null;
    const prev = previousId ? reportOf(previousId) : null;
    const run = runChecks({
      draft: item.draft,
      previous: prev,
      today,
      ...(options.settings ? { settings: options.settings } : {}),
    });
    const twins = (sameYear.get(item.id) ?? []).map((id) => `「${byId.get(id)!.source}」`);
    const own = auditFindings({ draft: item.draft, summary: item.summary, run, previous: prev });
    // A stock break the report's own findings already state (its split against last year's
    // 「现行有效件数」) is said once.
    const previousItem = previousId ? byId.get(previousId) : undefined;
    const chain = previousItem
      ? items
          .filter((next) => previous.get(next.id)?.previousId === item.id)
          .flatMap((next) => chainBreaks(previousItem, item, next).map(breakFinding))
      : [];
    const breaks = [...stockBreakFindings(item, previousItem), ...chain].filter(
      (b, k, all) => !own.some((f) => f.id === b.id) && all.findIndex((x) => x.id === b.id) === k,
    );
    const findings = [
      ...own,
      ...breaks,
      ...variantNote(link, previousId ? byId.get(previousId)?.source : undefined),
      ...(twins.length > 0
        ? [
            {
              kind: 'note' as const,
              severity: 'info' as const,
              id: 'import:same-year',
              message: `本批中还有同一机关同一年度的报告：${twins.join('、')}`,
              cells: [],
              fields: [],
            },
          ]
        : []),
    ];
    return { ...item, run, previousId, previousLink: link, findings, row: auditRow(item, findings, link) };
  });
}

/**
 * Part 二 rows still run together in two linked years: the cuts the stock identity leaves one of
 * are read (stock-across-years.ts). Oldest first, and again while a pass settles something, so
 * a chain of three years passes what it learns along.
 */
function settleStockSplits(
  items: AuditItem[],
  previous: ReadonlyMap<string, PreviousLink | null>,
  order: readonly { i: number }[],
  byId: ReadonlyMap<string, number>,
): void {
  const linked = (k: number) => linkedYears(items, previous, byId, k);
  for (let pass = 0; pass < 3; pass++) {
    let settled = false;
    for (const { i } of order) {
      const previousId = previous.get(items[i]!.id)?.previousId;
      if (!previousId) continue;
      const j = byId.get(previousId)!;
      const { earlierPicks, laterPicks } = stockAcrossYears(items[j]!, items[i]!);
      // A cut one pair settles must not break the stock with the other year linked to either
      // (a chain of three years: 平潭投资促进局 2023 「6126」 → 2024 「1027」 → 2025 「25032」): then
      // neither is read (chainBreaks says so).
      for (const key of new Set([...Object.keys(earlierPicks), ...Object.keys(laterPicks)])) {
        const row = key.slice('proactive.'.length) as DocumentRow;
        const clashes = (k: number, pick: number | undefined, partner: number) =>
          pick !== undefined &&
          linked(k).some(({ at, is }) => {
            if (at === partner) return false;
            const fit = cutsFitting(items[k]!, items[at]!, row, is);
            return fit !== null && fit.size > 0 && !fit.has(pick);
          });
        if (clashes(j, earlierPicks[key], i) || clashes(i, laterPicks[key], j)) {
          delete earlierPicks[key];
          delete laterPicks[key];
        }
      }
      if (Object.keys(earlierPicks).length > 0)
        items[j] = { ...items[j]!, ...applySplitChoices(items[j]!, earlierPicks) };
      if (Object.keys(laterPicks).length > 0)
        items[i] = { ...items[i]!, ...applySplitChoices(items[i]!, laterPicks) };
      settled ||= Object.keys(earlierPicks).length + Object.keys(laterPicks).length > 0;
    }
    if (!settled) return;
  }
}

/** The years linked to item `k`: its previous year and the years that link it as theirs. */
function linkedYears(
  items: readonly AuditItem[],
  previous: ReadonlyMap<string, PreviousLink | null>,
  byId: ReadonlyMap<string, number>,
  k: number,
): { at: number; is: 'earlier' | 'later' }[] {
  const id = items[k]!.id;
  const out: { at: number; is: 'earlier' | 'later' }[] = [];
  const before = previous.get(id)?.previousId;
  if (before !== undefined && byId.has(before)) out.push({ at: byId.get(before)!, is: 'earlier' });
  items.forEach((item, at) => {
    if (previous.get(item.id)?.previousId === id) out.push({ at, is: 'later' });
  });
  return out;
}

/** A part 二 stock that breaks whatever the cut of its run-together digits (stock-across-years.ts). */
function stockBreakFindings(item: AuditItem, previousItem: AuditItem | undefined): AuditFinding[] {
  if (!previousItem) return [];
  return stockAcrossYears(previousItem, item).breaks.map(breakFinding);
}

const breakFinding = (b: StockBreak): AuditFinding => ({
  kind: 'continuity',
  severity: 'warning',
  id: `in-force:${b.row}`,
  message: b.message,
  cells: b.cells,
  fields: [],
});

/**
 * Imports and checks published texts as one batch. Texts whose part 二 splits were left to the user
 * are imported again with their previous year's report, oldest first, so a chain of years helps.
 */
export function auditTexts(
  texts: readonly string[],
  today: Date,
  options: AuditOptions = {},
): AuditedReport[] {
  const id = options.newId ?? ((i: number) => `audit-${i + 1}`);
  const items: AuditItem[] = texts.map((text, i) => {
    // Once: a generator of random ids gives a new one on every call.
    const reportId = id(i);
    const imported = importPublishedText(text, { id: reportId });
    return { id: imported.draft.id, source: options.sources?.[i] ?? `第${i + 1}篇`, ...imported };
  });
  const previous = previousLinksInBatch(items, options.links);
  const byId = new Map(items.map((item, i) => [item.id, i]));
  const order = items
    .map((item, i) => ({ i, year: item.draft.meta.year ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.year - b.year);
  for (const { i } of order) {
    const item = items[i]!;
    const waiting = item.summary.splitChoices.some((c) => c.part === 'proactive');
    const previousId = previous.get(item.id)?.previousId;
    if (!waiting || !previousId) continue;
    const prev = draftToReport(items[byId.get(previousId)!]!.draft);
    items[i] = { ...item, ...importPublishedText(texts[i]!, { id: item.id, previous: prev }) };
  }
  settleStockSplits(items, previous, order, byId);
  return auditImported(items, today, options);
}
