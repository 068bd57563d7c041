import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS, type ApplicationRow } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { firstCellTables, flowNumbers, totalsAfterTables } from './applications-first-cells';
import { gridHolds, readApplicationsInOrder } from './applications-in-order';
import { RICH_GRID } from './test-plain-tables';

const row = (r: ApplicationRow) => APPLICATION_ROWS.indexOf(r);
const label = (i: number) => APPLICATION_ROW_LABELS[APPLICATION_ROWS[i]!];

/** Where a row's first number (自然人) stands in the plain text of a browser's print. */
type Moved = 'glued' | 'alone' | { after: number };

/**
 * Part 三 as plain pdftotext prints a Chromium print of a page: each row's label, then its numbers a
 * line each between empty lines; for the rows in `moved` the first number is on the label's line,
 * alone between the label's two lines, or on a piece of the label printed after row `after`.
 */
function browserPrint(grid: readonly (readonly number[])[], moved: Partial<Record<number, Moved>>): string[] {
  const out = [
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
  ];
  const late: string[][] = grid.map(() => []);
  grid.forEach((cells, i) => {
    const m = moved[i];
    const first = String(cells[0]);
    const numbers = (from: number) => cells.slice(from).flatMap((v) => ['', String(v)]);
    if (m === undefined) out.push(label(i), ...numbers(0), '');
    else if (m === 'glued') out.push(`${label(i)} ${first}`, ...numbers(1), '');
    else if (m === 'alone') out.push(label(i).slice(0, 4), first, label(i).slice(4), ...numbers(1), '');
    else {
      out.push(label(i), ...numbers(1), '');
      late[m.after]!.push(`${label(i).slice(-3)} ${first}`);
    }
    out.push(...late[i]!);
  });
  return out;
}

describe('flowNumbers', () => {
  it('marks a label line’s only number and the ends of a run of number lines as movable, not a run’s inside', () => {
    const lines = [
      '申请人情况',
      '1.属于国家秘密 3',
      '',
      '4',
      '',
      '5',
      '6',
      '',
      '7',
      '其他',
      '8 9',
      '（七）总计 1 2',
    ];
    const flow = flowNumbers(lines);
    expect(flow.map((x) => [x.value, x.movable, x.beside])).toEqual([
      [3, true, true],
      [4, true, false],
      [5, false, false],
      [6, false, false],
      [7, true, false],
      [8, true, false],
      [9, true, false],
      [1, false, false],
      [2, false, false],
    ]);
    // a row starts only at the first number of a line
    expect(flow.map((x) => x.opens)).toEqual([true, true, true, true, true, true, false, true, false]);
  });

  it('leaves out numbers before the table’s header (a cell of part 二 printed after this part’s heading)', () => {
    const head = ['三、收到和处理政府信息公开申请情况', '0'];
    expect(flowNumbers([...head, '申请人情况', '自然人', '5']).map((x) => x.value)).toEqual([5]);
    expect(flowNumbers([...head, '申\t请\t人\t情\t况', '5']).map((x) => x.value)).toEqual([5]);
  });
});

describe('readApplicationsInOrder: first numbers held in the labels’ blocks (a browser’s print, nianbao issue 18)', () => {
  const moved: Partial<Record<number, Moved>> = {
    [row('partiallyGranted')]: 'alone',
    [row('unavailableNotHeld')]: 'glued',
    [row('withheldThirdParty')]: { after: row('withheldQueryMatter') },
    [row('notProcessedDuplicate')]: { after: row('otherOther') },
  };

  it('reads the rows in order, each moved first number proved by its row’s 总计 and the columns’ identities', () => {
    const reading = readApplicationsInOrder(browserPrint(RICH_GRID, moved));
    expect(reading).toMatchObject({ ok: true, order: 'firstCells', grid: RICH_GRID });
  });

  it('reads nothing when a moved number is not the one its row lacks', () => {
    const lines = browserPrint(RICH_GRID, moved);
    const at = lines.findIndex(
      (l) => l.endsWith(` ${RICH_GRID[row('notProcessedDuplicate')]![0]}`) && !/^\d/u.test(l),
    );
    lines[at] = lines[at]!.replace(/\d+$/u, '5');
    const reading = readApplicationsInOrder(lines);
    expect(reading.ok).toBe(false);
  });

  it('never takes a number out of the middle of a run of numbers', () => {
    // the duplicate row's first number printed between two numbers of the next row
    const lines = browserPrint(RICH_GRID, { [row('notProcessedDuplicate')]: { after: 0 } });
    const late = lines.findIndex((l) => /^\S+ 4$/u.test(l));
    const [moved4] = lines.splice(late, 1);
    const next = lines.indexOf(label(row('notProcessedPublication')));
    lines.splice(next + 4, 0, moved4!.replace(/^\S+ /u, ''));
    expect(readApplicationsInOrder(lines).ok).toBe(false);
  });

  it('finds one table for a table of zeros whatever is moved, and none for a count other than 175', () => {
    const zeros = RICH_GRID.map((r) => r.map(() => 0));
    const tables = firstCellTables(flowNumbers(browserPrint(zeros, moved)));
    expect(tables?.filter(gridHolds)).toEqual([zeros]);
    expect(firstCellTables(flowNumbers(['1 2 3']))).toBeNull();
  });
});

/**
 * Part 三 as plain pdftotext prints a browser's print whose last page lost the 总计 column to the end:
 * every row on its label's line, rows from `from` on with their six applicant numbers only, then
 * after the table a stray 「3.」 and those rows' 总计 a line each.
 */
function totalsLast(grid: readonly (readonly number[])[], from: number): string[] {
  const rows = grid.map((cells, i) => `${label(i)} ${(i >= from ? cells.slice(0, -1) : cells).join(' ')}`);
  const totals = grid.slice(from).map((cells) => String(cells.at(-1)));
  return [
    '三、收到和处理政府信息公开申请情况',
    '0',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    ...rows,
    '3.',
    '',
    ...totals,
  ];
}

describe('readApplicationsInOrder: the 总计 column of the last rows printed after the table (nianbao issue 18)', () => {
  it('reads each row’s 总计 from the list after the table when each is its row’s sum, in order', () => {
    const reading = readApplicationsInOrder(totalsLast(RICH_GRID, row('unavailableUnclear')));
    expect(reading).toMatchObject({ ok: true, order: 'totalsLast', grid: RICH_GRID });
  });

  it('reads nothing when the list after the table is out of the rows’ order', () => {
    const lines = totalsLast(RICH_GRID, row('unavailableNotHeld'));
    const at = lines.lastIndexOf(String(RICH_GRID[row('unavailableNotHeld')]!.at(-1)));
    const other = lines.lastIndexOf(String(RICH_GRID[row('otherOther')]!.at(-1)));
    [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    expect(readApplicationsInOrder(lines).ok).toBe(false);
  });

  it('never splits the numbers of one line between two rows', () => {
    // a 7-number line of the 总计 row printed as one line with the next row's first number
    const lines = totalsLast(RICH_GRID, row('carriedForward'));
    const flow = flowNumbers(lines);
    const tables = totalsAfterTables(flow) ?? [];
    expect(tables.filter(gridHolds)).toEqual([RICH_GRID]);
    const joined = [...lines];
    const k = joined.findIndex((l) => l.startsWith(label(row('otherOther'))));
    joined[k] = `${joined[k]} ${joined[k + 1]!.replace(/^\D+/u, '')}`;
    joined.splice(k + 1, 1);
    expect(readApplicationsInOrder(joined).ok).toBe(false);
  });
});
