// Part 四 (SPEC §5): one data row of 15 cells under a two-level header — 「行政复议」, then
// 「行政诉讼」 split into 「未经复议直接起诉」 and 「复议后起诉」, each 结果维持, 结果纠正,
// 其他结果, 尚未审结, 总计. The header carries no numbers, so the cells are read by position.

import { normalizeNumberText } from '../numbers/normalize';
import { type AppealsCell, cellId } from '../report/cell-address';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  type AppealField,
  type AppealGroup,
} from '../report/keys';
import { APPEAL_FIELD_LABELS } from '../report/labels';
import { appealsHeaderOrder, type ColumnReading } from './appeals-header-order';
import { readOneShort } from './appeals-one-short';
import { placeColumns } from './column-placement';
import {
  type Findings,
  holdsRunTogether,
  newFindings,
  readCell,
  recordNumber,
  recordUnread,
  rowSnippet,
  runTogetherDigits,
  warn,
} from './findings';
import { columnsByPosition } from './header-columns';
import { spacedApart, touching } from './number-spacing';
import { oneJoinThatFits } from './spaced-digits';
import { type CellToken, type TableToken, takeCells, tokenizeTable } from './table-tokens';

const id = (row: AppealGroup, column: AppealField) =>
  cellId({ part: 'appeals', row, column } satisfies AppealsCell);
const ALL_CELLS = APPEAL_GROUPS.length * APPEAL_FIELDS.length; // 15
const INPUT_CELLS = APPEAL_GROUPS.length * APPEAL_INPUT_FIELDS.length; // 12

function unreadAll(f: Findings, reason: string, snippet?: string): void {
  for (const g of APPEAL_GROUPS)
    for (const c of APPEAL_INPUT_FIELDS) recordUnread(f, id(g, c), reason, snippet);
}

function record(
  f: Findings,
  cells: readonly CellToken[],
  fields: readonly AppealField[],
  snippet: string,
): void {
  cells.forEach((token, k) => {
    const group = APPEAL_GROUPS[Math.floor(k / fields.length)]!;
    const field = fields[k % fields.length]!;
    const input = field !== 'total';
    const read = readCell(token, false);
    if (read.ok) recordNumber(f, id(group, field), read, snippet, input);
    else if (input) recordUnread(f, id(group, field), read.reason, snippet);
  });
}

function runTogether(f: Findings, cells: readonly CellToken[], snippet: string): boolean {
  // Digits run together sit on one line, or one run per group: more cells than groups gathered from
  // several lines (plain pdftotext, one cell a line, one of them missing) are short, not run
  // together (「27」「3」…「8」 of 杭州公安's Word page were joined into a string no cut fits).
  if (cells.length > APPEAL_GROUPS.length && new Set(cells.map((c) => c.line)).size > 1) return false;
  // Numbers laid out with runs of spaces between them (pdftotext -layout) are separate cells.
  if (spacedApart(cells)) return false;
  const digits = runTogetherDigits(cells, ALL_CELLS);
  if (digits === null) return false;
  // One run per group (「00000」 three times) is kept per group for the solver; otherwise the row.
  const perGroup = cells.length === APPEAL_GROUPS.length;
  if (perGroup)
    cells.forEach((c, k) => {
      const text = c.kind === 'value' ? normalizeNumberText(c.text) : '';
      f.runTogether.push({
        part: 'appeals',
        row: APPEAL_GROUPS[k]!,
        digits: text,
        snippet,
        cells: APPEAL_FIELDS.length,
        status: 'unread',
      });
    });
  else
    f.runTogether.push({ part: 'appeals', row: 'all', digits, snippet, cells: ALL_CELLS, status: 'unread' });
  unreadAll(f, `本表的数字连在一起（「${digits}」），需拆分后才能读取`, snippet);
  return true;
}

/** 14 numbers: the cells every reading that keeps the group totals agrees on (appeals-one-short.ts). */
function oneShort(f: Findings, cells: readonly CellToken[], snippet: string): boolean {
  const reading = readOneShort(cells);
  if (!reading) return false;
  const open = reading.agreed.some(
    (v, k) => v === null && APPEAL_FIELDS[k % APPEAL_FIELDS.length] !== 'total',
  );
  warn(
    f,
    `第四部分只读到${cells.length}个数，应为${ALL_CELLS}个（原文可能把0印成空白，或两个数连在一起）：各组「总计」等于四项之和的读法有${reading.readings}种，${open ? '各读法相同的格已读取，其余未读取' : '各读法完全相同，已按此读取'}；请与原文核对。`,
  );
  reading.agreed.forEach((value, k) => {
    const group = APPEAL_GROUPS[Math.floor(k / APPEAL_FIELDS.length)]!;
    const field = APPEAL_FIELDS[k % APPEAL_FIELDS.length]!;
    const input = field !== 'total';
    if (value !== null)
      recordNumber(f, id(group, field), { value, draftText: String(value) }, snippet, input);
    else if (input)
      recordUnread(
        f,
        id(group, field),
        `本表只读到${cells.length}个数，应为${ALL_CELLS}个；按各组总计等于四项之和有${reading.readings}种读法，此格在各读法中不同，未读取`,
        snippet,
      );
  });
  return true;
}

/**
 * Whether the numbers can be the three groups with each printed 总计 the sum of the numbers before
 * it in its group (「9 2 1 3 15 4 2 5 11 2 1 3」: zeros printed blank), so twelve numbers are not
 * surely the twelve results of a table without 总计 columns.
 */
function groupTotalsFit(cells: readonly CellToken[]): boolean {
  const values = cells.map((c) => (c.kind === 'value' ? Number(normalizeNumberText(c.text)) : Number.NaN));
  const fits = (from: number, groups: number): boolean => {
    if (groups === 0) return from === values.length;
    for (let end = from; end < Math.min(values.length, from + APPEAL_FIELDS.length); end++) {
      const parts = values.slice(from, end).reduce((a, b) => a + b, 0);
      if (parts === values[end] && fits(end + 1, groups - 1)) return true;
    }
    return false;
  };
  return fits(0, APPEAL_GROUPS.length);
}

/**
 * Fewer numbers than cells, zeros printed blank: the cells every order-keeping reading agrees on,
 * where each printed group 总计 is the sum of the results printed before it (column-placement.ts).
 */
function blanksPlaced(
  f: Findings,
  cells: readonly CellToken[],
  snippet: string,
  fixed?: readonly (number | null)[],
): boolean {
  if (cells.length === 0) return false;
  const values: number[] = [];
  for (const c of cells) {
    const read = readCell(c, false);
    if (!read.ok || c.kind === 'blank') return false;
    values.push(read.value);
  }
  const width = APPEAL_FIELDS.length;
  const result = placeColumns({
    columns: ALL_CELLS,
    rows: [values],
    adjacent: [touching(cells)],
    ...(fixed ? { fixed: [fixed] } : {}),
    sums: APPEAL_GROUPS.map((_, g) => ({
      parts: APPEAL_INPUT_FIELDS.map((_, k) => g * width + k),
      total: g * width + width - 1,
    })),
    identities: [],
    // A group's results without its 总计 would let any group take any numbers: each group prints it.
    blankTotals: false,
  });
  if (!result.ok) return false;
  const reason = `本表只读到${cells.length}个数，应为${ALL_CELLS}个（原文可能把0印成空白）；按各组总计等于四项之和有${result.readings}种读法，此格在各读法中不同，未读取`;
  result.places[0]!.forEach((place, k) => {
    const group = APPEAL_GROUPS[Math.floor(k / width)]!;
    const field = APPEAL_FIELDS[k % width]!;
    const input = field !== 'total';
    const cell = id(group, field);
    if (place === null) {
      if (input) recordUnread(f, cell, reason, snippet);
      return;
    }
    const token: CellToken = place === -1 ? { kind: 'blank', line: cells[0]!.line } : cells[place]!;
    const read = readCell(token, false);
    if (read.ok) recordNumber(f, cell, read, snippet, input);
  });
  return true;
}

/** Reads part 四; `lines` null when the part was not found. */
export function readAppeals(
  lines: readonly string[] | null,
  firstLine: number,
  f: Findings,
  missingReason: string,
): void {
  if (lines === null) {
    unreadAll(f, missingReason);
    return;
  }
  const tokens = tokenizeTable(lines, firstLine);
  // A pasted table's cells, each on a line of its own opening with a tab: in document order.
  const cells = new Set(lines.flatMap((l, n) => (l.startsWith('\t') ? [firstLine + n] : [])));
  const order = appealsHeaderOrder(tokens, cells);
  if (order.kind === 'undecided') {
    unreadAll(f, `原文表头的栏目顺序与国家格式不同（${order.said}），按位置读取会把数字放错栏，未导入`);
    return;
  }
  if (order.kind === 'reordered') {
    readReordered(tokens, order.said, order.readings, f, { lines, firstLine });
    return;
  }
  const unlabelled =
    tokens.some((t) => t.kind === 'value') &&
    !tokens.some((t) => t.kind === 'text' && COLUMN_WORDS.test(t.text));
  if (unlabelled && !unlabelledProven(tokens)) {
    unreadAll(f, UNLABELLED_REASON);
    return;
  }
  readAppealTokens(tokens, f, { lines, firstLine });
}

/**
 * Part 四 printed as its row of numbers with none of its column words (a PDF's header set as an
 * image, a converter that kept only the numbers, 「行政复议行政诉讼」 at most): nothing says which
 * number is which but the format's order. Read in that order only when it is proven — fifteen
 * numbers, each group's 「总计」 the sum of the four before it; else unread with the reason.
 */
const COLUMN_WORDS = /维持|纠正|审结|总计|其他结果|尚未/u;
const UNLABELLED_REASON = `第四部分只印有数字，没有栏目名称：只有15个数且各组「${APPEAL_FIELD_LABELS.total}」等于前四项之和时才能确认各数所属栏目，本表不满足，未导入`;
function unlabelledProven(tokens: readonly TableToken[]): boolean {
  const trial = newFindings();
  readAppealTokens(tokens, trial);
  const width = APPEAL_FIELDS.length;
  const values = APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((c) => trial.source.get(id(g, c))));
  return (
    trial.unread.length === 0 &&
    trial.runTogether.length === 0 &&
    trial.warnings.length === 0 &&
    values.every((v) => v !== undefined) &&
    APPEAL_GROUPS.every((_, g) => {
      const group = values.slice(g * width, (g + 1) * width) as number[];
      return group.slice(0, -1).reduce((a, b) => a + b, 0) === group.at(-1);
    })
  );
}

/**
 * The import summary's note that part 四's numbers were put under the columns its header names
 * (`said`: which words stand in another order; `two`: the header allowed two readings).
 */
export function reorderedNote(said?: string, two = false): string {
  return `第四部分原文表头的栏目顺序与国家格式不同${said ? `（${said}）` : ''}，已按原文表头把各数对应到国家格式的栏目${two ? '（表头有两种读法，只读取两种读法相同的格）' : ''}；请与原文核对。`;
}

/**
 * Part 四 under a header in another order whose words decide the columns (appeals-header-order.ts):
 * the row read by position, then each number moved to the column its header names. Only a whole
 * row of fifteen numbers, only readings under which every group's 「总计」 is the sum of its four
 * results; where two readings remain, the cells both agree on.
 */
function readReordered(
  tokens: readonly TableToken[],
  said: string,
  readings: readonly ColumnReading[],
  f: Findings,
  text: { lines: readonly string[]; firstLine: number },
): void {
  const byPosition = newFindings();
  readAppealTokens(tokens, byPosition, text);
  const positions = APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((c) => id(g, c)));
  const values = positions.map((cell) => byPosition.source.get(cell));
  const whole =
    values.every((v) => v !== undefined) &&
    byPosition.unread.length === 0 &&
    byPosition.runTogether.length === 0 &&
    byPosition.warnings.length === 0;
  const cause = `原文表头的栏目顺序与国家格式不同（${said}）`;
  if (!whole) {
    unreadAll(f, `${cause}，本表的数字未能按位置读全，无法按表头重排，未导入`);
    return;
  }
  const width = APPEAL_FIELDS.length;
  const placed = readings
    .map((reading) => {
      const out: number[] = [];
      reading.forEach((column, k) => {
        out[column] = values[k]!;
      });
      return { reading, out };
    })
    .filter(({ out }) =>
      APPEAL_GROUPS.every((_, g) => {
        const group = out.slice(g * width, (g + 1) * width);
        return group.slice(0, -1).reduce((a, b) => a + b, 0) === group.at(-1);
      }),
    );
  if (placed.length === 0) {
    unreadAll(
      f,
      `${cause}，按表头重排后各组「${APPEAL_FIELD_LABELS.total}」不等于四项之和，无法确认对应关系，未导入`,
    );
    return;
  }
  warn(f, reorderedNote(said, placed.length > 1));
  const blank = new Set(byPosition.blankCells);
  const snippetOf = (cell: string) => byPosition.numbers.find((n) => n.cell === cell)?.snippet ?? '';
  for (let column = 0; column < positions.length; column++) {
    const cell = positions[column]!;
    const input = APPEAL_FIELDS[column % width] !== 'total';
    const from = placed.map(({ reading }) => reading.indexOf(column));
    const agreed = new Set(placed.map(({ out }) => out[column]));
    if (agreed.size > 1) {
      if (input)
        recordUnread(
          f,
          cell,
          `${cause}，按表头有两种读法，此格在两种读法中不同，未读取`,
          snippetOf(positions[from[0]!]!),
        );
      continue;
    }
    const source = positions[from[0]!]!;
    const value = values[from[0]!]!;
    recordNumber(
      f,
      cell,
      { value, draftText: byPosition.cells.get(source) ?? String(value), blank: blank.has(source) },
      snippetOf(source),
      input,
    );
  }
}

/** Whether a number follows `last` in `tokens` before any text: the run of numbers goes on. */
function valueFollows(tokens: readonly TableToken[], last: CellToken): boolean {
  for (let k = tokens.indexOf(last) + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'text') return false;
    if (t.kind === 'value') return true;
  }
  return false;
}

/**
 * Sixteen numbers, none blank between them, one of them split by a space (OCR of a scan, 「1 2」 for
 * 「12」): read with that pair joined only when exactly one join makes every group's 「总计」 the sum of
 * its four results and no reading dropping one number does (spaced-digits.ts), said in the summary.
 */
function spacedJoined(f: Findings, own: readonly TableToken[]): boolean {
  const first = own.findIndex((t) => t.kind === 'value');
  if (first < 0 || own.slice(first).some((t) => t.kind === 'blank')) return false;
  const values = own.filter((t): t is CellToken => t.kind === 'value');
  if (values.length !== ALL_CELLS + 1) return false;
  const width = APPEAL_FIELDS.length;
  const joined = oneJoinThatFits(values, (v) =>
    APPEAL_GROUPS.every((_, g) => {
      const group = v.slice(g * width, (g + 1) * width);
      return group.slice(0, -1).reduce((a, b) => a + b, 0) === group.at(-1);
    }),
  );
  if (!joined) return false;
  warn(
    f,
    `第四部分有一个数被空格隔开（「${joined.pieces}」，如扫描件识别的文字）：只有读作「${joined.text}」时各组的「${APPEAL_FIELD_LABELS.total}」等于四项之和，已按此读取，请核对。`,
  );
  record(f, joined.cells, APPEAL_FIELDS, rowSnippet('', values));
  return true;
}

/** The header labels of part 四's 15 columns, left to right. */
const HEADER_LABELS = APPEAL_GROUPS.flatMap(() => APPEAL_FIELDS.map((k) => APPEAL_FIELD_LABELS[k]));

/**
 * Reads part 四 from its table tokens (text of any shape, or an HTML table's cells); `text`: the
 * lines they were read from (a text's), for positions under the header (header-columns.ts).
 */
export function readAppealTokens(
  tokens: readonly TableToken[],
  f: Findings,
  text?: { lines: readonly string[]; firstLine: number },
): void {
  // The data row may arrive split over several logical rows (group labels between the cells), and
  // may be all empty cells (a page printing zeros as nothing) after a header line: every cell
  // token counts, each piece of text ends a group (the headers' own empty cells stay in groups
  // too short to be the row).
  // Numbers before the table's first header piece, when a whole row of numbers follows the headers,
  // are not this table's (pdfminer put part 三's last cells after part 四's heading).
  // Likewise numbers between the heading's first words and the header's last piece when exactly a
  // row of numbers follows that piece (plain pdftotext put part 三's last row cells, 「0 … 26 26 0 0」,
  // between 「行政复议 行政诉讼」 and 「结果维持…」 of a Chromium print: read as part 四's cells, they
  // made 26s of 其他结果 and 尚未审结).
  const firstText = tokens.findIndex((t) => t.kind === 'text');
  let lastText = -1;
  for (let k = tokens.length - 1; k >= 0; k--)
    if (tokens[k]!.kind === 'text') {
      lastText = k;
      break;
    }
  const valuesIn = (from: number, to: number) =>
    tokens.slice(from, to).filter((t) => t.kind === 'value').length;
  const own =
    firstText > 0 && valuesIn(firstText + 1, tokens.length) === ALL_CELLS && valuesIn(0, firstText) > 0
      ? tokens.slice(firstText)
      : lastText > firstText &&
          valuesIn(lastText + 1, tokens.length) === ALL_CELLS &&
          valuesIn(0, lastText) > 0
        ? tokens.slice(lastText)
        : tokens;
  const run: TableToken[] = own.map((t) => (t.kind === 'text' ? { kind: 'rowEnd', line: t.line } : t));
  const taken = takeCells(run, ALL_CELLS);
  const snippet = rowSnippet('', taken.cells);
  // More numbers in the row's run than the row has cells (a stray number among them — a bare page
  // number, a cell of another table): which 15 are the row's is no reading. The first 15 were taken
  // before, and a stray 「12」 became 其他结果.
  if (
    (taken.status === 'long' || (taken.status === 'ok' && valueFollows(own, taken.cells.at(-1)!))) &&
    spacedJoined(f, own)
  )
    return;
  if (taken.status === 'ok' && valueFollows(own, taken.cells.at(-1)!)) {
    const all = own.filter((t): t is CellToken => t.kind === 'value');
    unreadAll(f, `本表读到${all.length}个数，多于${ALL_CELLS}栏，无法确定对应关系`, rowSnippet('', all));
    return;
  }
  if (taken.status === 'ok') {
    record(f, taken.cells, APPEAL_FIELDS, snippet);
    return;
  }
  if (
    taken.status === 'short' &&
    taken.cells.length === INPUT_CELLS &&
    taken.cells.every((c) => c.kind === 'value') &&
    // 「01 0 1 20 … 00」: a number printed with a leading zero is cells run together (fifteen digits
    // for fifteen cells), not twelve results of a table without 总计 columns (「01」 became 维持 1).
    !holdsRunTogether(taken.cells) &&
    !groupTotalsFit(taken.cells)
  ) {
    warn(f, '第四部分表格没有「总计」栏，总计按各项重新计算。');
    record(f, taken.cells, APPEAL_INPUT_FIELDS, snippet);
    return;
  }
  // Laid out by spaces (pdftotext -layout): numbers one space apart are neighbours, which narrows
  // the readings further than the group totals alone; numbers standing exactly under their header
  // labels (our PDF reader's text) are in those labels' columns.
  const first = taken.cells[0]?.line;
  const fixed =
    text && first !== undefined && taken.status === 'short'
      ? columnsByPosition(text.lines, text.firstLine, first, [taken.cells], HEADER_LABELS)
      : null;
  if (
    taken.status === 'short' &&
    (spacedApart(taken.cells) || fixed) &&
    blanksPlaced(f, taken.cells, snippet, fixed?.[0])
  )
    return;
  if (taken.status === 'short' && oneShort(f, taken.cells, snippet)) return;
  if (taken.status === 'short' && runTogether(f, taken.cells, snippet)) return;
  if (taken.status === 'short' && blanksPlaced(f, taken.cells, snippet)) return;
  if (taken.cells.length === 0) unreadAll(f, '第四部分中未找到数字');
  else
    unreadAll(
      f,
      taken.status === 'short'
        ? `本表只读到${taken.cells.length}个数，应为${ALL_CELLS}个`
        : `本表读到${taken.cells.length}个数，多于${ALL_CELLS}栏，无法确定对应关系`,
      snippet,
    );
}
