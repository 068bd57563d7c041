// Part 二 (SPEC §3): rows located by label, columns by position within the row's layout.
import { normalizeNumberText } from '../numbers/normalize';
import { cellId } from '../report/cell-address';
import type { ProactiveField, ProactiveRow } from '../report/keys';
import {
  type Findings,
  readCell,
  recordNumber,
  recordUnread,
  rowRunTogether,
  rowSnippet,
  warn,
} from './findings';
import { TRIAL_2019_ROW_LABELS } from './format-2019';
import type { ImportFormat } from './import-summary';
import { labelForms } from './label-match';
import { printsChanges, proactiveLayoutOf, type SourceRow } from './proactive-layouts';
import { readProactiveSections } from './proactive-sections';
import { type RowRead, readTableRows, type TableRowCandidate, UNDECIDED_REASON } from './table-rows';
import { type CellToken, type TableToken, tokenizeTable } from './table-tokens';

const id = (row: ProactiveRow, field: ProactiveField) => cellId({ part: 'proactive', row, column: field });

/** 「+(0)」「+3」 and 「-(0)」「-1」: the increase and the decrease of one 本年增/减 cell, printed as two. */
const INCREASE = /^[+＋]\s*[（(]?\s*\d+\s*[)）]?$/u;
const DECREASE = /^[-−－]\s*[（(]?\s*\d+\s*[)）]?$/u;

/**
 * In the 2019 trial layout a 「-」 between two numbers of one line is a decrease's sign (「行政许可88-720」):
 * the numbers and the sign are one run of the row's cells, not a number, a word and a number. A change cell
 * printed as its increase and its decrease (「+(0) -(0)」) is one cell, not two.
 */
function withNegativeChanges(tokens: readonly TableToken[]): TableToken[] {
  const out: TableToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const a = tokens[k]!;
    const sign = tokens[k + 1];
    const b = tokens[k + 2];
    if (
      a.kind === 'value' &&
      sign?.kind === 'value' &&
      sign.line === a.line &&
      INCREASE.test(a.text.trim()) &&
      DECREASE.test(sign.text.trim())
    ) {
      out.push({ ...a, text: `${a.text.trim()} ${sign.text.trim()}` });
      k += 1;
      continue;
    }
    if (
      a.kind === 'value' &&
      sign?.kind === 'text' &&
      /^[-−－]$/u.test(sign.text.trim()) &&
      b?.kind === 'value' &&
      a.line === sign.line &&
      b.line === a.line
    ) {
      out.push({ kind: 'value', text: `${a.text}-${b.text}`, line: a.line });
      k += 2;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * A 2019 trial row 上一年项目数量 | 本年增/减 | 处理决定数量 run together with a decrease: 「1-10」 is 1, −1, 0
 * (平潭管委会办公室 2020). The minus starts the change, so what stands before it is the first cell; the
 * digits after it are the change and the decisions, cut in two (no part with a leading zero but 「0」).
 * The decisions are read when every cut agrees (「-10」: only 1|0); 「88-720」 (7|20 or 72|0) stays unread.
 * Returns whether the row was such a run.
 */
function readNegativeChange(
  f: Findings,
  source: SourceRow,
  cells: readonly CellToken[],
  snippet: string,
): boolean {
  if (source.columns.length !== 3 || source.columns[1]!.field !== null || source.row === null) return false;
  const decisions = source.columns[2]!.field;
  if (decisions === null || cells.length === 0 || cells.some((c) => c.kind !== 'value')) return false;
  const text = cells
    .map((c) => (c.kind === 'value' ? c.text : ''))
    .join('')
    .normalize('NFKC');
  const m = /^(0|[1-9]\d*)[-−－](\d+)$/u.exec(text);
  if (!m) return false;
  const tail = m[2]!;
  const well = (d: string) => d === '0' || !d.startsWith('0');
  const cuts: number[] = [];
  for (let k = 1; k < tail.length; k++)
    if (well(tail.slice(0, k)) && well(tail.slice(k))) cuts.push(Number(tail.slice(k)));
  if (cuts.length === 0) return false;
  const cell = id(source.row, decisions);
  if (cuts.every((v) => v === cuts[0])) {
    recordNumber(f, cell, { value: cuts[0]!, draftText: String(cuts[0]) }, snippet, true);
    return true;
  }
  recordUnread(
    f,
    cell,
    `本行的数字连在一起（「${text}」）：「${m[1]}」为上一年项目数量，「-」之后的「${tail}」可拆成本年减少数与处理决定数量的${cuts.length}种读法，处理决定数量无法确定`,
    snippet,
  );
  return true;
}

function unreadRow(f: Findings, source: SourceRow, reason: string, snippet?: string): void {
  if (source.row === null) return;
  for (const c of source.columns) if (c.field) recordUnread(f, id(source.row, c.field), reason, snippet);
}

function unreadMissing(f: Findings, source: SourceRow): void {
  if (source.row === null) return;
  for (const m of source.missing) recordUnread(f, id(source.row, m.field), m.reason);
}

/** Reads part 二 from its lines; `missingReason` is used for every cell when the part is absent. */
export function readProactive(
  lines: readonly string[] | null,
  firstLine: number,
  format: ImportFormat,
  f: Findings,
  missingReason: string,
): void {
  const layout = proactiveLayoutOf(lines?.join('\n') ?? '', format);
  if (lines === null) {
    for (const source of layout) {
      unreadRow(f, source, missingReason);
      unreadMissing(f, source);
    }
    return;
  }
  readProactiveTokens(tokenizeTable(lines, firstLine), layout, f);
  // Plain pdftotext: the sub-tables' numbers under their 第二十条 headings, apart from the labels.
  if (format === '2021') readProactiveSections(lines, firstLine, f);
}

/** Reads part 二 from its table tokens (text of any shape, or an HTML table's cells). */
export function readProactiveTokens(
  given: readonly TableToken[],
  layout: readonly SourceRow[],
  f: Findings,
): void {
  const tokens = printsChanges(layout) ? withNegativeChanges(given) : given;
  const candidates: TableRowCandidate<number>[] = layout.map((source, key) => ({
    key,
    forms: source.labels.flatMap(labelForms),
    weight: 1,
    cells: source.columns.length,
    takesCells: true,
    fillable: true,
  }));
  const read = readTableRows(tokens, candidates);
  const seen = new Set<number>();
  const readRow = (a: RowRead<number>) => {
    const source = layout[a.key]!;
    seen.add(a.key);
    const label = source.labels[0]!;
    const n = source.columns.length;
    unreadMissing(f, source);
    if (a.byPosition)
      warn(f, `第二部分中标签「${a.labelText}」与格式不符，按表中位置作为「${label}」一行读取。`);
    const taken = a.cells;
    if (taken === null) {
      unreadRow(
        f,
        source,
        a.undecided ? UNDECIDED_REASON(`「${label}」`) : `原文中「${label}」一行没有数字`,
        a.labelText,
      );
      return;
    }
    const snippet = rowSnippet(a.labelText, taken.cells);
    if (taken.status === 'short') {
      // Digits run together stand right after their label on its line (a page saved as one line, a
      // copied row); a number on a line of its own is one cell (plain pdftotext of a 2019 row, 「行政许可」
      // then 「396」 with its other columns printed later: 3|9|6 was read).
      const digits = a.onLineAt === undefined ? null : rowRunTogether(taken.cells, n);
      if (digits === null && a.onLineAt !== undefined && readNegativeChange(f, source, taken.cells, snippet))
        return;
      if (digits !== null && source.row !== null) {
        const pieces = taken.cells.flatMap((c) =>
          c.kind === 'value' ? [normalizeNumberText(c.text).length] : [],
        );
        f.runTogether.push({
          part: 'proactive',
          row: source.row,
          digits,
          snippet,
          cells: n,
          status: 'unread',
          ...(pieces.length > 1 && pieces.reduce((a, b) => a + b, 0) === digits.length ? { pieces } : {}),
        });
        unreadRow(f, source, `本行的数字连在一起（「${digits}」），需拆分后才能读取`, snippet);
      } else unreadRow(f, source, `本行只读到${taken.cells.length}个数，应为${n}个`, snippet);
      return;
    }
    if (taken.status === 'long') {
      unreadRow(f, source, `本行读到${taken.cells.length}个数，多于${n}栏，无法确定对应关系`, snippet);
      return;
    }
    const unmapped: string[] = [];
    taken.cells.forEach((token, k) => {
      const column = source.columns[k]!;
      const read = readCell(token, column.decimal);
      if (column.field === null || source.row === null) {
        unmapped.push(`「${column.header}」（原文${token.kind === 'blank' ? '空白' : `「${token.text}」`}）`);
        return;
      }
      const cell = id(source.row, column.field);
      if (read.ok) recordNumber(f, cell, read, snippet, true);
      else recordUnread(f, cell, read.reason, snippet);
    });
    if (unmapped.length > 0)
      warn(f, `2019年试行格式「${label}」一行的${unmapped.join('、')}在现行格式中没有对应栏，未导入。`);
  };
  for (const a of read.rows.values()) readRow(a);
  // A row printed whole on its own line out of the format's order (a converter moved 第二十条第
  // （一）项's table after the others): found alone, it is read when its numbers are a run no row took.
  let unpaired = read.unpaired;
  layout.forEach((source, key) => {
    if (seen.has(key)) return;
    const alone = [...readTableRows(tokens, [candidates[key]!]).rows.values()][0];
    const at = alone?.onLineAt;
    if (!alone || at === undefined || alone.cells?.status !== 'ok') return;
    if (!unpaired.some((u) => u.unit.first === at)) return;
    unpaired = unpaired.filter((u) => u.unit.first !== at);
    warn(f, `第二部分中「${source.labels[0]}」一行不在格式中的位置，按其本行的数字读取。`);
    readRow(alone);
  });
  for (const u of unpaired)
    warn(
      f,
      `第二部分中有一组数字（${rowSnippet(u.before, u.unit.cells)}）未能对应到表中的任何一行，未导入。`,
    );
  const printsDocuments = [...seen].some((key) => layout[key]?.row === 'normativeDocuments');
  layout.forEach((source, key) => {
    if (seen.has(key)) return;
    // Reports that list 「规范性文件」 only (平潭 organs since 2023): the 规章 row is not printed, so
    // not read — never taken for 0.
    const reason =
      source.row === 'regulations' && printsDocuments
        ? `原文第二部分只列了「${TRIAL_2019_ROW_LABELS.normativeDocuments}」一行，未列「${source.labels[0]}」，此行未读取`
        : `原文中未找到「${source.labels[0]}」一行`;
    unreadRow(f, source, reason);
    unreadMissing(f, source);
  });
}
