// OCR text of a printed report (a scanned PDF run through OCR, as some tools hand it over): a 0 read
// as the letter O, a 1 as l or I, a space put inside a number. Nothing proves what such a cell
// printed, so it is never read as another number: every table cell is read right or left unread
// (listed, with its reason) — in every corpus report, in two shapes of table text.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellId, INPUT_CELLS } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import { importPublishedText } from '../text-import/import-text';
import { corpusReports } from './corpus';
import { expectedCell } from './evaluate';
import { SHAPES } from './shapes';

const reports = corpusReports(qufuText);

/** The `n`-th damage of a number cell: O for 0, l or I for 1, a space inside it; null if it has none of these. */
function damaged(cell: string, n: number): string | null {
  if (!/^\d+$/u.test(cell)) return null;
  const kind = n % 4;
  if (kind === 0 && cell.includes('0')) return cell.replace('0', 'O');
  if (kind === 1 && cell.includes('1')) return cell.replace('1', 'l');
  if (kind === 2 && cell.includes('1')) return cell.replace('1', 'I');
  if (kind === 3 && cell.length > 1) return `${cell[0]} ${cell.slice(1)}`;
  return null;
}

/** Every `every`-th number cell of the table lines (those opening with a tab) damaged in turn. */
function ocr(text: string, every: number): { text: string; damages: number } {
  let seen = 0;
  let damages = 0;
  const lines = text.split('\n').map((line) => {
    if (!line.startsWith('\t')) return line;
    return line
      .split('\t')
      .map((cell) => {
        if (!/^\d+$/u.test(cell)) return cell;
        seen++;
        const out = seen % every === 0 ? damaged(cell, seen / every) : null;
        if (out === null) return cell;
        damages++;
        return out;
      })
      .join('\t');
  });
  return { text: lines.join('\n'), damages };
}

type Grid = Record<string, Record<string, number | null>>;

describe.each(['tab-rows', 'word-paste'])('OCR-damaged cells in %s: unread, never another number', (name) => {
  const shape = SHAPES.find((s) => s.name === name)!;
  it.each(reports.map((r) => [r.key, r] as const))('%s', (_key, r) => {
    for (const every of [7, 11]) {
      const { text, damages } = ocr(shape.render(r).input, every);
      expect(damages).toBeGreaterThan(0);
      const result = importPublishedText(text);
      const report = draftToReport(result.draft);
      const unread = new Set(result.summary.unread.map((u) => u.cell));
      const wrong: string[] = [];
      let missing = 0;
      for (const cell of INPUT_CELLS) {
        const id = cellId(cell);
        const got = (report[cell.part] as Grid)[cell.row]![cell.column] ?? null;
        const want = expectedCell(r, shape, id);
        if (got === null) {
          missing++;
          expect(unread, id).toContain(id);
        } else if (got !== want) wrong.push(`${id}=${got}≠${want}`);
      }
      expect(wrong).toEqual([]);
      // what was damaged is said to be unread, not silently filled
      expect(missing).toBeGreaterThan(0);
    }
  });
});
