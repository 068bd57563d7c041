import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress, cellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import { balanceBreakdown, slipScore } from './balance-breakdown';
import { fixtureDraft, withCells } from './test-kit';

const NOT_HELD = cellId(cellAddress('applications', 'unavailableNotHeld', 'natural'));
const report = (cells: Record<string, string>) => draftToReport(withCells(fixtureDraft(), cells));

describe('balanceBreakdown', () => {
  it('is null for a balanced or pending column', () => {
    expect(balanceBreakdown(report({}), 'natural')).toBeNull();
    expect(balanceBreakdown(report({ [NOT_HELD]: '' }), 'natural')).toBeNull();
  });

  it('91 typed for 19 (the fixture’s 「本机关不掌握」): both sides, 91 first, and 91 is the suspect', () => {
    const b = balanceBreakdown(report({ [NOT_HELD]: '91' }), 'natural')!;
    expect(b.diff).toBe(-72);
    expect(b.lhs.map((r) => [r.row, r.value])).toEqual([
      ['newReceived', 23],
      ['carriedOver', 0],
    ]);
    expect(b.lhsTotal).toBe(23);
    expect(b.results.map((r) => [r.row, r.value])).toEqual([
      ['unavailableNotHeld', 91],
      ['partiallyGranted', 3],
      ['withheldInternalAffairs', 1],
    ]);
    expect([b.handled, b.carriedForward.value, b.rhsTotal]).toEqual([95, 0, 95]);
    expect(b.suspect).toEqual({ cell: NOT_HELD, row: 'unavailableNotHeld', value: 91, fix: 19 });
  });

  it('carries last year’s value of each row when a previous-year report is linked', () => {
    const previous = qufuReport('prev');
    previous.applications.unavailableNotHeld.natural = 17;
    const b = balanceBreakdown(report({ [NOT_HELD]: '91' }), 'natural', previous)!;
    expect(b.results.find((r) => r.row === 'unavailableNotHeld')?.previous).toBe(17);
    expect(b.lhs[0]?.previous).toBe(23);
  });

  it('0→70 (a digit too many) in another row is the suspect, not 一', () => {
    const b = balanceBreakdown(
      report({ [cellId(cellAddress('applications', 'granted', 'natural'))]: '70' }),
      'natural',
    )!;
    expect(b.suspect?.cell).toBe(cellId(cellAddress('applications', 'granted', 'natural')));
    expect(b.suspect?.fix).toBe(0);
  });

  it('a value close to last year’s wins among slips', () => {
    // 3→4 in 「部分公开」: diff −1; 19→18 and 23→24 would be slips too, but last year said 4 for 部分公开.
    const previous = qufuReport('prev');
    previous.applications.partiallyGranted.natural = 3;
    const b = balanceBreakdown(
      report({ [cellId(cellAddress('applications', 'partiallyGranted', 'natural'))]: '4' }),
      'natural',
      previous,
    )!;
    expect(b.suspect?.cell).toBe(cellId(cellAddress('applications', 'partiallyGranted', 'natural')));
  });

  it('no slip explains it: the largest result when results exceed 一＋二, else 四', () => {
    // 「部分公开」 15 for 3: no single slip turns 15 into 3, nor any other cell into its balancing value.
    const over = balanceBreakdown(
      report({ [cellId(cellAddress('applications', 'partiallyGranted', 'natural'))]: '15' }),
      'natural',
    )!;
    expect(over.diff).toBe(-12);
    expect(over.suspect?.cell).toBe(NOT_HELD);
    const under = balanceBreakdown(
      report({ [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '68' }),
      'natural',
    )!;
    expect(under.diff).toBe(45);
    expect(under.suspect?.cell).toBe(cellId(cellAddress('applications', 'carriedForward', 'natural')));
  });
});

describe('slipScore', () => {
  it.each([
    [91, 19, 3],
    [70, 7, 3],
    [7, 70, 3],
    [120, 12, 3],
    [18, 19, 2],
    [1234, 1243, 3],
    [1234, 4231, 0],
    [50, 3, 0],
    [15, 3, 0],
    [5, 5, 0],
  ])('%i for %i: %i', (typed, meant, score) => {
    expect(slipScore(typed, meant)).toBe(score);
  });
});
