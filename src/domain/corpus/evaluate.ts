// How well the importer and 批量审核 read the corpus (nianbao issue 18): every report in every shape,
// compared with what was written — cells and meta fields read exactly, narrative sub-items read
// exactly, planted problems flagged, and findings on clean reports that should not be there.
// Used by the unit tests (exact per shape) and by `npm run bench` (shares and speed).
import { auditTexts } from '../audit/audit-reports';
import type { AuditedReport } from '../audit/audit-types';
import { cellId, INPUT_CELLS, parseCellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import { NARRATIVE_PARTS, OTHER_MATTERS_KEYS, OVERVIEW_KEYS, PROBLEMS_KEYS } from '../report/keys';
import type { TextImportResult } from '../text-import/import-summary';
import { importPublishedText } from '../text-import/import-text';
import type { CorpusReport } from './corpus-types';
import { documentOf } from './document';
import type { Plant } from './plants';
import type { Shape } from './shapes';
import { YEAR_CHAINS } from './written-reports';

type Grid = Record<string, Record<string, number | null>>;
const META_FIELDS = [
  'agencyName',
  'year',
  'website',
  'contactAddress',
  'contactPhone',
  'publishDate',
] as const;
const OTHER_HANDLING = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'] as const;

/** The value each input cell must be read as in this shape (the 2019 row goes to 「3.其他」). */
export function expectedCell(r: CorpusReport, shape: Shape, id: string): number | null {
  const cell = parseCellId(id);
  if (!cell) throw new Error(`not a cell: ${id}`);
  const { part, row, column } = cell;
  const grid = r.numbers[part] as Grid;
  if (
    shape.mergesOtherHandling &&
    part === 'applications' &&
    (OTHER_HANDLING as readonly string[]).includes(row)
  ) {
    if (row !== 'otherOther') return 0;
    return OTHER_HANDLING.reduce((s, k) => s + (grid[k]![column] ?? 0), 0);
  }
  return grid[row]![column] ?? null;
}

export type ReadScore = {
  cells: number;
  cellsExact: number;
  meta: number;
  metaExact: number;
  narratives: number;
  narrativesExact: number;
  /** what was not read exactly: 「cell=got≠want」 */
  misses: string[];
};

const flat = (t: string) => t.replace(/\s+/gu, '');
const NARRATIVE_KEYS = { overview: OVERVIEW_KEYS, problems: PROBLEMS_KEYS, otherMatters: OTHER_MATTERS_KEYS };

/** Compares one import with the report it was rendered from. */
export function scoreRead(written: CorpusReport, shape: Shape, result: TextImportResult): ReadScore {
  const r = shape.printed?.(written) ?? written;
  const report = draftToReport(result.draft);
  const s = emptyScore();
  for (const cell of INPUT_CELLS) {
    const id = cellId(cell);
    const want = expectedCell(r, shape, id);
    const got = (report[cell.part] as Grid)[cell.row]![cell.column] ?? null;
    s.cells++;
    if (got === want) s.cellsExact++;
    else s.misses.push(`${id}=${got}≠${want}`);
  }
  for (const field of META_FIELDS) {
    const want = r[field];
    const got = result.draft.meta[field];
    s.meta++;
    if (got === want) s.metaExact++;
    else s.misses.push(`meta.${field}=${JSON.stringify(got)}≠${JSON.stringify(want)}`);
  }
  // 部门 or 本级政府 decides the due date (条例第四十九条): a wrong kind is a false 「逾期」.
  s.meta++;
  if (result.draft.meta.reportKind === r.kind) s.metaExact++;
  else s.misses.push(`meta.reportKind=${result.draft.meta.reportKind}≠${r.kind}`);
  for (const part of NARRATIVE_PARTS)
    for (const key of NARRATIVE_KEYS[part]) {
      const want = flat((r[part] as Record<string, string>)[key]!);
      const got = flat((result.draft[part] as Record<string, string>)[key]!);
      s.narratives++;
      if (got === want) s.narrativesExact++;
      else s.misses.push(`${part}.${key}`);
    }
  return s;
}

/** Findings every clean rendering of a report must raise: problems that are in its source text. */
export const KNOWN_FINDINGS: Readonly<Record<string, readonly string[]>> = {
  // （三）政府信息管理 copied from 2021 word for word.
  'lixia-2022': ['similar-to-last-year:overview.management'],
};

/** Kinds of finding that claim a problem in the report (unread cells are said apart). */
const PROBLEM_KINDS = new Set([
  'total-mismatch',
  'balance',
  'continuity',
  'narrative-number',
  'missing-part',
  'similar',
  'other',
]);

export type AuditScore = {
  /** problem findings not known to be in the report */
  falseFindings: string[];
  /** findings of cells not read (honest gaps, e.g. a run-together row with several splits) */
  unreadFindings: number;
};

export function scoreAudit(audited: readonly AuditedReport[], keys: readonly string[]): AuditScore {
  const falseFindings: string[] = [];
  let unreadFindings = 0;
  audited.forEach((a, i) => {
    const known = new Set(KNOWN_FINDINGS[keys[i]!] ?? []);
    for (const f of a.findings) {
      if (f.kind === 'unread') unreadFindings++;
      if (PROBLEM_KINDS.has(f.kind) && !known.has(f.id))
        falseFindings.push(`${keys[i]}: ${f.id} ${f.message}`);
    }
  });
  return { falseFindings, unreadFindings };
}

/** The text of a report in a shape, with a plant applied (to the report or to its printed page). */
export function renderWith(r: CorpusReport, shape: Shape, plant?: Plant): string {
  const planted = plant?.report ? plant.report(r) : r;
  if (!plant?.blocks) return shape.render(planted).input;
  const blocks = plant.blocks(documentOf(planted), planted);
  return shape.render(planted, blocks).input;
}

export type ShapeRun = {
  shape: string;
  /** each report imported alone */
  read: ReadScore;
  /** the same reports as 批量审核 reads them: linked years settle cuts one year alone cannot */
  batchRead: ReadScore;
  audit: AuditScore;
  /** planted problems: [plant, report, flagged] */
  plants: { plant: string; report: string; flagged: boolean }[];
  /** milliseconds per import, one per report */
  importMs: number[];
};

const AUDIT_DAY = new Date(2026, 0, 15);

/** One shape: every report read and scored; the batch audited clean, then with each plant. */
const emptyScore = (): ReadScore => ({
  cells: 0,
  cellsExact: 0,
  meta: 0,
  metaExact: 0,
  narratives: 0,
  narrativesExact: 0,
  misses: [],
});

function addScore(into: ReadScore, key: string, s: ReadScore): void {
  into.cells += s.cells;
  into.cellsExact += s.cellsExact;
  into.meta += s.meta;
  into.metaExact += s.metaExact;
  into.narratives += s.narratives;
  into.narrativesExact += s.narrativesExact;
  into.misses.push(...s.misses.map((m) => `${key} ${m}`));
}

export function runShape(reports: readonly CorpusReport[], shape: Shape, plants: readonly Plant[]): ShapeRun {
  const read = emptyScore();
  const importMs: number[] = [];
  const texts = reports.map((r) => shape.render(r).input);
  reports.forEach((r, i) => {
    const t0 = performance.now();
    const result = importPublishedText(texts[i]!, { id: `corpus-${r.key}` });
    importMs.push(performance.now() - t0);
    addScore(read, r.key, scoreRead(r, shape, result));
  });
  const keys = reports.map((r) => r.key);
  const audited = auditTexts(texts, AUDIT_DAY);
  const batchRead = emptyScore();
  audited.forEach((a, i) => {
    addScore(batchRead, keys[i]!, scoreRead(reports[i]!, shape, a));
  });
  const audit = scoreAudit(audited, keys);
  const earlierOf = new Map(YEAR_CHAINS.map(([a, b]) => [b, a]));
  const outcomes: ShapeRun['plants'] = [];
  for (const plant of plants)
    for (const r of reports) {
      const earlier = earlierOf.get(r.key);
      if (plant.target === 'chain-later' && !earlier) continue;
      // A cross-year plant is audited with the earlier year (under its other name), others alone.
      const earlierText = earlier ? texts[reports.findIndex((x) => x.key === earlier)] : undefined;
      const batch =
        plant.target === 'chain-later' && earlierText
          ? [earlierText, renderWith(r, shape, plant)]
          : [renderWith(r, shape, plant)];
      const audited = auditTexts(batch, AUDIT_DAY).at(-1)!;
      outcomes.push({
        plant: plant.name,
        report: r.key,
        flagged: audited.findings.some((f) => plant.findings.includes(f.id)),
      });
    }
  return { shape: shape.name, read, batchRead, audit, plants: outcomes, importMs };
}
