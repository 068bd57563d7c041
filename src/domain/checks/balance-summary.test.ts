import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import { balanceSummary, balancingCarriedForward } from './balance-summary';
import { fixtureDraft, withCells } from './test-kit';

describe('balanceSummary', () => {
  it('is equal in every column of the fixture', () => {
    const s = balanceSummary(fixtureDraft());
    expect(s.map((x) => x.column)).toEqual([
      'natural',
      'business',
      'research',
      'publicInterest',
      'legal',
      'otherOrg',
      'total',
    ]);
    expect(s.find((x) => x.column === 'natural')).toEqual({
      column: 'natural',
      lhs: 23,
      rhs: 23,
      state: 'equal',
      diff: 0,
    });
    expect(s.every((x) => x.state === 'equal')).toBe(true);
  });

  it('reports the difference and the pending columns', () => {
    const draft = withCells(fixtureDraft(), {
      [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '25',
      [cellId(cellAddress('applications', 'granted', 'research'))]: '',
    });
    const s = Object.fromEntries(balanceSummary(draft).map((x) => [x.column, x]));
    expect(s.natural).toEqual({ column: 'natural', lhs: 25, rhs: 23, state: 'differs', diff: 2 });
    expect(s.research).toEqual({ column: 'research', lhs: 0, rhs: null, state: 'pending', diff: null });
    expect(s.total?.state).toBe('pending');
  });
});

describe('balancingCarriedForward', () => {
  it.each([
    [{}, 'natural', 0],
    [{ [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '26' }, 'natural', 3],
    [{ [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '26' }, 'total', 3],
    [{ [cellId(cellAddress('applications', 'granted', 'natural'))]: '5' }, 'natural', -5],
    [{ [cellId(cellAddress('applications', 'otherOther', 'legal'))]: '' }, 'legal', null],
  ] as const)('%o → %s = %s', (cells, column, value) => {
    expect(balancingCarriedForward(withCells(fixtureDraft(), cells), column)).toBe(value);
  });
});
