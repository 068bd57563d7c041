import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddress, cellId, INPUT_CELLS } from '../../report/cell-address';
import { readDraftCell } from '../../report/draft-convert';
import { APPLICANT_INPUT_COLUMNS, APPLICATION_INPUT_ROWS, RESULT_ROWS } from '../../report/keys';
import { failed, fixtureDraft, resultOf, run, withCells } from '../test-kit';

const MATRIX_CELLS = INPUT_CELLS.filter((c) => c.part === 'applications');

describe('balance on the fixture', () => {
  it('has 144 input cells in the matrix', () => {
    expect(MATRIX_CELLS).toHaveLength(144);
  });

  it('passes for all seven columns', () => {
    const r = run(fixtureDraft());
    for (const id of failed(r, 'balance')) expect.fail(id.message);
    expect(r.results.filter((x) => x.id.startsWith('balance:') && x.status === 'passed')).toHaveLength(7);
  });

  it.each(MATRIX_CELLS.map((c) => [cellId(c), c] as const))(
    '+1 in %s fails its column and total, nothing else',
    (id, cell) => {
      const draft = fixtureDraft();
      const before = Number(readDraftCell(draft, cell));
      const r = run(withCells(draft, { [id]: String(before + 1) }));
      const errors = failed(r).filter((x) => x.severity === 'error');
      expect(errors.map((x) => x.id).sort()).toEqual([`balance:${cell.column}`, 'balance:total'].sort());
      // The fixture column sums, before: 一＋二 = （七）＋四 = 23 (natural and total) or 0.
      const base = cell.column === 'natural' ? 23 : 0;
      const lhsChanged = cell.row === 'newReceived' || cell.row === 'carriedOver';
      for (const column of [cell.column, 'total']) {
        const columnBase = column === 'total' ? 23 : base;
        const lhs = columnBase + (lhsChanged ? 1 : 0);
        const rhs = columnBase + (lhsChanged ? 0 : 1);
        const message = resultOf(r, `balance:${column}`).message;
        expect(message).toContain(`＝${lhs}，`);
        expect(message).toMatch(new RegExp(`＝${rhs}，相差1$`));
      }
    },
  );

  it('words the message with the formula and the numbers', () => {
    const r = run(
      withCells(fixtureDraft(), { [cellId(cellAddress('applications', 'carriedForward', 'natural'))]: '3' }),
    );
    expect(resultOf(r, 'balance:natural').message).toBe(
      '自然人列不平衡：一＋二＝23＋0＝23，（七）总计＋四＝23＋3＝26，相差3',
    );
    expect(resultOf(r, 'balance:natural').cells).toContain(
      cellId(cellAddress('applications', 'carriedForward', 'natural')),
    );
    const r2 = run(
      withCells(fixtureDraft(), {
        [cellId(cellAddress('applications', 'granted', 'natural'))]: '0',
        [cellId(cellAddress('applications', 'unavailableNotHeld', 'natural'))]: '16',
      }),
    );
    expect(resultOf(r2, 'balance:natural').hint).toContain('＝3');
  });
});

describe('balance with blanks', () => {
  it('is pending for a half-filled column, not failed', () => {
    const draft = fixtureDraft();
    const blanks = Object.fromEntries(
      RESULT_ROWS.slice(10).map((row) => [cellId(cellAddress('applications', row, 'business')), '']),
    );
    const r = run(withCells(draft, blanks));
    const business = resultOf(r, 'balance:business');
    expect(business.status).toBe('pending');
    expect(business.message).toContain('待填');
    expect(business.cells).toHaveLength(RESULT_ROWS.length - 10);
    expect(resultOf(r, 'balance:total').status).toBe('pending');
    expect(resultOf(r, 'balance:natural').status).toBe('passed');
    expect(failed(r, 'balance')).toEqual([]);
  });

  it('is pending (not failed) while a cell holds unreadable text', () => {
    const r = run(
      withCells(fixtureDraft(), { [cellId(cellAddress('applications', 'newReceived', 'legal'))]: '12a' }),
    );
    expect(resultOf(r, 'balance:legal').status).toBe('pending');
  });
});

// ---- properties -----------------------------------------------------------------------
type Column = Record<string, number>;

/** A balanced column: random results and 四, 二 ≤ their sum, 一 makes up the rest. */
const balancedColumn = fc
  .record({
    results: fc.array(fc.nat(50), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
    forward: fc.nat(20),
    carriedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ results, forward, carriedShare }): Column => {
    const out: Column = {};
    RESULT_ROWS.forEach((row, i) => {
      out[row] = results[i]!;
    });
    out.carriedForward = forward;
    const total = results.reduce((a, b) => a + b, 0) + forward;
    out.carriedOver = Math.floor(total * carriedShare);
    out.newReceived = total - out.carriedOver;
    return out;
  });
const balancedMatrix = fc.array(balancedColumn, {
  minLength: APPLICANT_INPUT_COLUMNS.length,
  maxLength: APPLICANT_INPUT_COLUMNS.length,
});

function draftOf(matrix: Column[]) {
  const cells: Record<string, string> = {};
  APPLICANT_INPUT_COLUMNS.forEach((column, i) => {
    for (const row of APPLICATION_INPUT_ROWS)
      cells[cellId(cellAddress('applications', row, column))] = String(matrix[i]![row]);
  });
  return withCells(fixtureDraft(), cells);
}

describe('balance properties', () => {
  it('random balanced matrices pass every balance check', () => {
    fc.assert(
      fc.property(balancedMatrix, (matrix) => {
        const r = run(draftOf(matrix));
        const balance = r.results.filter((x) => x.id.startsWith('balance:'));
        expect(balance.map((x) => x.status)).toEqual(Array(7).fill('passed'));
      }),
      { numRuns: 200 },
    );
  });

  it('any single perturbation of a balanced matrix is caught in its column and in total', () => {
    fc.assert(
      fc.property(
        balancedMatrix,
        fc.nat(APPLICANT_INPUT_COLUMNS.length - 1),
        fc.nat(APPLICATION_INPUT_ROWS.length - 1),
        fc.integer({ min: -30, max: 30 }).filter((d) => d !== 0),
        (matrix, c, r, delta) => {
          const column = APPLICANT_INPUT_COLUMNS[c]!;
          const row = APPLICATION_INPUT_ROWS[r]!;
          const value = matrix[c]![row]! + delta;
          fc.pre(value >= 0);
          matrix[c]![row] = value;
          const result = run(draftOf(matrix));
          const errors = failed(result, 'balance').map((x) => x.id);
          expect(errors.sort()).toEqual([`balance:${column}`, 'balance:total'].sort());
          expect(resultOf(result, `balance:${column}`).message).toContain(`相差${Math.abs(delta)}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('balance points at the likely wrong cell', () => {
  it('91 typed for 19: the column and 总计 jump to 「本机关不掌握」 first', () => {
    const r = run(
      withCells(fixtureDraft(), {
        [cellId(cellAddress('applications', 'unavailableNotHeld', 'natural'))]: '91',
      }),
    );
    for (const id of ['balance:natural', 'balance:total']) {
      const result = resultOf(r, id);
      expect(result.cells[0]).toBe(cellId(cellAddress('applications', 'unavailableNotHeld', 'natural')));
      expect(result.hint).toContain('「1.本机关不掌握相关政府信息」91（改为19即平衡）');
    }
    expect(resultOf(r, 'balance:natural').cells).toContain(
      cellId(cellAddress('applications', 'newReceived', 'natural')),
    );
  });
});
