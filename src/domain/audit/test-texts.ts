// Test inputs of the audit, built from the fixture text by transformation (never retyped).
import qufuText from '../fixtures/qufu-2021.txt?raw';
import {
  isNumberCell,
  type Row,
  renderCellPerLine,
  reshapeTables,
  setNumber,
} from '../text-import/test-transforms';

export const FIXTURE_TEXT = qufuText;

/** A table row with its number cells glued to its last label (the separators lost). */
function glued(row: Row): Row {
  const numbers = row.filter(isNumberCell);
  if (numbers.length === 0) return row;
  const labels = row.filter((c) => !isNumberCell(c));
  const last = labels.pop() ?? '';
  return [...labels, `${last}${numbers.join('')}`];
}

/** The fixture with every row of part 三 run together (「一、本年新收…申请数量230000023」). */
export function matrixRunTogether(text: string = qufuText): string {
  return reshapeTables(text, (rows, part) =>
    renderCellPerLine(part === 'applications' ? rows.map(glued) : rows),
  );
}

/** The same organ's report one year earlier: every 2021 → 2020, and its 「现行有效件数」 of 行政规范性文件 set. */
export function previousYear(inForce: number): string {
  return setNumber(qufuText.replaceAll('2021', '2020'), '行政规范性文件', 2, String(inForce));
}
