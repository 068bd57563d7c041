import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { structurallyEqual } from './structural-equal';

describe('structurallyEqual', () => {
  it.each([
    [1, 1],
    ['a', 'a'],
    [null, null],
    [Number.NaN, Number.NaN],
    [[], []],
    [{}, {}],
    [
      { a: [1, { b: 'x' }], c: null },
      { c: null, a: [1, { b: 'x' }] },
    ],
    [
      [{ id: 'balance.natural', cells: [cellId(cellAddress('applications', 'newReceived', 'natural'))] }],
      [{ id: 'balance.natural', cells: [cellId(cellAddress('applications', 'newReceived', 'natural'))] }],
    ],
  ])('%j equals %j', (a, b) => {
    expect(structurallyEqual(a, b)).toBe(true);
  });

  const date = new Date(0);
  it.each([
    [1, 2],
    [0, -0],
    [1, '1'],
    [null, undefined],
    [null, {}],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], [1, 1]],
    [[], {}],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: undefined }, { b: undefined }],
    [{ a: { b: [1] } }, { a: { b: [2] } }],
    [new Map([['a', 1]]), new Map([['a', 2]])],
    [date, new Date(0)],
  ])('%j differs from %j', (a, b) => {
    expect(structurallyEqual(a, b)).toBe(false);
  });

  it('a Map or Date equals itself', () => {
    const map = new Map();
    expect(structurallyEqual(map, map)).toBe(true);
    expect(structurallyEqual(date, date)).toBe(true);
  });
});
