// 「批量审核」 takes several published reports pasted into one box. Two ways to tell them apart,
// documented beside the box:
// 1. a line of at least three 「=」 (or full-width 「＝」) between two reports — always works;
// 2. without such lines, each report starts with its title: a new report begins at a short title
//    line (up to three lines, spaces ignored, containing 「政府信息公开工作年度报告」, e.g.
//    「曲阜市人民政府办公室」「2021年政府信息公开工作年度」「报  告」) that comes after the
//    previous report's 「六、其他需要报告的事项」, and whose lines hold no date (the 落款 of the
//    report before: 「曲阜市人民政府办公室」「2022年1月20日」).
import { PART_TITLES } from '../report/labels';

const SEPARATOR = /^[ \t\u3000]*[=＝]{3,}[ \t\u3000]*$/u;
const TITLE = '政府信息公开工作年度报告';
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月/u;
const TITLE_LINES = 3;
const MAX_TITLE_LINE = 40;
const LAST_PART = PART_TITLES.otherMatters;

const compact = (line: string) => line.replace(/\s+/gu, '');

/** Whether a title of at most three short lines, without a date, starts at line `i`. */
function titleStartsAt(lines: readonly string[], i: number): boolean {
  let joined = '';
  for (let k = i; k < lines.length && k < i + TITLE_LINES; k++) {
    const line = compact(lines[k]!);
    if (line === '' || line.length > MAX_TITLE_LINE || DATE.test(line) || /[。：:；;]$/u.test(line))
      return false;
    joined += line;
    if (joined.includes(TITLE)) return true;
  }
  return false;
}

function byTitles(lines: readonly string[]): string[][] {
  const texts: string[][] = [];
  let current: string[] = [];
  let sawLastPart = false;
  lines.forEach((line, i) => {
    if (sawLastPart && titleStartsAt(lines, i)) {
      texts.push(current);
      current = [];
      sawLastPart = false;
    }
    if (compact(line).startsWith(LAST_PART)) sawLastPart = true;
    current.push(line);
  });
  texts.push(current);
  return texts;
}

/** The reports in pasted text, in order, each trimmed; empty pieces are dropped. */
export function splitPastedTexts(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const pieces: string[][] = [[]];
  for (const line of lines) {
    if (SEPARATOR.test(line)) pieces.push([]);
    else pieces.at(-1)!.push(line);
  }
  const texts = pieces.length > 1 ? pieces : byTitles(lines);
  return texts.map((p) => p.join('\n').trim()).filter((t) => t !== '');
}
