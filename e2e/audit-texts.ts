// The texts of the 「批量审核」 e2e test, built from the fixture by transformation (never retyped):
// the fixture; the fixture with every part 三 row run together (the cell separators removed, as
// text copied from many web pages reads); the same organ's 2020 report.
import { readFileSync } from 'node:fs';
import { PART_TITLES } from '../src/domain/report/labels';
import { parseRows } from '../src/domain/text-import/test-transforms';

export const FIXTURE_TEXT = readFileSync(
  new URL('../src/domain/fixtures/qufu-2021.txt', import.meta.url),
  'utf8',
);

const MATRIX_HEADING = PART_TITLES.applications;
const APPEALS_HEADING = PART_TITLES.appeals;
const isNumber = (cell: string) => /^\d+$/.test(cell);

/** Every part 三 row with its numbers glued to its label (「一、本年新收…」 followed by 230000023). */
export function matrixRunTogether(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === MATRIX_HEADING) + 1;
  const end = lines.findIndex((l) => l.trim() === APPEALS_HEADING);
  const rendered = parseRows(lines.slice(start, end)).flatMap((row) => {
    const numbers = row.filter(isNumber);
    const labels = row.filter((c) => !isNumber(c));
    if (numbers.length > 0) labels.push(`${labels.pop() ?? ''}${numbers.join('')}`);
    return [...labels.map((c) => `\t${c}`), ''];
  });
  return [...lines.slice(0, start), ...rendered, ...lines.slice(end)].join('\n');
}

/**
 * The 2020 report of the same organ: every 2021 becomes 2020, and its 「行政规范性文件」
 * 「现行有效件数」 is 9, so 2021's 11 ≠ 9 + 1 − 2 (in-force) — and its narratives are last year's
 * word for word (内容雷同).
 */
export function year2020(text: string): string {
  const row = '\t行政规范性文件\n\t1\n\t2\n\t11\n';
  if (!text.includes(row)) throw new Error('fixture row 行政规范性文件 not found');
  return text.replaceAll('2021', '2020').replace(row, '\t行政规范性文件\n\t1\n\t2\n\t9\n');
}

/** 「行政规范性文件1211」: part 二's row with its three cells run together. */
export function documentsRunTogether(text: string): string {
  return text.replace('\t行政规范性文件\n\t1\n\t2\n\t11\n', '\t行政规范性文件1211\n');
}
