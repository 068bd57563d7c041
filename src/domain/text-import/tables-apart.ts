// Parts 三 and 四 of a text whose numbers may stand apart from their row labels (plain pdftotext,
// no -layout: one cell a line, a row's numbers before its label, all labels then all numbers;
// nianbao issue 18). Row reading by label comes first; what it cannot read whole is read from the
// numbers alone only where the format's identities prove the order (applications-in-order.ts),
// and part 四 after such a part 三 only where its group totals hold. Otherwise unread, with why.
import { cellId } from '../report/cell-address';
import { APPEAL_FIELDS, APPEAL_GROUPS, APPEAL_INPUT_FIELDS } from '../report/keys';
import { APPEAL_GROUP_LABELS, APPLICANT_LABELS, ORGANIZATION_HEADER } from '../report/labels';
import { readAppealRuns } from './appeals-runs';
import { numberRuns, numbersAllAlone, readApplicationsInOrder, recordInOrder } from './applications-in-order';
import { readOrphanRows } from './applications-orphan-rows';
import {
  type Findings,
  forgetUnread,
  mergeFindings,
  newFindings,
  readCell,
  recordNumber,
  recordUnread,
  rowSnippet,
  warn,
} from './findings';
import { PROACTIVE_LAYOUT_2021 } from './proactive-layouts';
import { readAppeals } from './read-appeals';
import { type ApplicationsRead, readApplications } from './read-applications';
import { readProactive } from './read-proactive';
import { type CellToken, type TableToken, tokenizeTable } from './table-tokens';

/** Columns of part 三; numbers of this many rows or more with no label between are a block apart. */
const GRID_COLUMNS = 7;
const ROWS_APART = 3;

export type PartText = {
  /** the part's lines, or null when the part was not found */
  lines: string[] | null;
  /** the index of its first line in the text (for snippets) */
  start: number;
  /** why its cells are unread when the part was not found */
  missing: string;
  /** part 三: why it is not read row by row, when its numbers stand under the headers (column-wise.ts) */
  columnWise: string | null;
  /** another part's heading follows the part: its last row is printed whole, not cut where a text ends */
  followed?: boolean;
  /**
   * Part 三 not found: the lines before the first part heading found when that part comes after
   * part 三 (a text opening on part 三's last rows), where rows of its own may stand.
   */
  before?: { lines: readonly string[]; start: number } | null;
};

/**
 * Part 三 of a text: row by row by its labels; where that leaves cells unread, or the numbers stand
 * apart from the labels (plain pdftotext), by its numbers alone in the format's order when the
 * table's identities prove that order (applications-in-order.ts) — never otherwise.
 */
export function readApplicationsText(t: PartText, f: Findings): ApplicationsRead & { apart: boolean } {
  const { lines, start } = t;
  if (lines === null) {
    if (t.before && readOrphanRows(t.before.lines, t.before.start, f, t.missing))
      return { otherHandling: null, apart: false };
    return { ...readApplications(null, start, f, t.missing), apart: false };
  }
  const inOrder = readApplicationsInOrder(lines);
  if (t.columnWise !== null) {
    if (!inOrder.ok) {
      const reason = `${t.columnWise}（${inOrder.reason}）`;
      return { ...readApplications(null, start, f, reason), apart: true };
    }
    warn(f, recordInOrder(f, inOrder));
    return { otherHandling: null, apart: true, oldOtherRow: inOrder.oldOtherRow };
  }
  const byLabel = newFindings();
  const read = readApplications(lines, start, byLabel, t.missing, t.followed ?? false);
  const incomplete = byLabel.unread.length > 0 && byLabel.runTogether.length === 0;
  // A browser's print read in order (rows whole or six numbers, first numbers or 总计 apart): the
  // identities prove it, also where rows with a number too few were taken for digits run together.
  const flowOrder = inOrder.ok && (inOrder.order === 'firstCells' || inOrder.order === 'totalsLast');
  const proven = incomplete || (flowOrder && byLabel.unread.length > 0);
  if (proven && inOrder.ok && read.otherHandling === null && !read.blankZeros) {
    warn(f, recordInOrder(f, inOrder));
    // Rows in the flow with only first numbers moved (a browser's print): the numbers were not
    // apart from the table's order, and part 四 is read by its own layout, as before.
    return { otherHandling: null, apart: !flowOrder, oldOtherRow: inOrder.oldOtherRow };
  }
  // Numbers of several rows together with no label between (pdfminer prints a page's rows as their
  // labels, then their numbers column by column), or the header's column words among the rows
  // (pdfminer's text boxes of a table with blank cells, in no row order): which of them a label's
  // row took is no reading.
  const headerAmongRows = numbersAllAlone(lines) && headerWordsAmongRows(lines);
  if (headerAmongRows && inOrder.ok) {
    warn(f, recordInOrder(f, inOrder));
    return { otherHandling: null, apart: true, oldOtherRow: inOrder.oldOtherRow };
  }
  if (
    (incomplete || headerAmongRows) &&
    !inOrder.ok &&
    numbersAllAlone(lines) &&
    (headerAmongRows || numberRuns(lines).some((r) => r.length >= ROWS_APART * GRID_COLUMNS))
  ) {
    const reason = `第三部分的数字成块排在行标题之后${
      headerAmongRows ? '、表头的栏目名夹在行标题之间' : ''
    }（如PDF转出的纯文本），按行标题无法对应；按国家格式的行列顺序也无法读取：${inOrder.reason}`;
    warn(f, `${reason}。`);
    const before = headerAmongRows ? null : wholeRowsBeforeBlock(lines);
    if (before === null) return { ...readApplications(null, start, f, reason), apart: true };
    // The rows printed whole before the block (each label, its seven numbers, the next label): read.
    const head = newFindings();
    const read = readApplications(before, start, head, reason);
    for (const u of head.unread) u.reason = reason;
    head.warnings = [];
    mergeFindings(f, head);
    warn(
      f,
      '第三部分在数字成块之前逐行印出的行（每行紧跟其行标题，正好7个数，总计等于各栏之和）已按行读取，其余各行未读取。',
    );
    return { ...read, apart: true };
  }
  if (incomplete && !inOrder.ok && inOrder.count > 0 && !read.blankZeros)
    warn(f, `第三部分按行标题未能读全；按国家格式的行列顺序也无法读取：${inOrder.reason}。`);
  mergeFindings(f, byLabel);
  return { ...read, apart: false };
}

/**
 * The lines of part 三 before its first block of numbers apart from their labels (a 2019 page whose
 * 不予公开 rows print 56 zeros with no label between), when every run of numbers before it is one
 * row printed whole — exactly seven numbers between a label and the next, the last the sum of the
 * six — and at least one such row is there: those rows are in row order, proven by their counts
 * and sums; null otherwise (pdfminer's labels then numbers column by column have no such runs).
 */
export function wholeRowsBeforeBlock(lines: readonly string[]): string[] | null {
  let runStart = -1;
  let run: number[] = [];
  let rows = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i]!.trim() : 'end';
    if (line === '') continue;
    const words = line.split(/[\s\u3000]+/u);
    const numbers = words.every((w) => /^\d+$/u.test(w.normalize('NFKC')));
    if (numbers) {
      if (run.length === 0) runStart = i;
      run.push(...words.map((w) => Number(w.normalize('NFKC'))));
      continue;
    }
    if (run.length >= ROWS_APART * GRID_COLUMNS) return rows > 0 ? lines.slice(0, runStart) : null;
    if (run.length > 0) {
      const sum = run.slice(0, -1).reduce((a, b) => a + b, 0);
      if (run.length !== GRID_COLUMNS || sum !== run.at(-1)) return null;
      rows++;
    }
    run = [];
  }
  return null;
}

/** The applicant columns' header words, whole or as a header cell wraps them (two letters a line). */
const WRAPPED_COLUMNS = (['business', 'research', 'publicInterest', 'legal'] as const).map(
  (c) => APPLICANT_LABELS[c],
);
const HEADER_WORDS = new Set([
  APPLICANT_LABELS.natural,
  ORGANIZATION_HEADER,
  ...WRAPPED_COLUMNS,
  ...WRAPPED_COLUMNS.flatMap((w) => w.match(/../gu) ?? []),
]);
/** Distinct header words on lines of their own after the first row's label that prove the text out of row order. */
const HEADER_WORDS_AMONG_ROWS = 3;

/**
 * Whether the part's column header words stand on lines of their own after the label of its first
 * row (「一、本年新收…」): the text is not in the table's row order (pdfminer's text boxes of a
 * Chromium print: header cells printed between row labels, numbers after other rows' labels).
 */
export function headerWordsAmongRows(lines: readonly string[]): boolean {
  const first = lines.findIndex((l) => /^[一1][、.．]?本年新收/u.test(l.replace(/[\s\u3000]+/gu, '')));
  if (first < 0) return false;
  const found = new Set<string>();
  for (const line of lines.slice(first + 1)) {
    const word = line.replace(/[\s\u3000]+/gu, '');
    if (HEADER_WORDS.has(word)) found.add(word);
  }
  return found.size >= HEADER_WORDS_AMONG_ROWS;
}

/**
 * Part 四 of a text. Where part 三's numbers stood apart from their labels (plain pdftotext), the
 * order of part 四's numbers is no surer: they are read in order only when each group's printed
 * 「总计」 is the sum of its four results; otherwise nothing is read, and the reason says so.
 */
export function readAppealsText(t: PartText, f: Findings, apart: boolean): void {
  if (!apart) {
    readAppeals(t.lines, t.start, f, t.missing);
    return;
  }
  const inOrder = newFindings();
  readAppeals(t.lines, t.start, inOrder, t.missing);
  const broken = APPEAL_GROUPS.flatMap((g) => {
    const at = (field: (typeof APPEAL_FIELDS)[number]) =>
      inOrder.source.get(cellId({ part: 'appeals', row: g, column: field }));
    const parts = APPEAL_INPUT_FIELDS.map(at);
    const total = at('total');
    if (total === undefined || parts.some((v) => v === undefined)) return [];
    const sum = parts.reduce((a: number, v) => a + v!, 0);
    return sum === total ? [] : [`「${APPEAL_GROUP_LABELS[g]}」总计${total}、各项之和${sum}`];
  });
  if (broken.length === 0) {
    mergeFindings(f, inOrder);
    return;
  }
  const inOrderText = `第四部分的数字与表头分开排列（如PDF转出的纯文本），按顺序对应时${broken.join('，')}，不相符`;
  const runs = t.lines === null ? null : appealsByRuns(tokenizeTable(t.lines, t.start), inOrderText, f);
  if (runs === true) return;
  const reason = `${inOrderText}，顺序无法确认（也可能原文数字有误${runs ? `；按表头分段重排：${runs}` : ''}），未读取`;
  for (const g of APPEAL_GROUPS)
    for (const field of APPEAL_INPUT_FIELDS)
      recordUnread(f, cellId({ part: 'appeals', row: g, column: field }), reason);
}

/**
 * Part 四's numbers in runs between header pieces, arranged by the table's structure
 * (appeals-runs.ts). True when read; else why not (the caller leaves the part unread).
 */
function appealsByRuns(tokens: readonly TableToken[], inOrderText: string, f: Findings): true | string {
  const r = readAppealRuns(tokens);
  if (!r.ok) return r.reason;
  const snippet = rowSnippet(
    '',
    r.cells.filter((c): c is CellToken => c !== null),
  );
  const open = r.cells.some((c) => c === null);
  if (r.holds)
    warn(
      f,
      `第四部分的数字分${r.runs}段与表头交错排列（如PDF转出的纯文本）：按各组「总计」等于四项之和重排，${
        open
          ? `有${r.readings}种排法（三组的栏目相同，组的先后无法由数字确定），各排法相同的格已读取，其余未读取`
          : '只有一种排法，已按此读取'
      }；请与原文核对。`,
    );
  else
    warn(
      f,
      `第四部分的数字分${r.runs}段与表头交错排列（如PDF转出的纯文本），按任何排法各组「总计」都不等于四项之和；「总计」表头只容许原文的先后，已按原文顺序读取，请与原文核对。`,
    );
  r.cells.forEach((token, k) => {
    const row = APPEAL_GROUPS[Math.floor(k / APPEAL_FIELDS.length)]!;
    const column = APPEAL_FIELDS[k % APPEAL_FIELDS.length]!;
    const input = column !== 'total';
    const id = cellId({ part: 'appeals', row, column });
    if (token === null) {
      if (input)
        recordUnread(
          f,
          id,
          `${inOrderText}；按各组总计等于四项之和重排有${r.readings}种排法（组的先后无法由数字确定），此格在各排法中不同，未读取`,
          snippet,
        );
      return;
    }
    const read = readCell(token, false);
    if (read.ok) recordNumber(f, id, read, snippet, input);
    else if (input) recordUnread(f, id, read.reason, snippet);
  });
  return true;
}

/** A number after a label on its line: 「行政许可 98231」, 「行政事业性收费 0.35」. */
const ONE_NUMBER = /^[\s\u3000]*(\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)[\s\u3000]*$/u;

/**
 * Part 二 whose numbers stand under the headers before the row labels (column-wise.ts): the rows of
 * 第二十条第（一）项 stay unread (three cells each, no identity to prove their order — plain
 * pdftotext printed 「2」「11」 before 「行政规范性文件 1」 for 1, 2, 11). A one-cell row (行政许可,
 * 行政处罚, 行政强制, 行政事业性收费) whose number stands on its label's own line — on one baseline
 * with it in the PDF — is read: that number can be no other cell.
 */
export function readProactiveApart(
  lines: readonly string[],
  start: number,
  reason: string,
  f: Findings,
): void {
  readProactive(null, start, '2021', f, reason);
  for (const source of PROACTIVE_LAYOUT_2021) {
    const column = source.columns[0];
    if (source.row === null || source.columns.length !== 1 || !column?.field) continue;
    const label = source.labels[0]!;
    const found = lines.flatMap((line, i) => {
      const text = line.trim();
      if (!text.startsWith(label)) return [];
      const m = ONE_NUMBER.exec(text.slice(label.length));
      return m ? [{ value: m[1]!, line: start + i, text }] : [];
    });
    if (found.length !== 1) continue;
    const { value, line, text } = found[0]!;
    const read = readCell({ kind: 'value', text: value, line }, column.decimal);
    if (!read.ok) continue;
    const id = cellId({ part: 'proactive', row: source.row, column: column.field });
    forgetUnread(f, id);
    recordNumber(f, id, read, text, true);
  }
}
