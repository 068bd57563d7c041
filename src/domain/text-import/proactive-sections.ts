// Part 二 of plain pdftotext (no -layout) of a printed report (nianbao issue 18): the row labels of
// all four sub-tables first, then each sub-table's numbers under its own heading 「第二十条第（X）项」
// and column headers — labels and numbers apart, so reading by label finds no row's numbers, or
// several ways. The format fixes what each sub-table holds (PROACTIVE_SECTIONS: （一） 规章 and
// 行政规范性文件 × 制发/废止/现行有效, （五） 行政许可, （六） 行政处罚 and 行政强制, （八） 行政事业性收费),
// so a heading followed by exactly as many numbers as its cells is read — only where every order
// plain text prints a sub-table in (row by row, column by column, the first column with the labels
// and the rest row by row) gives the same cells (a single column, or equal numbers where they differ). A sub-table read whole by label is never touched; one with fewer or more
// numbers, or whose orders disagree, stays unread.
import { cellId } from '../report/cell-address';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import { asciiDigits } from './clean-text';
import {
  type Findings,
  forgetNumber,
  forgetUnread,
  readCell,
  recordNumber,
  recordUnread,
  rowSnippet,
  setUnreadReason,
  warn,
} from './findings';
import type { CellToken } from './table-tokens';

/** A number standing alone between spaces (decimals for the fee amount). */
const NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/u;
/** A heading as printed, spaces dropped and brackets made full-width. */
const flat = (line: string) => line.replace(/\s+/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');

/**
 * Numbers standing alone on a row label's own line between two headings (「行政规范性文件 77」):
 * index among `numbers` → the row's index.
 */
function besideLabels(
  lines: readonly string[],
  from: number,
  to: number,
  firstLine: number,
  labels: readonly string[],
  numbers: readonly { line: number }[],
): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = from + 1; k < to; k++) {
    const words = lines[k]!.trim().split(/[\s\u3000]+/u);
    if (words.length !== 2 || !NUMBER.test(asciiDigits(words[1]!))) continue;
    const r = labels.findIndex((label) => flat(words[0]!) === flat(label));
    const at = numbers.findIndex((n) => n.line === firstLine + k);
    if (r >= 0 && at >= 0) out.set(at, r);
  }
  return out;
}

/** Reads the sub-tables of part 二 whose cells are all still unread from the numbers under their headings. */
export function readProactiveSections(lines: readonly string[], firstLine: number, f: Findings): void {
  const at = PROACTIVE_SECTIONS.map((s) => {
    const found = lines.flatMap((l, k) => (flat(l).includes(s.article) ? [k] : []));
    return found.length === 1 ? found[0]! : -1;
  });
  if (at.some((k, i) => k < 0 || (i > 0 && k <= at[i - 1]!))) return;
  const under = PROACTIVE_SECTIONS.map((_, i) => {
    const numbers: Extract<CellToken, { kind: 'value' }>[] = [];
    for (let k = at[i]! + 1; k < (at[i + 1] ?? lines.length); k++)
      for (const word of lines[k]!.trim().split(/[\s\u3000]+/u)) {
        const text = asciiDigits(word);
        if (NUMBER.test(text)) numbers.push({ kind: 'value', text, line: firstLine + k });
      }
    return numbers;
  });
  // Headings standing between the numbers (each of the first three followed by some): a sub-table
  // holding MORE numbers than its cells has a stray one among them (a bare page number pdftotext
  // printed before the table's last cells) — which is not told, so what the labels read there is
  // withdrawn.
  const interleaved = under.slice(0, -1).every((n) => n.length > 0);
  /** A row label with its numbers on its own line (「行政许可 0」): that reading is the row's. */
  const onOwnLine = (label: string) =>
    lines.some((l) => {
      const t = l.trim();
      return t.startsWith(label) && /^[\s\u3000]+[0-9][0-9.,\s\u3000]*$/u.test(t.slice(label.length));
    });
  const unread = new Set(f.unread.map((u) => u.cell));
  PROACTIVE_SECTIONS.forEach((s, i) => {
    const ids = s.rows.map((r) =>
      s.fields.map((c) => cellId({ part: 'proactive', row: r.key, column: c.key })),
    );
    const numbers = under[i]!;
    const rows = s.rows.length;
    const columns = s.fields.length;
    // The last sub-table's numbers run to the part's end (a table printed again after it): not counted.
    const last = i === PROACTIVE_SECTIONS.length - 1;
    if (interleaved && !last && numbers.length > rows * columns) {
      const reason = `第二部分「${s.article}」之下有${numbers.length}个数（${numbers.map((n) => n.text).join('、')}），多于本小表的${rows * columns}格（其中可能有页码），无法确定哪个数属于哪一格，未读取`;
      for (const [r, row] of ids.entries()) {
        if (onOwnLine(s.rows[r]!.label)) continue;
        for (const id of row) {
          if (!f.source.has(id)) continue;
          forgetNumber(f, id);
          recordUnread(f, id, reason);
        }
      }
      return;
    }
    if (!ids.flat().every((id) => unread.has(id))) return;
    if (numbers.length !== rows * columns) return;
    // The orders plain text prints a sub-table in: row by row, column by column, or the first
    // column with the labels and the rest row by row. A number alone on a row label's own line
    // (「行政规范性文件 77」) is that row's first cell: an order putting it elsewhere is not the print's.
    // A cell is read where every order left gives it the same number.
    const all = [
      (r: number, c: number) => r * columns + c,
      (r: number, c: number) => c * rows + r,
      (r: number, c: number) => (c === 0 ? r : rows + r * (columns - 1) + c - 1),
    ];
    const beside = besideLabels(
      lines,
      at[i]!,
      at[i + 1] ?? lines.length,
      firstLine,
      s.rows.map((r) => r.label),
      numbers,
    );
    const orders = all.filter((order) => [...beside].every(([k, r]) => order(r, 0) === k));
    if (orders.length === 0) return;
    // Cell by cell only where a number on a label's line shows the rows printed with their labels
    // (plain pdftotext); otherwise (pdfminer prints the numbers apart, in orders of its own) all
    // cells must agree, or none is read.
    const cellByCell = beside.size > 0;
    const agreed = (r: number, c: number) =>
      orders.every((o) => numbers[o(r, c)]!.text === numbers[orders[0]!(r, c)]!.text);
    const reads = s.rows.map((_, r) =>
      s.fields.map((field, c) => (agreed(r, c) ? readCell(numbers[orders[0]!(r, c)]!, field.decimal) : null)),
    );
    if (reads.flat().some((x) => x !== null && !x.ok)) return;
    const whole = reads.flat().every((x) => x !== null);
    if (!whole && !cellByCell) return;
    s.rows.forEach((row, r) => {
      const cells = s.fields.map((_, c) => numbers[orders[0]!(r, c)]!);
      const snippet = rowSnippet(`${s.article} ${row.label}`, cells);
      s.fields.forEach((_, c) => {
        const read = reads[r]![c]!;
        if (read === null) {
          const texts = orders.map((o) => numbers[o(r, c)]!.text);
          setUnreadReason(
            f,
            ids[r]![c]!,
            `第二部分「${s.article}」的${rows * columns}个数与行标题分开排列（如PDF转出的纯文本），按行或按列对应本格分别为${[...new Set(texts)].join('或')}，无法确定，未读取`,
          );
          return;
        }
        if (!read.ok) return;
        forgetUnread(f, ids[r]![c]!);
        recordNumber(f, ids[r]![c]!, read, snippet, true);
      });
    });
    warn(
      f,
      whole
        ? `第二部分「${s.article}」的数字与行标题分开排列（如PDF转出的纯文本）：其下正好有${rows * columns}个数，按行和按列对应结果相同，已按国家格式的行列读取；请与原文核对。`
        : `第二部分「${s.article}」的数字与行标题分开排列（如PDF转出的纯文本）：其下正好有${rows * columns}个数，按行和按列对应结果相同的格已读取，其余未读取；请与原文核对。`,
    );
  });
}
