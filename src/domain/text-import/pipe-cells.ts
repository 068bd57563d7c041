// Tables as web crawlers save them (nianbao issue 18, seen on real portal pages): each cell's
// text closed by 「|」, a row per line (「规章 | 0 | 0 | 0 |」) or a cell per line (「0 |」), an
// empty cell as 「|」 alone or 「| |」 inside a row, and the columns a merged cell spans as extra
// pipes with nothing between them (「第二十条第(一)项 | |||」, a line 「||」 after a row). Such
// lines are rewritten as the tab-separated cells the table reader already knows, so the pipes are
// never taken for label text (which cut every row into one-number pieces) and no number changes.

/** A line whose pipes separate cells: it opens or closes with one, or has one between spaces. */
const PIPE_LINE = /^\s*\||\|\s*$|\s\|\s/u;
const ONLY_PIPES = /^[\s|]*$/u;

const HAS_TEXT = /[\u3400-\u9FFF]/u;
const isPipeLine = (line: string) => line.includes('|') && PIPE_LINE.test(line);

/**
 * One line of crawler table text as tab-separated cells (a blank cell as an empty field).
 * `opensWithPipe`: the page opens every row with 「| 」 (「| 规章 | 0 |」), so a first pipe closes no
 * cell; on other pages it closes an empty one (a position covered from above, dropped before a
 * label; an empty cell before a row's numbers, kept).
 */
export function pipeLineToCells(line: string, opensWithPipe = false): string {
  if (!isPipeLine(line)) return line;
  if (ONLY_PIPES.test(line)) {
    // 「|」 alone: one empty cell; 「| | |」: a row of empty cells, one per group of pipes (the
    // further pipes of a group are spanned columns); 「||」「|||」 alone: the columns a merged cell
    // spans. Tab-only text, one tab per empty cell (the table reader's form of empty cells).
    const groups = line.trim().split(/\s+/u);
    return groups.length === 1 && groups[0]!.length > 1 ? '' : '\t'.repeat(groups.length);
  }
  const fields = line.trim().split('|');
  // After the last pipe: nothing (the closing pipe), or text that was never closed.
  if (fields.at(-1)!.trim() === '') fields.pop();
  if (fields[0] === '') {
    if (opensWithPipe) fields.shift();
    else fields[0] = ' ';
  }
  // Empty cells before a label: positions covered from the row above, not cells of this row.
  const first = fields.findIndex((f) => f.trim() !== '');
  if (first > 0 && HAS_TEXT.test(fields[first]!)) fields.splice(0, first);
  const cells: string[] = [];
  fields.forEach((field, k) => {
    // Nothing between two pipes: a column spanned by the cell before it, not a cell; the space
    // before such pipes (「0 | ||」) only leads into them.
    if (field === '' || (field.trim() === '' && fields[k + 1] === '')) return;
    cells.push(field.trim());
  });
  // A leading tab is indentation to the table reader: an empty first cell needs one more.
  return `${cells[0] === '' ? '\t' : ''}${cells.join('\t')}`;
}

const isLonePipe = (line: string) => line.trim() === '|';
/** The last header of part 四's table, before its one data row (which has no label). */
const LAST_APPEALS_HEADER = /^总计\s*\|$/u;
/**
 * Some crawlers open every table row with a line 「|」, the same as an empty cell: such a line is a
 * row's opener when a row's label follows it, or when it follows the header 「总计」 that ends
 * part 四's header (whose data row has no label). A page is of that kind when its first table
 * line is such an opener.
 */
function rowOpeners(lines: readonly string[]): Set<number> {
  const openers = new Set<number>();
  const first = lines.findIndex(isPipeLine);
  if (first < 0 || !isLonePipe(lines[first]!)) return openers;
  const near = (i: number, step: number) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step)
      if (lines[k]!.trim() !== '') return lines[k]!;
    return '';
  };
  lines.forEach((line, i) => {
    if (!isLonePipe(line)) return;
    const next = near(i, 1);
    const labelNext = HAS_TEXT.test(next) && isPipeLine(next);
    if (labelNext || LAST_APPEALS_HEADER.test(near(i, -1).trim())) openers.add(i);
  });
  return openers;
}

/** Every table line of the text (see pipeLineToCells); other lines are left as they are. */
export function pipeCellsToTabs(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const openers = rowOpeners(lines);
  // Rows opened by 「| 」: every table line holding text starts with a pipe.
  const texts = lines.filter((l) => isPipeLine(l) && HAS_TEXT.test(l));
  const opensWithPipe = texts.length > 0 && texts.every((l) => l.trimStart().startsWith('|'));
  // A row's opener ends the row before it (an empty line), never an empty cell.
  return lines.map((line, i) => (openers.has(i) ? '' : pipeLineToCells(line, opensWithPipe))).join('\n');
}
