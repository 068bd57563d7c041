import { describe, expect, it } from 'vitest';
import expected from '../../domain/fixtures/qufu-2021.expected.json';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, RESULT_ROWS } from '../../domain/report/keys';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../../domain/report/labels';
import { PROACTIVE_SECTIONS } from '../../domain/tables/proactive-table';
import { APPEALS_MODEL, dataRows, MATRIX_MODEL, proactiveModel } from './grid-model';
import { planPaste, planRangePaste } from './paste-plan';

const rows = dataRows(MATRIX_MODEL);
const apps = expected.applications as Record<string, Record<string, number>>;
const plan = (block: string[][], start = { r: 0, c: 0 }, positional = false) =>
  planPaste(rows, MATRIX_MODEL.columns, MATRIX_MODEL.cell, start, block, {
    positional,
    rowBalance: MATRIX_MODEL.rowBalance,
  });

describe('planPaste on the matrix', () => {
  it('a full 25×7 block (with totals) writes the 144 input cells and skips the totals', () => {
    const block = APPLICATION_ROWS.map((r) => APPLICANT_COLUMNS.map((c) => String(apps[r]![c])));
    const p = plan(block);
    expect(p.problems).toEqual([]);
    expect(p.writes).toHaveLength(144);
    expect(
      p.writes.find((w) => w.cell === cellId(cellAddress('applications', 'unavailableNotHeld', 'natural')))
        ?.text,
    ).toBe('19');
    expect(p.writes.some((w) => w.cell.includes('totalHandled') || w.cell.endsWith('.total'))).toBe(false);
  });

  it('marks cells outside the table and non-numbers as problems, and writes dashes as 0 with a notice', () => {
    const p = plan(
      [
        ['1', '/', 'x1'],
        ['2', '3', '4'],
      ],
      { r: 24, c: 3 },
    );
    expect(p.problems).toEqual([
      { i: 0, j: 2, reason: 'invalid', text: 'x1' },
      { i: 1, j: 0, reason: 'outside', text: '2' },
      { i: 1, j: 1, reason: 'outside', text: '3' },
      { i: 1, j: 2, reason: 'outside', text: '4' },
    ]);
    expect(p.writes).toEqual([
      { cell: cellId(cellAddress('applications', 'carriedForward', 'publicInterest')), text: '1' },
      { cell: cellId(cellAddress('applications', 'carriedForward', 'legal')), text: '0' },
    ]);
    expect(p.notices[0]).toContain('按0填入');
  });

  it('a range copied from the grid ending on a total row lands where it was: the total skipped, not written on the row after it', () => {
    const total = rows.findIndex((r) => r.key === 'totalHandled');
    const copied = plan([['5'], ['6'], ['11']], { r: total - 2, c: 0 }, true);
    expect(copied.problems).toEqual([]);
    expect(copied.question).toBeUndefined();
    expect(copied.writes.map((w) => w.text)).toEqual(['5', '6']);
    expect(copied.notices.join()).toContain('合计值未写入');
  });

  it('a copied range keeps a first column of text as cells, not as row labels', () => {
    const p = plan(
      [
        ['不详', '1'],
        ['不详', '2'],
      ],
      { r: 0, c: 0 },
      true,
    );
    expect(p.problems.map((x) => x.text)).toEqual(['不详', '不详']);
  });

  it('one value over a range fills its input cells, the totals in it skipped; a non-number is one problem', () => {
    const rect = { top: 0, left: 0, bottom: 1, right: MATRIX_MODEL.columns.length - 1 };
    const over = (text: string) =>
      planRangePaste(rows, MATRIX_MODEL.columns, MATRIX_MODEL.cell, rect, [[text]]);
    const p = over('3');
    expect(p.writes).toHaveLength(12);
    expect(new Set(p.writes.map((w) => w.text))).toEqual(new Set(['3']));
    expect(p.notices).toEqual(['2个合计值未写入（总计由系统自动计算）']);
    const bad = over('不详');
    expect(bad.writes).toEqual([]);
    expect(bad.problems).toEqual([{ i: 0, j: 0, reason: 'invalid', text: '不详' }]);
    expect(over('—').notices[0]).toContain('12个单元格');
  });

  it('a block of inputs only that ends before a total, or lands on it, says nothing of passing it', () => {
    const total = rows.findIndex((r) => r.key === 'totalHandled');
    expect(plan([['1'], ['2']], { r: total - 2, c: 0 }).notices).toEqual([]);
    // the whole rest of the column, total included: positional, the total skipped in place
    const rest = plan([['1'], ['2'], ['3'], ['4']], { r: total - 2, c: 0 });
    expect(rest.notices).toEqual(['1个合计值未写入（总计由系统自动计算）']);
  });
});

// A clerk's own sheet, numbers made up here: 21 result rows × 6 kinds of applicant, with the
// row totals (（七）总计) and column totals (总计) a spreadsheet would compute.
const RESULTS = RESULT_ROWS.map((_, i) => [
  2 + (i % 5),
  i % 3,
  i % 4 === 0 ? 1 : 0,
  0,
  i % 7 === 1 ? 2 : 0,
  i % 2,
]);
const sumRows = (lines: number[][]) => lines[0]!.map((_, j) => lines.reduce((s, l) => s + l[j]!, 0));
const withTotalColumn = (line: number[]) => [...line, line.reduce((a, b) => a + b, 0)];
const text = (lines: number[][]) => lines.map((l) => l.map(String));
const at = (p: ReturnType<typeof plan>, row: string, column = 'natural') =>
  p.writes.find((w) => w.cell === cellId(cellAddress('applications', row as 'granted', column as 'natural')))
    ?.text;
const granted = rows.findIndex((r) => r.key === 'granted');
const TOTAL = sumRows(RESULTS);
const CARRIED_FORWARD = [4, 0, 1, 0, 0, 2];

describe('planPaste: a sheet block whose length fits "with its totals" and "inputs only"', () => {
  it('（一）…（七）总计 copied from a sheet, the total the sum of the rows above: lands cell for cell, silently', () => {
    for (const lines of [
      [...RESULTS, TOTAL],
      [...RESULTS, TOTAL].map(withTotalColumn),
      [...RESULTS, TOTAL].map((l) => l.slice(0, 1)),
    ]) {
      const p = plan(text(lines), { r: granted, c: 0 });
      expect(p.question).toBeUndefined();
      expect(p.problems).toEqual([]);
      expect(at(p, 'otherOther')).toBe(String(RESULTS[20]![0]));
      expect(at(p, 'carriedForward')).toBeUndefined();
      expect(p.notices.join()).not.toContain('不含');
      expect(p.notices.join()).not.toContain('各项之和');
    }
  });

  it('the same rows without the total, and 四、结转 after them: not proven either way, so asked; nothing written', () => {
    const p = plan(text([...RESULTS, CARRIED_FORWARD]), { r: granted, c: 0 });
    expect(p.writes).toEqual([]);
    const q = p.question!;
    expect(q.dimensions.map((d) => d.kind)).toEqual(['rows']);
    const last = q.dimensions[0]!.lines[21]!;
    expect(last.text).toBe('4 0 1 0 …');
    expect(last.withTotals).toBe(`${APPLICATION_ROW_LABELS.totalHandled}（合计，不写入）`);
    expect(last.inputsOnly).toBe(APPLICATION_ROW_LABELS.carriedForward);
    expect(q.dimensions[0]!.lines[0]).toMatchObject({
      withTotals: APPLICATION_ROW_LABELS.granted,
      inputsOnly: APPLICATION_ROW_LABELS.granted,
    });
    // taken as inputs only: 结转 written, and said that the total was passed over
    expect(at(q.inputsOnly, 'carriedForward')).toBe('4');
    expect(q.inputsOnly.notices.join()).toContain(`不含「${APPLICATION_ROW_LABELS.totalHandled}」`);
    // taken with its totals: the line is a total that is not the sum of its parts — not written, said
    expect(at(q.withTotals, 'carriedForward')).toBeUndefined();
    expect(q.withTotals.notices.join()).toContain(
      `「${APPLICATION_ROW_LABELS.totalHandled}」与其各项之和不同（${APPLICANT_LABELS.natural} 4，各项之和为${TOTAL[0]}`,
    );
  });

  it.each([
    ['all zeros', RESULTS.map((l) => l.map(() => 0)), RESULTS[0]!.map(() => 0)],
    ['all blank', RESULTS.map((l) => l.map(() => Number.NaN)), RESULTS[0]!.map(() => Number.NaN)],
    [
      'one non-zero part only (the total could be any row that equals it)',
      RESULTS.map((l, i) => l.map((_, j) => (i === 0 && j === 0 ? 3 : 0))),
      RESULTS[0]!.map((_, j) => (j === 0 ? 3 : 0)),
    ],
    ['a printed total one more than its parts', RESULTS, TOTAL.map((v, j) => (j === 2 ? v + 1 : v))],
  ])('numbers that cannot decide (%s): asked', (_, results, last) => {
    const lines = [...results, last].map((l) => l.map((v) => (Number.isNaN(v) ? '' : String(v))));
    const p = plan(lines, { r: granted, c: 0 });
    expect(p.writes).toEqual([]);
    expect(p.question?.withTotals.writes.length).toBe(21 * 6);
    expect(p.question?.inputsOnly.writes.length).toBe(22 * 6);
  });

  it("a disagreeing total is named with the sheet's number and the sum, never written", () => {
    const last = TOTAL.map((v, j) => (j === 2 ? v + 1 : v));
    const p = plan(text([...RESULTS, last]), { r: granted, c: 0 }).question!.withTotals;
    expect(p.notices.join()).toContain(
      `「${APPLICATION_ROW_LABELS.totalHandled}」与其各项之和不同（${APPLICANT_LABELS.research} ${last[2]}，各项之和为${TOTAL[2]}）`,
    );
    expect(p.writes.some((w) => w.cell.includes('totalHandled'))).toBe(false);
  });

  it('a whole sheet (the shape decides) with a wrong total: written, the total said to differ', () => {
    const top = [
      [9, 1, 2, 0, 1, 3],
      [1, 0, 0, 0, 0, 0],
    ];
    const wrong = TOTAL.map((v, j) => (j === 0 ? v + 5 : v));
    const p = plan(text([...top, ...RESULTS, wrong, CARRIED_FORWARD]));
    expect(p.question).toBeUndefined();
    expect(at(p, 'carriedForward')).toBe('4');
    expect(p.notices.join()).toContain(`${APPLICANT_LABELS.natural} ${wrong[0]}，各项之和为${TOTAL[0]}`);
  });

  it('a block ending on the total with only some of its parts: nothing proves it, asked', () => {
    const total = rows.findIndex((r) => r.key === 'totalHandled');
    const p = plan([['5'], ['6'], ['11']], { r: total - 2, c: 0 });
    expect(p.writes).toEqual([]);
    expect(at(p.question!.inputsOnly, rows[total + 1]!.key)).toBe('11');
    expect(at(p.question!.withTotals, rows[total + 1]!.key)).toBeUndefined();
  });
});

describe('planPaste: a whole sheet of 24 rows from 一 (inputs only, or down to （七）总计 without 四)', () => {
  // The same made-up sheet, balanced (一＋二＝（七）＋四 in each column).
  const TOP = [
    [80, 20, 5, 0, 6, 9],
    [8, 3, 1, 0, 1, 4],
  ];
  const BALANCED_FORWARD = TOP[0]!.map((v, j) => v + TOP[1]![j]! - TOTAL[j]!);
  it('the balance checked: the sheet is laid out as in the test', () => {
    expect(BALANCED_FORWARD.every((v) => v >= 0)).toBe(true);
  });

  it('inputs only, the columns balanced: taken as inputs only, silently, 四 on 四 and the passed total said', () => {
    const p = plan(text([...TOP, ...RESULTS, BALANCED_FORWARD]));
    expect(p.question).toBeUndefined();
    expect(at(p, 'carriedForward')).toBe(String(BALANCED_FORWARD[0]));
    expect(at(p, 'otherOther', 'otherOrg')).toBe(String(RESULTS[20]![5]));
    expect(p.notices.join()).toContain(`不含「${APPLICATION_ROW_LABELS.totalHandled}」`);
  });

  it('down to （七）总计, its total the sum: taken with its totals (四 left as it was)', () => {
    const p = plan(text([...TOP, ...RESULTS, TOTAL]));
    expect(p.question).toBeUndefined();
    expect(at(p, 'carriedForward')).toBeUndefined();
    expect(at(p, 'otherOther')).toBe(String(RESULTS[20]![0]));
  });

  it('inputs only but not balanced (a sheet with a 勾稽 error): asked', () => {
    const off = BALANCED_FORWARD.map((v, j) => (j === 1 ? v + 1 : v));
    const p = plan(text([...TOP, ...RESULTS, off]));
    expect(p.writes).toEqual([]);
    expect(at(p.question!.inputsOnly, 'carriedForward', 'business')).toBe(String(off[1]));
  });

  it("without the table's balance (another table), the same block is asked", () => {
    const p = planPaste(
      rows,
      MATRIX_MODEL.columns,
      MATRIX_MODEL.cell,
      { r: 0, c: 0 },
      text([...TOP, ...RESULTS, BALANCED_FORWARD]),
    );
    expect(p.question).toBeDefined();
  });
});

describe("planPaste: the sheet's own labels copied with its numbers", () => {
  const labelled = (lines: number[][], labels: string[]) =>
    lines.map((l, i) => [labels[i]!, ...l.map(String)]);
  const names = RESULT_ROWS.map((_, i) => `第${i + 1}项`);

  it.each([
    ['（七）总计', 'withTotals'],
    ['合计', 'withTotals'],
    ['四、结转下年度', 'inputsOnly'],
  ] as const)('the last line labelled 「%s」, its numbers all zeros: %s, silently', (label, reading) => {
    const zeros = RESULTS.map((l) => l.map(() => 0));
    const p = plan(labelled([...zeros, zeros[0]!], [...names, label]), { r: granted, c: 0 });
    expect(p.question).toBeUndefined();
    expect(p.notices).toContain('已忽略首列的行标题');
    expect(at(p, 'carriedForward')).toBe(reading === 'withTotals' ? undefined : '0');
  });

  it('labelled 总计 but not the sum of its parts: taken as the total, not written, the difference said', () => {
    const wrong = TOTAL.map((v, j) => (j === 0 ? v + 2 : v));
    const p = plan(labelled([...RESULTS, wrong], [...names, '总计']), { r: granted, c: 0 });
    expect(p.question).toBeUndefined();
    expect(at(p, 'carriedForward')).toBeUndefined();
    expect(p.notices.join()).toContain(`${APPLICANT_LABELS.natural} ${wrong[0]}，各项之和为${TOTAL[0]}`);
  });

  it("labelled as a total, the numbers proving the inputs-only reading (part 三's balance): asked", () => {
    const top = [
      [5, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ];
    const results = RESULTS.map((l, i) =>
      l.map((_, j) => (i === 0 && j === 0 ? 3 : i === 1 && j === 0 ? 1 : 0)),
    );
    const forward = [1, 1, 0, 0, 0, 0];
    const p = plan(labelled([...top, ...results, forward], ['一', '二', ...names, '合计']));
    expect(p.question).toBeDefined();
  });
});

describe('planPaste on part 四: a sheet block holding 总计 columns', () => {
  const cols = APPEALS_MODEL.columns;
  const appeals = (line: string[], c = 0) =>
    planPaste(dataRows(APPEALS_MODEL), cols, APPEALS_MODEL.cell, { r: 0, c }, [line]);
  const written = (p: ReturnType<typeof appeals>) =>
    Object.fromEntries(p.writes.map((w) => [w.cell.replace(/^appeals\./, ''), w.text]));

  it('行政复议 with its 总计 equal to the four before it: lands on 行政复议, silently', () => {
    const p = appeals(['3', '1', '0', '2', '6']);
    expect(p.question).toBeUndefined();
    expect(written(p)).toEqual({
      'reconsideration.upheld': '3',
      'reconsideration.corrected': '1',
      'reconsideration.other': '0',
      'reconsideration.pending': '2',
    });
  });

  it('both halves with totals, the second total wrong: the first proves the layout, the second is said', () => {
    const p = appeals(['3', '1', '0', '2', '6', '1', '1', '0', '0', '5']);
    expect(p.question).toBeUndefined();
    expect(Object.keys(written(p))).toHaveLength(8);
    expect(p.notices.join()).toContain(
      `「${cols[9]!.groups.at(-1)} ${cols[9]!.label}」与其各项之和不同（5，各项之和为2）`,
    );
  });

  it.each([
    ['a total with one part', ['0', '4', '0', '0', '4']],
    ['a total that is no sum', ['3', '1', '0', '2', '7']],
    ['eight inputs, no totals', ['3', '1', '0', '2', '1', '1', '0', '0']],
  ])('%s: asked, by columns', (_, line) => {
    const p = appeals(line);
    expect(p.writes).toEqual([]);
    const q = p.question!;
    expect(q.dimensions.map((d) => d.kind)).toEqual(['columns']);
    expect(q.dimensions[0]!.lines[4]!.withTotals).toContain('（合计，不写入）');
    expect(q.dimensions[0]!.lines[4]!.inputsOnly).toBe(`${cols[5]!.groups.at(-1)} ${cols[5]!.label}`);
    expect(written(q.inputsOnly)['litigationDirect.upheld']).toBe(line[4]);
    expect(written(q.withTotals)['litigationDirect.upheld']).toBe(line[5]);
  });

  it('a header row copied with the numbers names the 总计 column: taken with its totals though 0＋4＝4 proves nothing', () => {
    const p = planPaste(dataRows(APPEALS_MODEL), cols, APPEALS_MODEL.cell, { r: 0, c: 0 }, [
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ['0', '4', '0', '0', '4'],
    ]);
    expect(p.question).toBeUndefined();
    expect(written(p)['litigationDirect.upheld']).toBeUndefined();
    expect(written(p)['reconsideration.corrected']).toBe('4');
  });

  it('four inputs only, or a block from after the first total: the shape decides', () => {
    expect(appeals(['3', '1', '0', '2']).question).toBeUndefined();
    expect(appeals(['1', '1', '0', '0', '2'], 5).question).toBeUndefined();
  });
});

describe('planPaste on the fee table (decimals, no totals)', () => {
  it('never asks: a table without totals has one reading', () => {
    const fee = proactiveModel(PROACTIVE_SECTIONS[3]!, 3);
    const p = planPaste(dataRows(fee), fee.columns, fee.cell, { r: 0, c: 0 }, [['0.5']]);
    expect(p.question).toBeUndefined();
    expect(p.writes.map((w) => w.text)).toEqual(['0.5']);
  });
});
