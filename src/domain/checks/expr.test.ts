import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import type { CellAddress } from '../report/cell-address';
import { blankOperands, cell, constant, evaluate, neg, prev, sum } from './expr';

const natural = (row: 'newReceived' | 'carriedOver' | 'unavailableNotHeld'): CellAddress => ({
  part: 'applications',
  row,
  column: 'natural',
});

describe('evaluate', () => {
  const current = qufuReport();
  const previous = qufuReport();
  previous.applications.newReceived.natural = 7;

  it('reads cells of the current and the previous report', () => {
    expect(evaluate(cell(natural('newReceived')), { current, previous })).toBe(23);
    expect(evaluate(prev(natural('newReceived')), { current, previous })).toBe(7);
  });

  it('adds, negates and uses constants', () => {
    const e = sum(cell(natural('newReceived')), neg(cell(natural('unavailableNotHeld'))), constant(2));
    expect(evaluate(e, { current, previous: null })).toBe(23 - 19 + 2);
  });

  it('is blank as soon as one operand is blank, and names the blank operands', () => {
    const blank = qufuReport();
    blank.applications.carriedOver.natural = null;
    const e = sum(cell(natural('newReceived')), cell(natural('carriedOver')), prev(natural('newReceived')));
    expect(evaluate(e, { current: blank, previous })).toBeNull();
    expect(blankOperands(e, { current: blank, previous })).toEqual([
      { cell: natural('carriedOver'), previous: false },
    ]);
    expect(evaluate(prev(natural('newReceived')), { current, previous: null })).toBeNull();
    expect(blankOperands(e, { current, previous: null })).toEqual([
      { cell: natural('newReceived'), previous: true },
    ]);
  });

  it('treats 0 as a value, not as blank', () => {
    expect(evaluate(cell(natural('carriedOver')), { current, previous: null })).toBe(0);
  });
});
