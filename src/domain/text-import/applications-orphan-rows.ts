// Part 三 rows printed before the first part heading found, part 三's own heading not in the text (a
// flipbook page or an excerpt that opens on part 三's last rows, then part 四): issue 18. Such a row
// is read only when it alone says which row it is and what its numbers are — its line a distinctive
// row label and exactly seven whole numbers, the seventh (总计) the sum of the six —; every other
// cell of part 三 stays unread with why (the part's heading not found, where it looked).
import { type Findings, forgetUnread, mergeFindings, newFindings, warn } from './findings';
import { readApplications } from './read-applications';

/** A label, then exactly seven whole numbers one space (or more) apart, nothing else on the line. */
const ROW_LINE = /^(\S.*?)[\s\u3000]+((?:[0-9０-９]+[\s\u3000]+){6}[0-9０-９]+)[\s\u3000]*$/u;
/** A row label's numbering (「四、」「（一）」「1.」), not part of what names the row. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．]?)/u;
/** A label this short (「其他」「总计」) names a row only under its group, not on a line of its own. */
const DISTINCT_LABEL = 4;

/** The lines, by index, that are one whole part 三 row each as ROW_LINE says, with a distinctive label. */
function rowLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    const m = ROW_LINE.exec(line.trim());
    if (!m) return;
    const label = m[1]!.replace(NUMBERING, '').trim();
    if (label.length < DISTINCT_LABEL || /[\d０-９]/u.test(label)) return;
    const numbers = m[2]!.split(/[\s\u3000]+/u).map((w) => Number(w.normalize('NFKC')));
    if (numbers.slice(0, 6).reduce((a, b) => a + b, 0) !== numbers[6]) return;
    found.push(i);
  });
  return found;
}

/**
 * Reads into `f` the part 三 rows among `lines` (the text before the first part heading, from line
 * `start`), each only if it reads alone as one row, whole, and no other line reads as that row;
 * false (nothing recorded) when there is none. The other cells are unread with `missing`.
 */
export function readOrphanRows(
  lines: readonly string[],
  start: number,
  f: Findings,
  missing: string,
): boolean {
  const byRow = new Map<string, { line: number; found: Findings }>();
  const twice = new Set<string>();
  for (const i of rowLines(lines)) {
    const trial = newFindings();
    readApplications([lines[i]!], start + i, trial, missing);
    const cells = [...trial.source.keys()];
    const row = cells[0]?.split('.').slice(0, 2).join('.');
    if (
      row === undefined ||
      cells.length !== 7 ||
      cells.some((c) => !c.startsWith(`${row}.`)) ||
      trial.warnings.length > 0 ||
      trial.runTogether.length > 0
    )
      continue;
    if (byRow.has(row)) twice.add(row);
    byRow.set(row, { line: i, found: trial });
  }
  for (const row of twice) byRow.delete(row);
  if (byRow.size === 0) return false;
  const rows = newFindings();
  const read: string[] = [];
  for (const { line, found } of [...byRow.values()].sort((a, b) => a.line - b.line)) {
    const kept = newFindings();
    for (const n of found.numbers) kept.numbers.push(n);
    for (const [cell, value] of found.source) kept.source.set(cell, value);
    for (const [cell, text] of found.cells) kept.cells.set(cell, text);
    mergeFindings(rows, kept);
    read.push(`「${lines[line]!.trim()}」`);
  }
  const rest = newFindings();
  readApplications(null, start, rest, missing);
  for (const cell of rows.source.keys()) forgetUnread(rest, cell);
  mergeFindings(f, rows);
  mergeFindings(f, rest);
  warn(
    f,
    `${missing}；其前的${read.join('、')}行标题与第三部分的行相同、正好7个数且总计等于各栏之和，已按第三部分的这一行读取，第三部分其余各行未读取，请核对。`,
  );
  return true;
}
