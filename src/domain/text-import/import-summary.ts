// What the importer of a published report's text hands back (SPEC §11): a draft, and before
// anything is saved, a summary of everything it found and everything it could not read.
import type { PartKey } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { TablePart } from './tables-as-pictures';

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

/**
 * A meta field or narrative sub-item the importer could not read, and where it looked (nianbao
 * issue 18: no silent blanks). `field`: `meta.<key>` or a narrativeId (`otherMatters.workPlan`).
 */
export type UnreadField = { field: string; reason: string };

export type TotalMismatch = {
  /** the derived cell, e.g. applications.totalHandled.natural, applications.newReceived.total, appeals.reconsideration.total */
  cell: string;
  source: number;
  computed: number;
  message: string;
};

export type RunTogetherPart = 'proactive' | 'applications' | 'appeals';

/**
 * A row whose cells ran together into one run of digits, and what the digit-split solver made of
 * it (nianbao issue 9): `read` — one split satisfies everything, its cells are in the draft;
 * `choose` — several do, the user picks one (see `splitChoices`); `unread` — none does (the
 * source itself is wrong), its cells stay unread with the solver's reason.
 */
export type RunTogetherRow = {
  part: RunTogetherPart;
  /** the row key (`newReceived`, `regulations`, …); for part 四 the group key, or `all` for the whole data row */
  row: string;
  digits: string;
  snippet: string;
  /** how many cells the source row has (part 三: 7, or 6 without 「总计」; part 四: 15 or 5 per group) */
  cells: number;
  status: 'read' | 'choose' | 'unread';
  /** `unread`: how many of its input cells every cut agrees on, read all the same */
  fixedCells?: number;
  /**
   * Part 二: the lengths of the pieces its digits were printed in, spaces between them (「20 155」:
   * [2, 3]); a space is never inside a number, so every cut falls between the pieces.
   */
  pieces?: number[];
};

/** One way to cut the run-together rows of a table: the value of every cell of those rows. */
export type SplitCandidate = {
  /** cellId → value, printed totals included, in the order of `SplitChoice.rows[].cells` */
  cells: Record<string, number>;
};

/** A table (or part 二 row) whose run-together rows can be cut in several ways that all fit. */
export type SplitChoice = {
  /** 'applications', 'appeals' or 'proactive.<row>' */
  key: string;
  part: RunTogetherPart;
  /** zh-CN: the table or row, e.g. 「三、收到和处理政府信息公开申请情况」 */
  title: string;
  /** the rows the candidates differ on, with the cellIds of their cells in source order */
  rows: { row: string; label: string; digits: string; cells: string[] }[];
  /** zh-CN headers of the cells of a row (same for every row of the choice) */
  columns: string[];
  candidates: SplitCandidate[];
  /** more splits fit than are listed */
  truncated: boolean;
  /** the candidate the user picked (set by applySplitChoices) */
  picked?: number;
};

export type ImportSummary = {
  meta: MetaFinding[];
  partsFound: PartKey[];
  partsMissing: PartKey[];
  /** narrativeId of every narrative sub-item with text */
  narrativesFound: string[];
  numbers: NumberFinding[];
  unread: UnreadCell[];
  /** meta fields and narrative sub-items not found, with where they were looked for */
  unreadFields: UnreadField[];
  totalMismatches: TotalMismatch[];
  format: ImportFormat;
  /** zh-CN: the old-format warning, what did not map, parts not found */
  warnings: string[];
  runTogether: RunTogetherRow[];
  /** tables whose run-together rows fit several splits: the user picks one before saving */
  splitChoices: SplitChoice[];
  /** zh-CN: how the narrative and last year's report narrowed part 二 splits, or why they could not */
  splitNotes: string[];
  /** the sentences printed before part 三's table (no narrative field holds them) */
  applicationsProse?: string;
  /** the sentences printed before part 四's table */
  appealsProse?: string;
  /** parts 二–四 whose tables the text seems to hold as pictures (tables-as-pictures.ts) */
  picturedTables?: TablePart[];
  /** the organ the 落款 signs with when it is not the report's own (a former name: report/organ-renamed.ts) */
  signedBy?: string;
};

export type TextImportResult = { draft: ReportDraft; summary: ImportSummary };
