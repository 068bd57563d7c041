// Data for the benchmark, built from the domain (never hand-written records): the sample report,
// many "random-ish" variants of it (seeded, so every run measures the same work), the
// IndexedDB records the app stores (StoredReport), and the clipboard text of the part 三 matrix.
import { runChecks } from '../../src/domain/checks/run-checks';
import { qufuReport } from '../../src/domain/fixtures/qufu-2021';
import expected from '../../src/domain/fixtures/qufu-2021.expected.json';
import { INPUT_CELLS, isFeeCell } from '../../src/domain/report/cell-address';
import { reportToDraft, writeDraftCell } from '../../src/domain/report/draft-convert';
import { emptyDraft } from '../../src/domain/report/empty-report';
import { emptyReview } from '../../src/domain/report/empty-review';
import { APPLICANT_INPUT_COLUMNS, REVIEW_STATUSES, type ReviewStatus } from '../../src/domain/report/keys';
import { defaultTitle } from '../../src/domain/report/labels';
import type { ReportDraft } from '../../src/domain/report/report-schema';
import { newStoredRecord } from '../../src/storage/report-fields';
import type { StoredReport } from '../../src/storage/stored-report';

/** mulberry32: a tiny seeded PRNG, so two runs of the benchmark measure the same drafts. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const PLACES = [
  '曲阜市',
  '邹城市',
  '兖州区',
  '泗水县',
  '微山县',
  '鱼台县',
  '金乡县',
  '嘉祥县',
  '汶上县',
  '梁山县',
];
const ORGANS = [
  '人民政府办公室',
  '教育局',
  '财政局',
  '民政局',
  '司法局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '交通运输局',
  '水务局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '市场监督管理局',
  '医疗保障局',
  '生态环境分局',
  '人力资源和社会保障局',
  '发展和改革局',
  '退役军人事务局',
];

export const BENCH_ID_PREFIX = 'bench';
export const benchId = (name: string | number): string =>
  `${BENCH_ID_PREFIX}-${typeof name === 'number' ? String(name).padStart(4, '0') : name}`;

/** The sample report as the draft the editor keeps (raw text per cell). */
export function fixtureDraft(id: string): ReportDraft {
  return reportToDraft(qufuReport(id));
}

/** A count as published tables hold them: mostly 0, some small, the odd large one. */
function realisticCountText(rng: () => number): string {
  const r = rng();
  if (r < 0.6) return '0';
  if (r < 0.85) return String(1 + Math.floor(rng() * 9));
  if (r < 0.97) return String(10 + Math.floor(rng() * 90));
  return String(100 + Math.floor(rng() * 1900));
}

/** What a clerk may leave in a cell that a check has to report (SPEC §6 required / number-format). */
const ODD_CELL_TEXTS = ['', '12a', '１２', '—', '3.5', ' 7 '];

/**
 * The sample report with a different organ, year and status, about a third of its input cells
 * changed, a few cells left blank or malformed, and a narrative that states a number: so a batch
 * of these exercises every rule, not the cached results of one draft.
 */
export function variedDraft(rng: () => number, index: number): ReportDraft {
  const agencyName = `${PLACES[index % PLACES.length]}${ORGANS[Math.floor(index / PLACES.length) % ORGANS.length]}`;
  const year = 2019 + Math.floor(rng() * 6);
  let draft = fixtureDraft(benchId(index));
  draft = {
    ...draft,
    meta: { ...draft.meta, agencyName, year, title: defaultTitle(agencyName, year) },
    overview: {
      ...draft.overview,
      proactive: `本年度共主动公开政府信息${Math.floor(rng() * 500)}条，印发规范性文件${Math.floor(rng() * 9)}件。`,
    },
  };
  for (const cell of INPUT_CELLS) {
    const r = rng();
    if (r < 0.02) draft = writeDraftCell(draft, cell, pick(rng, ODD_CELL_TEXTS));
    else if (r < 0.35)
      draft = writeDraftCell(
        draft,
        cell,
        isFeeCell(cell) ? (rng() * 10).toFixed(2) : realisticCountText(rng),
      );
  }
  return draft;
}

export function variedDrafts(count: number, seed: number): ReportDraft[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => variedDraft(rng, i));
}

export type RecordOptions = { status?: ReviewStatus; updatedAt?: string; today?: Date };

/**
 * The record the app keeps in IndexedDB for a draft, with the list's denormalised fields and the
 * 错误/警告 counts computed the way the editor computes them (src/storage/report-fields.ts,
 * src/domain/checks/run-checks.ts).
 */
export function storedRecord(draft: ReportDraft, options: RecordOptions = {}): StoredReport {
  const review = { ...emptyReview(), status: options.status ?? 'draft' };
  const { counts } = runChecks({ draft, today: options.today ?? new Date() });
  return newStoredRecord(
    draft,
    { review, counts: { errorCount: counts.errors, warningCount: counts.warnings } },
    options.updatedAt ?? new Date().toISOString(),
  );
}

/** `count` records for the reports list: varied drafts, every review status, distinct 最后保存 times. */
export function listRecords(count: number, seed: number, now: Date = new Date()): StoredReport[] {
  const rng = createRng(seed ^ 0x5eed);
  return variedDrafts(count, seed).map((draft, i) =>
    storedRecord(draft, {
      status: pick(rng, REVIEW_STATUSES),
      updatedAt: new Date(now.getTime() - i * 60_000).toISOString(),
      today: now,
    }),
  );
}

/** A new, empty report (every cell blank), as 「新建报告」 creates it. */
export function emptyRecord(id: string): StoredReport {
  return storedRecord(
    emptyDraft({ id, agencyName: expected.meta.agencyName, year: 2021, reportKind: 'department' }),
  );
}

/** The fixture matrix rows in table order, without the derived 「（七）总计」 row. */
export const MATRIX_INPUT_ROWS = Object.keys(expected.applications).filter((row) => row !== 'totalHandled');

/** The 24 input rows × 6 columns of the fixture as Excel puts them on the clipboard (TSV, CRLF). */
export function matrixTsv(): string {
  const apps = expected.applications as Record<string, Record<string, number>>;
  return `${MATRIX_INPUT_ROWS.map((row) => APPLICANT_INPUT_COLUMNS.map((c) => String(apps[row]![c])).join('\t')).join('\r\n')}\r\n`;
}
