// One number of a table row split in two by a space (OCR of a scanned report reads 「12」 as 「1 2」),
// issue 18: the row then prints one number too many. Which pair is the one number is never guessed:
// only the table's own sums can prove it (part 三: a row's 总计; part 四: each group's 总计).
import { normalizeNumberText } from '../numbers/normalize';
import type { CellToken } from './table-tokens';

export type SpacedJoin = { cells: CellToken[]; pieces: string; text: string };

/**
 * The row `cells` (one number too many) with one pair of neighbours read as one number, when exactly
 * one such join makes `adds` true and no reading that drops one number instead (a stray number: a
 * page number, a footnote mark) does: else null. A pair is two whole numbers on one line, one space
 * apart where the text says where they stand, the first not opening on 0 (「0 5」 is no 「05」).
 */
export function oneJoinThatFits(
  cells: readonly CellToken[],
  adds: (values: readonly number[]) => boolean,
): SpacedJoin | null {
  const texts = cells.map((c) => (c.kind === 'value' ? normalizeNumberText(c.text) : ''));
  if (texts.some((t) => !/^\d{1,4}$/u.test(t))) return null;
  const fits: number[] = [];
  for (let k = 0; k + 1 < cells.length; k++) {
    const a = cells[k]!;
    const b = cells[k + 1]!;
    if (texts[k]!.startsWith('0') || a.line !== b.line) continue;
    if (a.kind === 'value' && b.kind === 'value' && a.at !== undefined && b.at !== undefined)
      if (b.at - (a.at + a.text.length) !== 1) continue;
    const values = [...texts.slice(0, k), texts[k]! + texts[k + 1]!, ...texts.slice(k + 2)].map(Number);
    if (adds(values)) fits.push(k);
  }
  if (fits.length !== 1) return null;
  const numbers = texts.map(Number);
  if (numbers.some((_, k) => adds(numbers.filter((_, j) => j !== k)))) return null;
  const k = fits[0]!;
  const text = texts[k]! + texts[k + 1]!;
  const merged: CellToken = { kind: 'value', text, line: cells[k]!.line };
  return {
    cells: [...cells.slice(0, k), merged, ...cells.slice(k + 2)],
    pieces: `${texts[k]} ${texts[k + 1]}`,
    text,
  };
}
