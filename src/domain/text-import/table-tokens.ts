// Reads the text of a table as a stream of cells, whatever shape the copy took (SPEC §11):
// one cell per line (a Word table pasted as text, as in the fixture), tab-separated rows (a web
// page or a spreadsheet), space-separated rows (a PDF), labels wrapped in the middle of a word.
// The stream is then cut into logical rows: the label pieces before a run of numbers are that
// row's label. Which row it is, is decided by the label (table-rows.ts), never by line position.
import { isDashText, normalizeNumberText } from '../numbers/normalize';

export type TableToken =
  /** a piece of label or header text */
  | { kind: 'text'; text: string; line: number }
  /**
   * anything that is meant as a cell value: digits, decimals, 「/」「-」「—」, or unreadable (「12a」);
   * `at`: where it starts on its line (characters), for text laid out by spaces (pdftotext -layout);
   * `whole`: the value is all of a tab-delimited field (a table cell of its own, 「行政许可\t117」)
   */
  | { kind: 'value'; text: string; line: number; at?: number; whole?: true }
  /** an explicitly empty cell (between tabs, or a tab-only line) */
  | { kind: 'blank'; line: number }
  /** the end of a row of the source (an empty line, or the end of a line holding several cells) */
  | { kind: 'rowEnd'; line: number };

export type CellToken = Extract<TableToken, { kind: 'value' | 'blank' }>;
export type TextToken = Extract<TableToken, { kind: 'text' }>;

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/u;
const HAS_DIGIT = /[\d０-９]/u;
/**
 * A cell as OCR reads a printed number: the letter O or o for 0, l or I for 1, alone or among digits
 * (「O」「l2」「1O」). A cell, not text — text would end the row's run and shift the numbers after it into
 * the wrong columns —, and one that no reading turns into a number (findings.ts readCell: unread).
 */
export const OCR_LETTERS = /^(?=.*[OolI])[\dOolI]{1,6}$/u;
const DIGIT = /[\d０-９]/u;
/** Inside a number: digits, and 「,」「.」 between digits (thousands, decimals). */
const NUMBER_JOINER = /[,，.．]/u;
/** After a number these make it part of the text: 「2021年」「第3条」「5件」. */
const TEXT_AFTER_NUMBER = /^[年月日号条项款次件个万元岁%％]/u;
/**
 * A row's cells glued to the year that opens the next sentence (a page saved as one line whose
 * table is followed by prose: 「结转下年度继续办理20000022025年，我局…」, 「收费02025年，…」): the
 * last four digits before 「年」 are the year, the digits before them the row's cells.
 */
const GLUED_YEAR = /^(\d+?)((?:19|20)\d\d)$/u;
/** Text ending in an opening bracket after label text: 「本年(」. */
const IN_BRACKETS = /[\u3400-\u9FFF][(（]$/u;
/** 「2.」「3、」 before a label: list numbering, not a cell. */
const NUMBERING_MARK = /^[.．、]/u;
/** What a label starts with after its numbering. */
const LABEL_START = /^[\s]*[\u3400-\u9FFF“"（(]/u;
/** An opening bracket of list numbering (not after label text: 「本年(2023)」 is IN_BRACKETS). */
const BRACKET_OPEN = /(?:^|[^\u3400-\u9FFF])[(（]\s*$/u;
/** Its closing bracket and the label: 「）属于国家秘密」. */
const BRACKET_LABEL = /^\s*[)）]\s*[\u3400-\u9FFF“"]/u;
/** A list marker inside a text piece starts a new label: 「…办理结果（一）予以公开」. */
const INNER_MARKER =
  /(?<=[\u3400-\u9FFF」”）)])(?<!第)(?=[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十][、.．](?![0-9０-９]))/gu;

type Segment = { text: string; number: boolean };

/** Splits a piece into text and number segments (digit runs with their inner separators). */
function segments(piece: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < piece.length) {
    let j = i;
    if (DIGIT.test(piece[i]!)) {
      while (
        j < piece.length &&
        (DIGIT.test(piece[j]!) || (NUMBER_JOINER.test(piece[j]!) && DIGIT.test(piece[j + 1] ?? '')))
      )
        j++;
      out.push({ text: piece.slice(i, j), number: true });
    } else {
      while (j < piece.length && !DIGIT.test(piece[j]!)) j++;
      out.push({ text: piece.slice(i, j), number: false });
    }
    i = j;
  }
  return out;
}

/**
 * A piece holding both label text and numbers — 「规章000行政规范性文件1211」 in a page saved as
 * one line, 「…申请数量230000023」 — cut into text and values. A number that is list numbering
 * (「00000002.其他法律…」: the last digit before 「.」 and a label) or part of the text
 * (「2021年」) stays with the text.
 */
function classifyMixed(piece: string, line: number, out: TableToken[]): void {
  const segs = segments(piece);
  let text = '';
  const flushText = () => {
    for (const part of text.split(INNER_MARKER))
      if (part.trim() !== '') out.push({ kind: 'text', text: part, line });
    text = '';
  };
  segs.forEach((seg, k) => {
    if (!seg.number) {
      text += seg.text;
      return;
    }
    const after = segs[k + 1]?.text ?? '';
    const before = k > 0 ? segs[k - 1]!.text : '';
    // Full-width digits (「收费０２０２５年」) as the digits they are; one code unit each, so the cut stands.
    const ascii = seg.text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
    const glued = /^年/u.test(after) && !/第$/u.test(before) ? GLUED_YEAR.exec(ascii) : null;
    if (glued) {
      flushText();
      out.push({ kind: 'value', text: seg.text.slice(0, glued[1]!.length), line });
      text = seg.text.slice(glued[1]!.length);
      return;
    }
    // 「第3条」, and a number in brackets inside a label: 「本年(2023)制发件数」 (a header).
    if (
      TEXT_AFTER_NUMBER.test(after) ||
      /第$/u.test(before) ||
      (IN_BRACKETS.test(before) && /^[)）]/u.test(after))
    ) {
      text += seg.text;
      return;
    }
    // 「（5）要求行政机关确认…」: a label numbered in brackets, its number part of the text.
    if (BRACKET_OPEN.test(before) && /^\d{1,2}$/u.test(ascii) && BRACKET_LABEL.test(after)) {
      text += seg.text;
      return;
    }
    if (NUMBERING_MARK.test(after) && LABEL_START.test(after.slice(1))) {
      // The last digit numbers the label that follows; the rest (if any) is this row's cells.
      const value = seg.text.slice(0, -1);
      flushText();
      if (value !== '') out.push({ kind: 'value', text: value, line });
      text = seg.text.slice(-1);
      return;
    }
    flushText();
    out.push({ kind: 'value', text: seg.text, line });
  });
  flushText();
}

/**
 * A cell that is a number and its unit (「3件」「12个」「0.5万元」, the units the format counts in):
 * the number. Other units (「500元」 where the column is 万元) stay text: converting would be a guess.
 */
const NUMBER_WITH_UNIT =
  /^[ \t\u3000]*([\d０-９][\d０-９,，.．]*)[ \t\u3000]*(?:件|个|项|条|次|万元)[ \t\u3000]*$/u;
/** 「无」 alone in a cell means none, as 「/」「-」「—」 do (SPEC §11: zero). */
const NONE_CELL = /^[ \t\u3000]*无[ \t\u3000]*$/u;

function classify(piece: string, line: number, out: TableToken[], at?: number): void {
  const withUnit = NUMBER_WITH_UNIT.exec(piece);
  if (withUnit) {
    // No position: the unit after the number would make its end look further left than it is.
    out.push({ kind: 'value', text: withUnit[1]!, line });
    return;
  }
  if (NONE_CELL.test(piece)) {
    out.push(
      at === undefined ? { kind: 'value', text: '无', line } : { kind: 'value', text: '无', line, at },
    );
    return;
  }
  if (CJK.test(piece)) {
    classifyMixed(piece, line, out);
    return;
  }
  if (HAS_DIGIT.test(piece) || isDashText(normalizeNumberText(piece)) || OCR_LETTERS.test(piece))
    out.push(
      at === undefined ? { kind: 'value', text: piece, line } : { kind: 'value', text: piece, line, at },
    );
  else out.push({ kind: 'text', text: piece, line });
}

/** List numbering standing apart from its label (「1.   属于国家秘密」 in PDF text of a Word page). */
const NUMBERING_ALONE = /^[0-9０-９]{1,2}[.．、]$/u;

/** `end`: where a piece joined from spaced letters ends on its line (its text lost the spaces). */
type Piece = { text: string; at: number; end?: number };

function classifyPieces(found: readonly Piece[], line: number, out: TableToken[]): void {
  const pieces = found.map((p) => p.text);
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const next = pieces[k + 1];
    // 「1.」 then a label: the label's numbering, never a cell of the row before.
    if (next !== undefined && NUMBERING_ALONE.test(piece) && LABEL_START.test(next)) {
      classify(`${piece}${next}`, line, out);
      k++;
    } else if (NUMBERING_ALONE.test(piece)) {
      // 「提供 2. 0 0 0 …」 under 「没有现成信息需要另行制作」 (PDF text of a wrapped label): the
      // numbering of the label above, on its row's numbers line; no cell is written 「2.」.
      out.push({ kind: 'text', text: piece, line });
    } else classify(piece, line, out, found[k]!.at);
  }
}

/** One ideograph standing alone between spaces: a letter of a label printed spaced out. */
const LONE_LETTER = /^[\u3400-\u9FFF\uF900-\uFAFF]$/u;
/**
 * The first letter of a spaced label glued to its numbering (and maybe to the row before's numbers):
 * 「（六）其」「1.属」「3000003（七）总」.
 */
const NUMBERED_FIRST_LETTER =
  /(?:^|[^\u3400-\u9FFF\uF900-\uFAFF])(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])[\u3400-\u9FFF\uF900-\uFAFF]$/u;
/** The last letter of a spaced label glued to its row's numbers: 「理3000003」「计」. */
const LAST_LETTER = /^[\u3400-\u9FFF\uF900-\uFAFF](?![\u3400-\u9FFF\uF900-\uFAFF])/u;

const endOf = (p: Piece) => p.end ?? p.at + p.text.length;
const gapBetween = (a: Piece, b: Piece) => b.at - endOf(a);

/**
 * A label Word or WPS prints distributed over its cell, or typed with spaces to align it (「总  计」
 * 「行　政　许　可」, pdftotext -layout 「自    然    人」): ideographs standing alone one after
 * another are one label piece (it starts where its first letter does). Its first letter may be
 * glued to the row's numbering (「（六）其 他 处 理3000003」) and its last to the row's numbers: such
 * a neighbour — numbering and ONE letter, one letter and no other — joins when the space before it
 * is the space between the letters (a header word beside the label never looks like that); so do
 * the two halves of a two-letter label between its numbering and its numbers (「（七）总 计5」). 「无」 at
 * the end of a run stays apart: alone in a cell it is a cell (none), 「其他 无 无」.
 */
function joinLoneLetters(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let k = 0;
  while (k < pieces.length) {
    let end = k;
    while (end < pieces.length && LONE_LETTER.test(pieces[end]!.text)) end++;
    while (end > k && pieces[end - 1]!.text === '无') end--;
    if (end === k) {
      // A two-letter label between its numbering and its numbers: 「（七）总 计5000005」.
      const before = out.at(-1);
      const piece = pieces[k]!;
      if (
        before !== undefined &&
        NUMBERED_FIRST_LETTER.test(before.text) &&
        LAST_LETTER.test(piece.text) &&
        gapBetween(before, piece) <= 2
      )
        out[out.length - 1] = { text: before.text + piece.text, at: before.at, end: endOf(piece) };
      else out.push(piece);
      k++;
      continue;
    }
    const from = k;
    let to = end;
    const gap = end - k >= 2 ? gapBetween(pieces[k]!, pieces[k + 1]!) : null;
    const left = out.at(-1);
    const right = pieces[end];
    const leftFits =
      left !== undefined &&
      NUMBERED_FIRST_LETTER.test(left.text) &&
      (gap === null || gapBetween(left, pieces[k]!) === gap);
    const leftGap = left === undefined ? null : gapBetween(left, pieces[k]!);
    const rightFits =
      right !== undefined &&
      LAST_LETTER.test(right.text) &&
      (gap ?? leftGap) !== null &&
      gapBetween(pieces[end - 1]!, right) === (gap ?? (leftFits ? leftGap : null));
    // One letter alone joins only between both neighbours, close together (「（一）自 然 人0」).
    if (end - k === 1 && !(leftFits && rightFits && leftGap !== null && leftGap <= 2)) {
      out.push(pieces[k]!);
      k++;
      continue;
    }
    let text = pieces
      .slice(from, to)
      .map((p) => p.text)
      .join('');
    let at = pieces[from]!.at;
    if (leftFits) {
      out.pop();
      text = left.text + text;
      at = left.at;
    }
    if (rightFits) {
      text += right.text;
      to++;
    }
    out.push({ text, at, end: endOf(pieces[to - 1]!) });
    k = to;
  }
  return out;
}

/** The space-separated pieces of a cell and where each starts on the line. */
function piecesOf(field: string, offset: number): Piece[] {
  return joinLoneLetters(
    [...field.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: offset + (m.index ?? 0) })),
  );
}

const isEmptyLine = (raw: string) => raw.trim() === '' && !raw.includes('\t');

/**
 * A page that puts an empty line after every paragraph (each cell of its tables a paragraph, as
 * some portals save them): no two lines with text follow each other, so empty lines end no row.
 */
function doubleSpaced(lines: readonly string[]): boolean {
  let filled = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isEmptyLine(lines[i]!)) continue;
    filled++;
    if (i + 1 < lines.length && !isEmptyLine(lines[i + 1]!)) return false;
  }
  return filled >= 8;
}

/**
 * A tab between the letters of a spaced label (「行\t政\t许\t可」, 「（六）其\t他\t处\t理3」): a tab next to
 * an ideograph standing alone between separators, with an ideograph on its other side, is the
 * label's spacing, not a cell boundary (replaced by a space: positions on the line stay).
 */
const TAB_IN_LABEL =
  /(?:(?<=(?:^|[\t ])[\u3400-\u9FFF\uF900-\uFAFF])\t(?=[\u3400-\u9FFF\uF900-\uFAFF])|(?<=[\u3400-\u9FFF\uF900-\uFAFF])\t(?=[\u3400-\u9FFF\uF900-\uFAFF](?:[\t ]|$)))/gu;

/** A row's number alone on a line: 「4.」「4、」「（三）」. */
const ROW_NUMBER_LINE = /^(?:[1-9１-９][.．、]|[（(][一二三四五六七][）)])$/u;

/** A line holding one ideograph and nothing else (not 「无」: alone in a cell it is a cell). */
function loneLetterLine(raw: string): boolean {
  const t = raw.trim();
  return t !== '无' && LONE_LETTER.test(t);
}

/** The cells of a table's lines; `firstLine` numbers the lines for snippets. */
export function tokenizeTable(lines: readonly string[], firstLine = 0): TableToken[] {
  const out: TableToken[] = [];
  const spaced = doubleSpaced(lines);
  const lone = lines.map((raw) => loneLetterLine(raw));
  // A row number alone on its line before such letters opens the label, and 「无」 between them is
  // one of them (「4.」「无」「正」「当」…: PDFium's text of a narrow cell, a letter a line).
  const letter = (n: number) => LONE_LETTER.test(lines[n]?.trim() ?? '');
  lines.forEach((raw, n) => {
    const t = raw.trim();
    if (ROW_NUMBER_LINE.test(t) && letter(n + 1) && letter(n + 2)) lone[n] = true;
    else if (t === '无' && (lone[n - 1] ?? false) && lone[n + 1]) lone[n] = true;
  });
  lines.forEach((raw, n) => {
    const line = firstLine + n;
    // A label printed one letter per line (a narrow cell, a vertical label in plain pdftotext):
    // the letters of the lines in a row are one label piece, on the first of them.
    if (lone[n] && (lone[n - 1] || lone[n + 1])) {
      if (!lone[n - 1]) {
        let end = n;
        while (lone[end]) end++;
        out.push({ kind: 'text', text: lines.slice(n, end).join('').replace(/\s/gu, ''), line });
      }
      return;
    }
    if (raw.trim() === '' && !raw.includes('\t')) {
      if (!spaced) out.push({ kind: 'rowEnd', line });
      return;
    }
    const fields = raw.replace(TAB_IN_LABEL, ' ').split('\t');
    // A leading tab is indentation (each cell of a pasted Word table starts with one), not a cell;
    // a space before it is a blank cell (a browser copy's 「&nbsp;」 opening an all-blank row).
    if (fields.length > 1 && fields[0] === '') fields.shift();
    const before = out.length;
    let offset = raw.length - fields.join('\t').length;
    for (const field of fields) {
      const from = out.length;
      if (field.trim() === '') out.push({ kind: 'blank', line });
      else classifyPieces(piecesOf(field, offset), line, out);
      const only = out.length === from + 1 ? out[from] : undefined;
      if (fields.length > 1 && only?.kind === 'value' && only.text === field.trim()) only.whole = true;
      offset += field.length + 1;
    }
    if (out.length - before > 1) out.push({ kind: 'rowEnd', line });
  });
  return out;
}

export type LogicalRow = {
  /** label pieces since the previous row (headers and group labels included; matching picks the tail) */
  label: TextToken[];
  /** the cells after the label, up to the next label piece */
  run: TableToken[];
};

export function firstGroupBlanks(run: readonly TableToken[]): number {
  let blanks = 0;
  for (const t of run) {
    if (t.kind === 'rowEnd') break;
    if (t.kind === 'blank') blanks++;
  }
  return blanks;
}

export function hasValue(run: readonly TableToken[]): boolean {
  return run.some((t) => t.kind === 'value');
}

/** Cuts the stream into logical rows: label pieces, then cells. */
export function logicalRows(tokens: readonly TableToken[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let label: TextToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'text') {
      label.push(token);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.kind !== 'text') j++;
    const run = tokens.slice(i, j);
    if (hasValue(run)) {
      rows.push({ label, run });
      label = [];
    } else if (firstGroupBlanks(run) > 0) {
      // Empty cells right after a label: a row of blanks (each 0) if the label is a row with
      // that many cells (the pairing checks), else a header with an empty cell. Its label
      // pieces stay for the next row too, in case it was only the first half of a wrapped label.
      rows.push({ label: [...label], run });
    }
    i = j;
  }
  return rows;
}

export type TakenCells =
  | { status: 'ok'; cells: CellToken[] }
  /** fewer cells than the row has columns */
  | { status: 'short'; cells: CellToken[] }
  /** more numbers than the row has columns: which is which cannot be told */
  | { status: 'long'; cells: CellToken[] };

const isCell = (t: TableToken): t is CellToken => t.kind === 'value' || t.kind === 'blank';

/**
 * The `n` cells of a row from its run. Source rows are taken until `n` cells are reached (a row
 * may wrap over lines); blank cells beyond `n` are merged label cells of the next row and dropped.
 */
export function takeCells(run: readonly TableToken[], n: number): TakenCells {
  const taken: CellToken[] = [];
  let group: CellToken[] = [];
  const flush = () => {
    // A group of blanks only, before any value, is the merged label cells of this row.
    if (taken.length === 0 && group.length < n && !group.some((c) => c.kind === 'value')) {
      group = [];
      return;
    }
    taken.push(...group);
    group = [];
  };
  for (const t of run) {
    if (taken.length >= n) break;
    if (t.kind === 'rowEnd') flush();
    else if (isCell(t)) group.push(t);
  }
  if (taken.length < n) flush();
  if (taken.length === n) return { status: 'ok', cells: taken };
  if (taken.length < n) return { status: 'short', cells: taken };
  const values = taken.filter((c) => c.kind === 'value');
  if (values.length === n) return { status: 'ok', cells: values };
  if (values.length > n) return { status: 'long', cells: values };
  const cells = [...taken];
  while (cells.length > n && cells.at(-1)?.kind === 'blank') cells.pop();
  while (cells.length > n && cells[0]?.kind === 'blank') cells.shift();
  return cells.length === n ? { status: 'ok', cells } : { status: 'long', cells };
}
