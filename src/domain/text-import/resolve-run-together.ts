// Reads the rows whose cells ran together (nianbao issue 9) with the digit-split solver, after the
// tables and the narratives were read: part 三 as a whole (its identities fix what one row cannot),
// part 四 by its group totals, part 二 by what the narrative states and last year's stock.
// One split that fits: its cells are read. Several: the cells stay unread and the candidates go
// to the user (`SplitChoice`) — never chosen here. None: the cells stay unread with the solver's
// reason, and no other cell is bent to fit (the source itself is wrong).

import { cellsFixedByEveryCut } from '../digit-split/run-together';
import { type AppealsInput, type AppealsSolution, solveAppeals } from '../digit-split/solve-appeals';
import { type ApplicationsInput, solveApplications } from '../digit-split/solve-applications';
import { type ProactiveHints, solveProactiveRow } from '../digit-split/solve-proactive';
import { cellId } from '../report/cell-address';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_ROWS,
  type AppealGroup,
  type AppealInputField,
  type ApplicationRow,
  DOCUMENT_ROWS,
  type DocumentRow,
  type ProactiveRow,
} from '../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_LABELS,
  APPLICATION_ROW_LABELS,
  PART_TITLES,
  PROACTIVE_ROW_LABELS,
} from '../report/labels';
import type { Report } from '../report/report-schema';
import { type AppealHints, appealHints } from './appeal-hints';
import { type Findings, forgetUnread, recordNumber, setUnreadReason, warn } from './findings';
import type { ImportFormat, RunTogetherRow, SplitCandidate, SplitChoice } from './import-summary';
import { type DecisionRow, decisionHints, documentHints } from './proactive-hints';
import { PROACTIVE_LAYOUT_2019, PROACTIVE_LAYOUT_2021, type SourceRow } from './proactive-layouts';

export type ResolveContext = {
  /**
   * part 二's layout (its columns): a 2021-layout part 二 in a report whose part 三 prints the 2019
   * single 「（六）其他处理」 row (平潭综合实验区综合执法与应急管理局 2021) is cut as 2021
   */
  format: ImportFormat;
  /** part 二's rows as its headers print them (proactive-layouts.ts proactiveLayoutOf), when known */
  proactiveRows?: readonly SourceRow[];
  /** every narrative text of the report (for 「制发…N件」「现行有效…N件」) */
  narratives: readonly string[];
  /** the same organ's previous-year report, when known (its 「现行有效件数」) */
  previous: Report | null;
  /**
   * part 三 prints rows with no number at all (zeros printed blank): a glued run's count of cells
   * is then unknown (pypdf glues 「83 9 1 2 95」 to 「8391295」 when the blanks leave nothing), and
   * no cut of it is read by the cells every cut agrees on
   */
  zerosMayBeBlank?: boolean;
};

export type Resolved = { choices: SplitChoice[]; notes: string[] };

const appId = (row: ApplicationRow, column: (typeof APPLICANT_COLUMNS)[number]) =>
  cellId({ part: 'applications', row, column });
const appealId = (group: AppealGroup, field: (typeof APPEAL_FIELDS)[number]) =>
  cellId({ part: 'appeals', row: group, column: field });

const many = (n: number, truncated: boolean) => (truncated ? `至少${n}种` : `${n}种`);
const chooseReason = (digits: string, n: number, truncated: boolean, why: string) =>
  `本行的数字连在一起（「${digits}」），有${many(n, truncated)}拆法都${why}，请在导入时选择一种`;

/** Records a row's values read by the solver; derived cells (总计) only as source numbers. */
function readRow(
  f: Findings,
  ids: readonly string[],
  values: readonly number[],
  isInput: (k: number) => boolean,
  snippet: string,
): void {
  ids.forEach((id, k) => {
    const value = values[k];
    if (value === undefined) return;
    forgetUnread(f, id);
    recordNumber(f, id, { value, draftText: String(value) }, snippet, isInput(k));
  });
}

function candidate(ids: readonly string[], values: readonly number[], into: Record<string, number>): void {
  ids.forEach((id, k) => {
    const v = values[k];
    if (v !== undefined) into[id] = v;
  });
}

/** Candidates that differ only outside the choice's cells are one for the user. */
function distinct(candidates: SplitCandidate[]): SplitCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = JSON.stringify(c.cells);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- part 三 -------------------------------------------------------------------------------

function resolveApplications(
  f: Findings,
  runs: RunTogetherRow[],
  choices: SplitChoice[],
  zerosMayBeBlank: boolean,
): void {
  // Without a printed 「总计」 column a run cannot be cut by the row identity: left unread.
  if (runs.length === 0 || runs.some((r) => r.cells !== APPLICANT_COLUMNS.length)) return;
  const byRow = new Map(runs.map((r) => [r.row, r]));
  const input: Record<string, ApplicationsInput[ApplicationRow]> = {};
  for (const row of APPLICATION_ROWS) {
    const run = byRow.get(row);
    if (run) {
      input[row] = { kind: 'digits', digits: run.digits };
      continue;
    }
    const values = APPLICANT_COLUMNS.map((c) => f.source.get(appId(row, c)) ?? null);
    if (values.some((v) => v !== null)) input[row] = { kind: 'cells', values };
  }
  const solution = solveApplications(input as ApplicationsInput);
  const ids = (row: ApplicationRow) => APPLICANT_COLUMNS.map((c) => appId(row, c));
  const isInput = (row: ApplicationRow) => (k: number) =>
    row !== 'totalHandled' && APPLICANT_COLUMNS[k] !== 'total';

  for (const [row, values] of Object.entries(solution.rows) as [ApplicationRow, number[]][]) {
    const run = byRow.get(row);
    if (!run) continue;
    readRow(f, ids(row), values, isInput(row), run.snippet);
    run.status = 'read';
  }
  const open = solution.ambiguousRows.filter((row) => byRow.has(row));
  if (solution.status === 'ambiguous' && open.length > 0) {
    const candidates = distinct(
      solution.candidates.map((reading) => {
        const cells: Record<string, number> = {};
        for (const row of open) candidate(ids(row), reading[row] ?? [], cells);
        return { cells };
      }),
    );
    choices.push({
      key: 'applications',
      part: 'applications',
      title: `「${PART_TITLES.applications}」`,
      rows: open.map((row) => ({
        row,
        label: APPLICATION_ROW_LABELS[row],
        digits: byRow.get(row)!.digits,
        cells: ids(row),
      })),
      columns: APPLICANT_COLUMNS.map((c) => APPLICANT_LABELS[c]),
      candidates,
      truncated: solution.candidatesTruncated,
    });
    for (const row of open) {
      const run = byRow.get(row)!;
      run.status = 'choose';
      const reason = chooseReason(
        run.digits,
        candidates.length,
        solution.candidatesTruncated,
        '满足本表的勾稽关系',
      );
      for (const id of ids(row).filter((_, k) => isInput(row)(k))) setUnreadReason(f, id, reason);
    }
  }
  for (const u of solution.unsolved) {
    const run = byRow.get(u.row);
    if (run) {
      run.status = 'unread';
      // 「（七）总计」 has no input cell to carry the reason: it is said as a warning.
      if (u.row === 'totalHandled') warn(f, `第三部分：${u.reason}`);
      for (const id of ids(u.row).filter((_, k) => isInput(u.row)(k))) setUnreadReason(f, id, u.reason);
      if (!zerosMayBeBlank) readFixedApplicationCells(f, run, ids(u.row), isInput(u.row));
    } else
      warn(
        f,
        `第三部分「${APPLICATION_ROW_LABELS[u.row]}」一行已按原文逐格读取，但与本表其他各行不能同时满足勾稽关系，拆分数字连在一起的各行时未采用此行，请核对原文。`,
      );
  }
}

/**
 * Whether a run is one piece of glued digits in its source (「5100000」), not numbers the text
 * spaced apart (「258 12 1 1」: a PDF whose blank cells left no place, where the count of cells
 * is not the count of numbers): only then is every cut of its digits a reading of the print.
 */
const gluedInOne = (run: RunTogetherRow) => {
  const snippet = run.snippet.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  return snippet.includes(run.digits) || gluedThoughSpaced(snippet, run.digits);
};

/**
 * A row whose spaces were half lost (「100 0 0 00」, 平潭综合实验区旅游与文化体育局 2025): a piece
 * that starts with 0 and goes on (「00」) is no number, so the spaces here do not stand between
 * the numbers the row prints — cells glued in pieces, not numbers spaced apart with blank cells
 * dropped. Its digits are then as good as one glued run (a space is never inside a number).
 */
function gluedThoughSpaced(snippet: string, digits: string): boolean {
  const tail = /(?:^|[^\d\s])([\d\s]+)$/u.exec(snippet)?.[1] ?? '';
  const pieces = tail.trim().split(/\s+/u);
  return pieces.length > 1 && pieces.join('') === digits && pieces.some((p) => /^0\d/u.test(p));
}

/**
 * A part 三 row no cut makes fit (its printed 总计 or the table's identities disagree whatever the
 * cut): the cells every well-formed cut of its digits agrees on are the print's and are read —
 * all of them when there is one cut only (「5100000」 for seven cells: 自然人 5, 商业企业 1, 总计 0,
 * a 总计 that then disagrees as printed, 平潭海坛片区 2024); the rest stay unread.
 */
function readFixedApplicationCells(
  f: Findings,
  run: RunTogetherRow,
  ids: readonly string[],
  isInput: (k: number) => boolean,
): void {
  if (!gluedInOne(run)) return;
  const columns = run.cells === APPLICANT_COLUMNS.length - 1 ? APPLICANT_INPUT_COLUMNS.length : ids.length;
  const fixed = cellsFixedByEveryCut(run.digits, columns);
  let inputs = 0;
  fixed.forEach((value, k) => {
    if (value === null) return;
    forgetUnread(f, ids[k]!);
    recordNumber(f, ids[k]!, { value, draftText: String(value) }, run.snippet, isInput(k));
    if (isInput(k)) inputs++;
  });
  if (fixed.every((v) => v !== null)) run.status = 'read';
  else if (inputs > 0) run.fixedCells = inputs;
}

// ---- part 四 -------------------------------------------------------------------------------

/** Readings listed for the user; every reading is enumerated when the narrative may narrow them. */
const LISTED = 20;
const ALL_READINGS = 1000;

const quote = (sentence: string) =>
  `（正文：“${sentence.length > 60 ? `${sentence.slice(0, 59)}…` : sentence}”）`;

/**
 * The readings of part 四 that fit what the narrative states of 「行政复议」 (appeal-hints.ts); a
 * stated count that no reading has is not applied (the note says so), as for part 二.
 */
function narrowAppeals(s: AppealsSolution, hints: AppealHints, notes: string[]): AppealsSolution {
  const stated = Object.entries(hints) as [AppealInputField, { value: number; sentence: string }][];
  const listed = (readings: AppealsSolution['candidates'], truncated: boolean) => ({
    candidates: readings.slice(0, LISTED),
    candidatesTruncated: truncated || readings.length > LISTED,
  });
  if (s.status !== 'ambiguous' || s.candidatesTruncated || stated.length === 0)
    return { ...s, ...listed(s.candidates, s.candidatesTruncated) };
  let kept = s.candidates;
  const label = `「${APPEAL_GROUP_LABELS.reconsideration}」`;
  for (const [field, { value, sentence }] of stated) {
    const k = APPEAL_FIELDS.indexOf(field);
    const next = kept.filter((c) => c.reconsideration?.[k] === value);
    const what = `正文所述${label}「${APPEAL_FIELD_LABELS[field]}」${value}件`;
    if (next.length === 0) notes.push(`${what}与第四部分数字的任何拆法都不符，未用于筛选${quote(sentence)}`);
    else {
      if (next.length < kept.length) notes.push(`第四部分按${what}筛选${quote(sentence)}`);
      kept = next;
    }
  }
  const [first, ...rest] = kept;
  const groups: AppealsSolution['groups'] = {};
  const ambiguousGroups: AppealsSolution['ambiguousGroups'] = [];
  for (const g of APPEAL_GROUPS) {
    const value = first?.[g];
    if (value === undefined) continue;
    if (rest.every((r) => r[g]?.join() === value.join())) groups[g] = value;
    else ambiguousGroups.push(g);
  }
  return {
    status: kept.length === 1 ? 'unique' : 'ambiguous',
    groups,
    ambiguousGroups,
    ...listed(kept, false),
    unsolved: s.unsolved,
  };
}

/**
 * A run with exactly one digit per cell (「100000000000000」 for 15 cells) can be cut one way only,
 * whatever its totals say: its cells are read as printed, and a 「总计」 that disagrees with its four
 * results is then the print's own total mismatch (import:total:appeals.*), not an unreadable row.
 * Returns the runs still to solve.
 */
function readOneDigitCells(f: Findings, runs: RunTogetherRow[], out: Resolved): RunTogetherRow[] {
  const ids = (g: AppealGroup) => APPEAL_FIELDS.map((field) => appealId(g, field));
  const isInput = (k: number) => APPEAL_FIELDS[k] !== 'total';
  const rest: RunTogetherRow[] = [];
  for (const run of runs) {
    const groups = run.row === 'all' ? [...APPEAL_GROUPS] : APPEAL_GROUPS.filter((g) => g === run.row);
    const cells = groups.length * APPEAL_FIELDS.length;
    if (groups.length === 0 || run.digits.length !== cells || !/^\d+$/.test(run.digits)) {
      rest.push(run);
      continue;
    }
    groups.forEach((g, n) => {
      const values = [...run.digits.slice(n * APPEAL_FIELDS.length, (n + 1) * APPEAL_FIELDS.length)].map(
        Number,
      );
      readRow(f, ids(g), values, isInput, run.snippet);
    });
    run.status = 'read';
    out.notes.push(
      `第四部分的数字连在一起（「${run.digits}」），共${cells}位，恰好每格一位，只有一种拆法，已按原文读取；各组「${APPEAL_FIELD_LABELS.total}」是否等于各项之和另行核对。`,
    );
  }
  return rest;
}

function resolveAppeals(f: Findings, allRuns: RunTogetherRow[], ctx: ResolveContext, out: Resolved): void {
  const runs = readOneDigitCells(f, allRuns, out);
  if (runs.length === 0) return;
  const choices = out.choices;
  const whole = runs.find((r) => r.row === 'all');
  const input: AppealsInput = whole ? whole.digits : Object.fromEntries(runs.map((r) => [r.row, r.digits]));
  const hints = appealHints(ctx.narratives);
  const all = Object.keys(hints).length > 0 ? { candidateLimit: ALL_READINGS } : {};
  const solution = narrowAppeals(solveAppeals(input, all), hints, out.notes);
  const ids = (g: AppealGroup) => APPEAL_FIELDS.map((field) => appealId(g, field));
  const isInput = (k: number) => APPEAL_FIELDS[k] !== 'total';
  const runOf = (g: AppealGroup) => whole ?? runs.find((r) => r.row === g);
  const status = new Map<RunTogetherRow, RunTogetherRow['status']>();
  const mark = (run: RunTogetherRow | undefined, s: RunTogetherRow['status']) => {
    if (!run) return;
    const rank = { read: 0, choose: 1, unread: 2 };
    const before = status.get(run);
    if (before === undefined || rank[s] > rank[before]) status.set(run, s);
  };
  for (const [g, values] of Object.entries(solution.groups) as [AppealGroup, number[]][]) {
    const run = runOf(g);
    if (!run) continue;
    readRow(f, ids(g), values, isInput, run.snippet);
    mark(run, 'read');
  }
  if (solution.status === 'ambiguous' && solution.ambiguousGroups.length > 0) {
    const open = solution.ambiguousGroups;
    const candidates = distinct(
      solution.candidates.map((reading) => {
        const cells: Record<string, number> = {};
        for (const g of open) candidate(ids(g), reading[g] ?? [], cells);
        return { cells };
      }),
    );
    choices.push({
      key: 'appeals',
      part: 'appeals',
      title: `「${PART_TITLES.appeals}」`,
      rows: open.map((g) => ({
        row: g,
        label: APPEAL_GROUP_LABELS[g],
        digits: runOf(g)?.digits ?? '',
        cells: ids(g),
      })),
      columns: APPEAL_FIELDS.map((field) => APPEAL_FIELD_LABELS[field]),
      candidates,
      truncated: solution.candidatesTruncated,
    });
    for (const g of open) {
      const run = runOf(g);
      mark(run, 'choose');
      const reason = chooseReason(
        run?.digits ?? '',
        candidates.length,
        solution.candidatesTruncated,
        `满足「${APPEAL_FIELD_LABELS.total}」等于各项之和`,
      );
      for (const id of ids(g).filter((_, k) => isInput(k))) setUnreadReason(f, id, reason);
    }
  }
  for (const u of solution.unsolved) {
    mark(runOf(u.group), 'unread');
    for (const id of ids(u.group).filter((_, k) => isInput(k))) setUnreadReason(f, id, u.reason);
  }
  for (const [run, s] of status) run.status = s;
  if (!ctx.zerosMayBeBlank) readFixedCells(f, runs, new Set(solution.unsolved.map((u) => u.group)));
}

/**
 * A part 四 run no cut makes add up (its printed totals are wrong whatever the cut): the cells every
 * cut of its digits agrees on are still the print's (「00202000001324015」: 复议 结果维持 0, 结果纠正 0),
 * and are read; the rest stay unread.
 */
function readFixedCells(
  f: Findings,
  runs: readonly RunTogetherRow[],
  unsolved: ReadonlySet<AppealGroup>,
): void {
  for (const run of runs) {
    if (run.status !== 'unread' || !gluedInOne(run)) continue;
    const groups = run.row === 'all' ? [...APPEAL_GROUPS] : APPEAL_GROUPS.filter((g) => g === run.row);
    if (groups.length === 0) continue;
    const fixed = cellsFixedByEveryCut(run.digits, groups.length * APPEAL_FIELDS.length);
    let read = 0;
    groups.forEach((g, n) => {
      if (!unsolved.has(g)) return;
      APPEAL_FIELDS.forEach((field, k) => {
        const value = fixed[n * APPEAL_FIELDS.length + k];
        if (field === 'total' || value === null || value === undefined) return;
        const id = appealId(g, field);
        forgetUnread(f, id);
        recordNumber(f, id, { value, draftText: String(value) }, run.snippet, true);
        read++;
      });
    });
    if (read > 0) run.fixedCells = read;
  }
}

// ---- part 二 -------------------------------------------------------------------------------

const isDocumentRow = (row: string): row is DocumentRow => (DOCUMENT_ROWS as readonly string[]).includes(row);
const isDecisionRow = (row: string): row is DecisionRow =>
  row === 'licensing' || row === 'punishment' || row === 'enforcement';

function hintsFor(row: DocumentRow, ctx: ResolveContext, stated: ReturnType<typeof documentHints>) {
  const hints: ProactiveHints = { ...stated[row] };
  const previous = ctx.previous?.proactive[row].inForce;
  return previous === null || previous === undefined ? hints : { ...hints, previousInForce: previous };
}

function resolveProactive(f: Findings, runs: RunTogetherRow[], ctx: ResolveContext, out: Resolved): void {
  if (runs.length === 0) return;
  const layout = ctx.proactiveRows ?? (ctx.format === '2019' ? PROACTIVE_LAYOUT_2019 : PROACTIVE_LAYOUT_2021);
  const stated = documentHints(ctx.narratives);
  const decided = ctx.format === '2019' ? decisionHints(ctx.narratives) : {};
  for (const run of runs) {
    const row = run.row as ProactiveRow;
    const source = layout.find((s) => s.row === row);
    if (!source) continue;
    // The hints name the 2021 columns (本年制发件数, 本年废止件数, 现行有效件数) only.
    const hints = ctx.format === '2021' && isDocumentRow(row) ? hintsFor(row, ctx, stated) : {};
    const decisionsAt = source.columns.findIndex((c) => c.field === 'decisions');
    const said = ctx.format === '2019' && isDecisionRow(row) && decisionsAt >= 0 ? decided[row] : undefined;
    const breaks = (run.pieces ?? [])
      .slice(0, -1)
      .map((_, k, all) => all.slice(0, k + 1).reduce((a, b) => a + b, 0));
    const solution = solveProactiveRow(run.digits, source.columns.length, hints, {
      row,
      ...(breaks.length > 0 ? { breaks } : {}),
      ...(said ? { stated: { column: decisionsAt, value: said.value, sentence: said.sentence } } : {}),
    });
    // A row that cannot be cut at all has its one note as the cells' reason instead.
    if (solution.status !== 'none') out.notes.push(...solution.notes);
    const mapped = source.columns.flatMap((c, k) =>
      c.field ? [{ k, id: cellId({ part: 'proactive', row, column: c.field }), header: c.header }] : [],
    );
    if (mapped.length === 0) continue;
    const ids = mapped.map((m) => m.id);
    const pick = (values: readonly number[]) => mapped.map((m) => values[m.k]!);
    const candidates = distinct(
      solution.candidates.map((values) => {
        const cells: Record<string, number> = {};
        candidate(ids, pick(values), cells);
        return { cells };
      }),
    );
    if (solution.status === 'none') {
      run.status = 'unread';
      const reason = solution.notes.at(-1) ?? `本行的数字连在一起（「${run.digits}」），无法拆分`;
      for (const id of ids) setUnreadReason(f, id, reason);
    } else if (candidates.length === 1 && !solution.candidatesTruncated) {
      run.status = 'read';
      readRow(f, ids, pick(solution.candidates[0]!), () => true, run.snippet);
    } else {
      run.status = 'choose';
      out.choices.push({
        key: `proactive.${row}`,
        part: 'proactive',
        title: `「${PART_TITLES.proactive}」中「${PROACTIVE_ROW_LABELS[row]}」一行`,
        rows: [{ row, label: PROACTIVE_ROW_LABELS[row], digits: run.digits, cells: ids }],
        columns: mapped.map((m) => m.header),
        candidates,
        truncated: solution.candidatesTruncated,
      });
      const why = '可能，正文和上年报告不足以确定';
      const reason = chooseReason(run.digits, candidates.length, solution.candidatesTruncated, why);
      // A cell every reading left agrees on is the print's (「20 155」 with 「2021年发布规范性文件20份」:
      // 20|1|55 or 20|15|5, 本年制发件数 20 either way — 平潭管委会办公室 2021): read; the rest are chosen.
      const agreed = solution.candidatesTruncated ? [] : agreedCells(candidates, ids);
      for (const id of ids) {
        const value = agreed.find((a) => a.id === id)?.value;
        if (value === undefined) {
          setUnreadReason(f, id, reason);
          continue;
        }
        forgetUnread(f, id);
        recordNumber(f, id, { value, draftText: String(value) }, run.snippet, true);
      }
    }
  }
}

/** The cells whose value is the same in every candidate. */
function agreedCells(
  candidates: readonly { cells: Record<string, number> }[],
  ids: readonly string[],
): { id: string; value: number }[] {
  if (candidates.length === 0) return [];
  return ids.flatMap((id) => {
    const value = candidates[0]!.cells[id];
    return value !== undefined && candidates.every((c) => c.cells[id] === value) ? [{ id, value }] : [];
  });
}

/** Splits every run-together row recorded in `f`, in place; returns what the user must choose. */
export function resolveRunTogether(f: Findings, ctx: ResolveContext): Resolved {
  const out: Resolved = { choices: [], notes: [] };
  const of = (part: RunTogetherRow['part']) => f.runTogether.filter((r) => r.part === part);
  resolveProactive(f, of('proactive'), ctx, out);
  resolveApplications(f, of('applications'), out.choices, ctx.zerosMayBeBlank === true);
  resolveAppeals(f, of('appeals'), ctx, out);
  return out;
}
