// Part 二 (2021 layout) of text whose numbers all stand on lines of their own (pdfminer's text, plain
// pdftotext): its four small tables follow one another — 第二十条第（一）项 (2 rows × 3 columns), 第（五）项
// 「行政许可」, 第（六）项 「行政处罚」「行政强制」 (one column), 第（八）项 「行政事业性收费」 — so when the
// part holds exactly their 10 numbers, the last four are those four one-cell rows in order, whatever
// text the extractor moved between them (pdfminer printed 「行政许可」 before 第（一）项's numbers, and
// 447228 of 行政许可 right before 「行政处罚」, which the pairing by label then gave to 行政处罚).
// This reading checks the one by label: a cell both read alike stays, a cell they read differently
// is made unread with both readings named, a cell only this one reads is read. 第（一）项's six
// numbers in one run after both labels may be row by row or column by column (no identity decides):
// only the cells both orders read alike are read.
import { normalizeNumberText } from '../numbers/normalize';
import { cellId } from '../report/cell-address';
import type { ProactiveField, ProactiveRow } from '../report/keys';
import { PROACTIVE_ROW_LABELS } from '../report/labels';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import {
  type Findings,
  forgetNumber,
  forgetUnread,
  readCell,
  recordNumber,
  recordUnread,
  setUnreadReason,
  warn,
} from './findings';

/** The part's numbers: 6 of 第（一）项, then these rows' one cell each. */
const ONE_CELL_ROWS: readonly { row: ProactiveRow; field: ProactiveField; decimal: boolean }[] = [
  { row: 'licensing', field: 'decisions', decimal: false },
  { row: 'punishment', field: 'decisions', decimal: false },
  { row: 'enforcement', field: 'decisions', decimal: false },
  { row: 'fees', field: 'amount', decimal: true },
];
const FIRST_TABLE = 6;
const ALL = FIRST_TABLE + ONE_CELL_ROWS.length;
/** A cell alone on its line: 「447228」「96171.6」「7,545」. */
const NUMBER_LINE = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/u;
/** A page number line: 「- 3 -」「—2—」. */
const PAGE_NUMBER = /^[-－—–]\s*\d{1,3}\s*[-－—–]$/u;

/** A heading as printed, spaces dropped and brackets made full-width. */
const flatHeading = (line: string) => line.replace(/\s+/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');

/** The part's numbers when every line with a digit is a number alone or a page number; else null. */
function numbersAlone(lines: readonly string[]): { text: string; line: number }[] | null {
  const out: { text: string; line: number }[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = normalizeNumberText(raw.trim());
    if (!/\d/u.test(line)) continue;
    if (PAGE_NUMBER.test(line)) continue;
    if (!NUMBER_LINE.test(line)) return null;
    out.push({ text: line, line: i });
  }
  return out;
}

/** 第（一）项's rows and columns, as the format prints them. */
const FIRST_ROWS: readonly ProactiveRow[] = ['regulations', 'normativeDocuments'];
const FIRST_FIELDS: readonly ProactiveField[] = ['issued', 'repealed', 'inForce'];

/**
 * 第（一）项's six numbers in one run after both its row labels (pdfminer: the labels, then the
 * numbers): row by row or column by column, nothing in the text tells. A cell both orders give the
 * same number is read; a cell they give different numbers is unread — and a number the label
 * reading took for it (the first three for 「规章」) is withdrawn.
 */
function checkFirstTable(
  lines: readonly string[],
  numbers: readonly { text: string; line: number }[],
  start: number,
  f: Findings,
  readNew: boolean,
): void {
  const first = numbers[0]!.line;
  const last = numbers[FIRST_TABLE - 1]!.line;
  const textBetween = lines
    .slice(first + 1, last)
    .some(
      (l) =>
        l.trim() !== '' && !NUMBER_LINE.test(normalizeNumberText(l.trim())) && !PAGE_NUMBER.test(l.trim()),
    );
  if (textBetween) return;
  const cols = FIRST_FIELDS.length;
  const rows = FIRST_ROWS.length;
  for (const [r, row] of FIRST_ROWS.entries())
    FIRST_FIELDS.forEach((field, c) => {
      const byRow = numbers[r * cols + c]!;
      const byColumn = numbers[c * rows + r]!;
      const id = cellId({ part: 'proactive', row, column: field });
      const label = PROACTIVE_ROW_LABELS[row];
      if (byRow.text !== byColumn.text) {
        if (f.source.has(id)) forgetNumber(f, id);
        const reason = `第二十条第（一）项的6个数排在两行标题之后（如PDF转出的纯文本），逐行对应为${byRow.text}、逐栏对应为${byColumn.text}，无法确定，未读取`;
        if (f.unread.some((u) => u.cell === id)) setUnreadReason(f, id, reason);
        else recordUnread(f, id, reason, label);
        return;
      }
      if (f.source.has(id) || !readNew) return;
      const read = readCell({ kind: 'value', text: byRow.text, line: start + byRow.line }, false);
      if (!read.ok) return;
      forgetUnread(f, id);
      recordNumber(f, id, read, `${label} ${byRow.text}`, true);
    });
}

/** How many numbers each of the four small tables holds, in the format's order. */
const SECTION_COUNTS = [FIRST_TABLE, 1, 2, 1];

/**
 * The numbers between the four sub-table headings, when the headings stand in order among the
 * numbers (each of the first three followed by some before the next heading); else null (pdfminer
 * prints the headings together, apart from the numbers).
 */
function numbersUnderHeadings(lines: readonly string[]): number[] | null {
  const at = PROACTIVE_SECTIONS.map((s) => lines.findIndex((l) => flatHeading(l).includes(s.article)));
  if (at.some((k, i) => k < 0 || (i > 0 && k <= at[i - 1]!))) return null;
  const counts = at.map((k, i) => {
    const end = at[i + 1] ?? lines.length;
    return numbersAlone(lines.slice(k + 1, end))?.length ?? -1;
  });
  if (counts.some((c) => c < 0) || counts.slice(0, -1).some((c) => c === 0)) return null;
  return counts;
}

export function checkProactiveBySequence(lines: readonly string[], start: number, f: Findings): void {
  const numbers = numbersAlone(lines);
  if (numbers === null || numbers.length !== ALL) return;
  // The sub-tables' headings standing between the numbers (plain pdftotext: each small table's
  // numbers under its own 「第二十条第（X）项」) say how many numbers each holds: when they hold others
  // than 6, 1, 2 and 1, the count of 10 is chance (a cell printed blank and a bare page number among
  // the numbers) — the order then unreads cells where it differs from the labels, but reads none.
  const headed = numbersUnderHeadings(lines);
  const readNew = headed === null || headed.join() === SECTION_COUNTS.join();
  checkFirstTable(lines, numbers, start, f, readNew);
  const changed: string[] = [];
  ONE_CELL_ROWS.forEach(({ row, field, decimal }, k) => {
    const n = numbers[FIRST_TABLE + k]!;
    const read = readCell({ kind: 'value', text: n.text, line: start + n.line }, decimal);
    if (!read.ok) return;
    const id = cellId({ part: 'proactive', row, column: field });
    const label = PROACTIVE_ROW_LABELS[row];
    const byLabel = f.source.get(id);
    if (byLabel === undefined) {
      if (!readNew) return;
      forgetUnread(f, id);
      recordNumber(f, id, read, `${label} ${n.text}`, true);
      return;
    }
    if (byLabel === read.value) return;
    forgetNumber(f, id);
    recordUnread(
      f,
      id,
      `按行标题对应为${byLabel}，而按本部分四个小表的先后（共${ALL}个数，第${FIRST_TABLE + k + 1}个）为${n.text}，两种读法不同，未读取`,
      label,
    );
    changed.push(label);
  });
  if (changed.length > 0)
    warn(
      f,
      `第二部分的数字都单独成行，共${ALL}个：按小表的先后，${changed.map((l) => `「${l}」`).join('')}与按行标题读到的不同，未读取，请与原文核对。`,
    );
}
