// Part 三 rows printed with no cells at all (nianbao issue 18: a page saved as one line prints
// 「2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请3.其他（七）总计1000001」 —
// the label, then the next label). A blank cell of a published table is 0 (SPEC §11), but a row
// whose numbers are missing could also have lost them in the copy; so such a row is read as 0
// only where the table's own identities prove it (SPEC §4): in a column where every other term of
// 「（七）总计 = the 21 result rows」 (or of 一＋二＝（七）＋四) was read from the text and the
// printed terms already balance, the blank rows of that identity can only hold 0.
import { type ApplicationsCell, cellId } from '../report/cell-address';
import {
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
  RESULT_ROWS,
} from '../report/keys';
import { type Findings, forgetUnread, recordNumber, warn } from './findings';

const id = (row: ApplicationRow, column: ApplicantColumn) =>
  cellId({ part: 'applications', row, column } satisfies ApplicationsCell);

/** The identities of each input column as terms with their sign (left − right = 0). */
const IDENTITIES: readonly (readonly [ApplicationRow, 1 | -1][])[] = [
  [...RESULT_ROWS.map((r) => [r, 1] as [ApplicationRow, 1]), ['totalHandled', -1]],
  [
    ['newReceived', 1],
    ['carriedOver', 1],
    ['totalHandled', -1],
    ['carriedForward', -1],
  ],
];

/**
 * Reads as 0 the cells of `blank` rows (found by their label, printed with no number) that the
 * identities prove to be 0; the others stay unread. Returns the rows read so.
 */
export function readBlankRows(f: Findings, blank: readonly ApplicationRow[]): ApplicationRow[] {
  const read = new Set<ApplicationRow>();
  const blankSet = new Set(blank);
  for (const terms of IDENTITIES) {
    const open = terms.filter(([row]) => blankSet.has(row));
    // totalHandled is a printed total: it must have been read, never inferred.
    if (open.length === 0 || open.some(([row]) => row === 'totalHandled')) continue;
    for (const column of APPLICANT_INPUT_COLUMNS) {
      let sum = 0;
      let known = true;
      for (const [row, sign] of terms) {
        if (blankSet.has(row)) continue;
        const v = f.source.get(id(row, column));
        if (v === undefined) {
          known = false;
          break;
        }
        sum += sign * v;
      }
      if (!known || sum !== 0) continue;
      for (const [row] of open) {
        const cell = id(row, column);
        if (f.source.has(cell)) continue;
        forgetUnread(f, cell);
        recordNumber(f, cell, { value: 0, draftText: '0', blank: true }, '（原文为空白）', true);
        read.add(row);
      }
    }
  }
  if (read.size > 0)
    warn(
      f,
      `第三部分有${read.size}行原文未印任何数字（空白）：按各栏勾稽关系（（七）总计等于各项之和，一＋二＝（七）＋四），其余各项已使等式成立，空白只能为0，已按0导入；请与原文核对。`,
    );
  return [...read];
}
