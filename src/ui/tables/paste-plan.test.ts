import { describe, expect, it } from 'vitest';
import expected from '../../domain/fixtures/qufu-2021.expected.json';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../domain/report/keys';
import { dataRows, MATRIX_MODEL } from './grid-model';
import { planPaste, planRangePaste } from './paste-plan';

const rows = dataRows(MATRIX_MODEL);
const apps = expected.applications as Record<string, Record<string, number>>;
const plan = (block: string[][], start = { r: 0, c: 0 }, positional = false) =>
  planPaste(rows, MATRIX_MODEL.columns, MATRIX_MODEL.cell, start, block, positional);

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

  it('a 24×6 block of inputs only skips the derived row and lands carriedForward right', () => {
    const inputRows = APPLICATION_ROWS.filter((r) => r !== 'totalHandled');
    const block = inputRows.map((r, i) => APPLICANT_COLUMNS.slice(0, 6).map((c) => String(apps[r]![c]! + i)));
    const p = plan(block);
    expect(p.problems).toEqual([]);
    expect(
      p.writes.find((w) => w.cell === cellId(cellAddress('applications', 'carriedForward', 'natural')))?.text,
    ).toBe(String(0 + 23));
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
    const after = rows[total + 1]!.key;
    const block = [['5'], ['6'], ['11']];
    const start = { r: total - 2, c: 0 };
    const at = (p: ReturnType<typeof plan>, row: string) =>
      p.writes.find((w) => w.cell === cellId(cellAddress('applications', row as 'carriedForward', 'natural')))
        ?.text;
    // Without the mark (a block from elsewhere, shorter than the rest of the column) the block is
    // taken to leave the total out: its third value goes to the row after the total — and the
    // clerk is told which total was passed over.
    const outside = plan(block, start);
    expect(at(outside, after)).toBe('11');
    expect(outside.notices.some((n) => n.includes(`「${rows[total]!.label}」`) && n.includes('Ctrl+Z'))).toBe(
      true,
    );
    const copied = plan(block, start, true);
    expect(copied.problems).toEqual([]);
    expect(at(copied, after)).toBeUndefined();
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
