// Part 四's header in another order than the format's (SPEC §5): 「行政诉讼」 left of 「行政复议」,
// 「复议后起诉」 left of 「未经复议直接起诉」, 「结果纠正」 left of 「结果维持」 … The numbers under it
// stand in the header's order, so read by position they would land in other columns. Where the
// header's own words decide every column — each group word once, each field word three times in
// three runs of five, the words that decide an order printed on one line (or as the cells of a
// pasted table, one a line in document order) — the readings of the columns are given; where the
// words leave two readings (a header on one line, 「行政诉讼」 first: its 「行政复议」 fields may
// stand before the sub-groups' as the format's merged cells print them, or last as the columns
// go), both are given and the caller reads only what both agree on.

import { APPEAL_FIELDS, APPEAL_GROUPS, type AppealField, type AppealGroup } from '../report/keys';
import { APPEAL_FIELD_LABELS, APPEAL_GROUP_LABELS, LITIGATION_HEADER } from '../report/labels';
import { normalizeLabel } from './label-match';
import type { TableToken } from './table-tokens';

/** The column a position of the data row stands under: position k → group·5 + field index. */
export type ColumnReading = readonly number[];

export type HeaderOrder =
  /** the format's order, or a header that says nothing sure of its order: read by position */
  | { kind: 'format' }
  /** another order: the readings the header words allow (one, or two to agree) */
  | { kind: 'reordered'; said: string; readings: ColumnReading[] }
  /** another order whose columns the header words do not decide */
  | { kind: 'undecided'; said: string };

type Symbol = 'R' | 'L' | 'D' | 'A' | AppealField;
type Word = { symbol: Symbol; token: number; at: number; line: number; row: number; cell: boolean };

const WORDS: readonly { symbol: Symbol; form: string }[] = [
  { symbol: 'R', form: normalizeLabel(APPEAL_GROUP_LABELS.reconsideration) },
  { symbol: 'L', form: normalizeLabel(LITIGATION_HEADER) },
  { symbol: 'D', form: normalizeLabel(APPEAL_GROUP_LABELS.litigationDirect) },
  { symbol: 'A', form: normalizeLabel(APPEAL_GROUP_LABELS.litigationAfterReconsideration) },
  ...APPEAL_FIELDS.map((f) => ({ symbol: f, form: normalizeLabel(APPEAL_FIELD_LABELS[f]) })),
];
const GROUP_OF: Record<'R' | 'D' | 'A', AppealGroup> = {
  R: 'reconsideration',
  D: 'litigationDirect',
  A: 'litigationAfterReconsideration',
};
const WIDTH = APPEAL_FIELDS.length;
const label = (s: Symbol): string =>
  s === 'R'
    ? APPEAL_GROUP_LABELS.reconsideration
    : s === 'L'
      ? LITIGATION_HEADER
      : s === 'D'
        ? APPEAL_GROUP_LABELS.litigationDirect
        : s === 'A'
          ? APPEAL_GROUP_LABELS.litigationAfterReconsideration
          : APPEAL_FIELD_LABELS[s];
const before = (a: Symbol, b: Symbol) => `「${label(a)}」在「${label(b)}」之前`;

/** The header words in reading order, each with its token, line and source row. */
function headerWords(tokens: readonly TableToken[], cellLines: ReadonlySet<number>): Word[] {
  const words: Word[] = [];
  let row = 0;
  tokens.forEach((t, token) => {
    if (t.kind === 'rowEnd') row++;
    if (t.kind !== 'text') return;
    const text = normalizeLabel(t.text);
    const found: Word[] = [];
    for (const { symbol, form } of WORDS)
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length))
        found.push({ symbol, token, at, line: t.line, row, cell: cellLines.has(t.line) });
    words.push(...found.sort((a, b) => a.at - b.at));
  });
  return words;
}

/**
 * Whether two words' order on the page is their order in the text: on one line, or each a cell of
 * a pasted table (a line of its own opening with a tab: document order). Words on different lines
 * of a PDF's text say nothing of which stands left (a merged cell centred lower comes later).
 */
const together = (a: Word, b: Word) => a.line === b.line || (a.cell && b.cell);

type Run = { from: number; words: Word[]; fields: AppealField[] };

/**
 * The field words as three runs of five, each run whole (no group word inside it) and holding each
 * field once; null when the header prints them otherwise.
 */
function fieldRuns(words: readonly Word[]): Run[] | null {
  const fieldAt = words.flatMap((w, k) => (APPEAL_FIELDS.includes(w.symbol as AppealField) ? [k] : []));
  if (fieldAt.length !== APPEAL_GROUPS.length * WIDTH) return null;
  const runs: Run[] = [];
  for (let j = 0; j < APPEAL_GROUPS.length; j++) {
    const at = fieldAt.slice(j * WIDTH, (j + 1) * WIDTH);
    const run = at.map((k) => words[k]!);
    if (at.at(-1)! - at[0]! !== WIDTH - 1) return null;
    if (new Set(run.map((w) => w.symbol)).size !== WIDTH) return null;
    runs.push({ from: at[0]!, words: run, fields: run.map((w) => w.symbol as AppealField) });
  }
  return runs;
}

/** Today's signals that the header is not in the format's order (the field words whole). */
function outOfOrder(words: readonly Word[]): string | null {
  const first = (s: Symbol) => words.find((w) => w.symbol === s);
  const count = (s: Symbol) => words.filter((w) => w.symbol === s).length;
  if (APPEAL_FIELDS.some((f) => f !== 'total' && !first(f))) return null;
  const r = first('R');
  const l = first('L');
  const direct = first('D');
  const after = first('A');
  if (direct && after && words.indexOf(after) < words.indexOf(direct)) return before('A', 'D');
  if (r && l && count('R') === 1 && count('L') === 1 && words.indexOf(l) < words.indexOf(r) && together(l, r))
    return before('L', 'R');
  // Within each group's run, the field words it prints in the format's order: the runs of five when
  // the header prints all fifteen as three such runs (「总计」 may stand anywhere in one), else the
  // pieces 「总计」 ends (a report may reword one field: 「维持原行政行为」).
  const runs = fieldRuns(words);
  const groups: Word[][] = runs ? runs.map((r) => r.words) : [[]];
  if (!runs)
    for (const w of words)
      if (w.symbol === 'total') groups.push([]);
      else groups.at(-1)!.push(w);
  for (const group of groups) {
    const fields = group.map((g) => APPEAL_FIELDS.indexOf(g.symbol as AppealField)).filter((k) => k >= 0);
    for (let n = 1; n < fields.length; n++)
      if (fields[n]! < fields[n - 1]!)
        return before(APPEAL_FIELDS[fields[n - 1]!]!, APPEAL_FIELDS[fields[n]!]!);
  }
  return null;
}

/**
 * The header's order: the format's, another one with the readings its words allow, or undecided.
 * `cellLines`: the lines that are cells of a pasted table (opening with a tab).
 */
export function appealsHeaderOrder(
  tokens: readonly TableToken[],
  cellLines: ReadonlySet<number> = new Set(),
): HeaderOrder {
  const words = headerWords(tokens, cellLines);
  const said = outOfOrder(words);
  if (said === null) return { kind: 'format' };
  const undecided = { kind: 'undecided', said } as const;
  const count = (s: Symbol) => words.filter((w) => w.symbol === s).length;
  if ((['R', 'D', 'A'] as const).some((s) => count(s) !== 1) || count('L') > 1) return undecided;
  if (APPEAL_FIELDS.some((f) => count(f) !== APPEAL_GROUPS.length)) return undecided;
  const runs = fieldRuns(words);
  if (!runs || runs.some((run) => run.words.some((w) => !together(w, run.words[0]!)))) return undecided;
  const index = (s: Symbol) => words.findIndex((w) => w.symbol === s);
  const [r, l, d, a] = [index('R'), index('L'), index('D'), index('A')];
  const w = (k: number) => words[k]!;
  // Which of the sub-groups stands left, and whether 「行政复议」 stands left of 「行政诉讼」: said
  // by words on one line (or cells) only.
  if (!together(w(d), w(a))) return undecided;
  const subs: ('D' | 'A')[] = d < a ? ['D', 'A'] : ['A', 'D'];
  const top = l >= 0 ? l : Math.min(d, a);
  if (!together(w(r), w(top))) return undecided;
  const columns: ('R' | 'D' | 'A')[] = r < top ? ['R', ...subs] : [...subs, 'R'];
  // Each run to its group: printed group by group (each group word just before its own run), or
  // row by row as the format's merged cells print (the first run 「行政复议」's, at the sub-groups'
  // level; the other two the sub-groups' in their order), or row by row with every field word on
  // the last row (the runs in the columns' order).
  const owner = (run: { from: number }) => {
    const groupsBefore = [r, d, a].filter((k) => k < run.from);
    const nearest = Math.max(...groupsBefore);
    return groupsBefore.length === 0 ? null : (w(nearest).symbol as 'R' | 'D' | 'A');
  };
  const owners = runs.map(owner);
  const byGroup = new Set(owners).size === APPEAL_GROUPS.length && !owners.includes(null);
  const assignments: ('R' | 'D' | 'A')[][] = [];
  if (byGroup) assignments.push(owners as ('R' | 'D' | 'A')[]);
  else {
    // Row by row: every group word before the runs, except 「行政复议」's own run may come before
    // the sub-group words (the format's merged cells: its fields on the sub-groups' row).
    if (runs[1]!.from < Math.max(d, a) || runs[0]!.from < r) return undecided;
    const merged: ('R' | 'D' | 'A')[] = ['R', ...subs];
    const inColumns = [...columns];
    const subRow = w(d).row;
    const rowOf = (j: number) => w(runs[j]!.from).row;
    const sameRows = w(a).row === subRow;
    // The rows say which: the first run on the sub-groups' row and the others below it is the
    // merged layout; all three runs on one row below the sub-groups is the columns' order.
    const mergedSure = sameRows && rowOf(0) === subRow && rowOf(1) > subRow && rowOf(2) === rowOf(1);
    const columnsSure = sameRows && rowOf(0) > subRow && rowOf(1) === rowOf(0) && rowOf(2) === rowOf(0);
    if (mergedSure) assignments.push(merged);
    else if (columnsSure) assignments.push(inColumns);
    else assignments.push(merged, inColumns);
  }
  const readings = dedupe(
    assignments.map((assigned) =>
      columns.flatMap((g) => {
        const run = runs[assigned.indexOf(g)]!;
        const group = APPEAL_GROUPS.indexOf(GROUP_OF[g]);
        return run.fields.map((f) => group * WIDTH + APPEAL_FIELDS.indexOf(f));
      }),
    ),
  );
  return { kind: 'reordered', said, readings };
}

function dedupe(readings: number[][]): number[][] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = r.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
