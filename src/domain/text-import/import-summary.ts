// What the importer of a published report's text hands back (SPEC §11): a draft, and before
// anything is saved, a summary of everything it found and everything it could not read.
import type { PartKey } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';

export type ImportFormat = '2021' | '2019';

export type MetaFinding = {
  /** a key of `ReportMeta` (agencyName, year, title, preamble, website, contactAddress, contactPhone, publishDate, reportKind) */
  field: string;
  value: string | number;
  snippet: string;
};

export type NumberFinding = {
  /** `cellId`, derived cells included when the source prints them (「总计」, 「（七）总计」) */
  cell: string;
  value: number;
  snippet: string;
};

export type UnreadCell = { cell: string; reason: string; snippet?: string };

export type TotalMismatch = {
  /** the derived cell, e.g. applications.totalHandled.natural, applications.newReceived.total, appeals.reconsideration.total */
  cell: string;
  source: number;
  computed: number;
  message: string;
};

/** A row whose cells ran together into one run of digits (for the digit-split solver). */
export type RunTogetherRow = {
  part: 'proactive' | 'applications' | 'appeals';
  /** the row key (`newReceived`, `regulations`, …); for part 四 the group key, or `all` for the whole data row */
  row: string;
  digits: string;
  snippet: string;
};

export type ImportSummary = {
  meta: MetaFinding[];
  partsFound: PartKey[];
  partsMissing: PartKey[];
  /** narrativeId of every narrative sub-item with text */
  narrativesFound: string[];
  numbers: NumberFinding[];
  unread: UnreadCell[];
  totalMismatches: TotalMismatch[];
  format: ImportFormat;
  /** zh-CN: the old-format warning, what did not map, parts not found */
  warnings: string[];
  runTogether: RunTogetherRow[];
};

export type TextImportResult = { draft: ReportDraft; summary: ImportSummary };
