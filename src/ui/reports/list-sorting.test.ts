import { describe, expect, it } from 'vitest';
import { compareText, compareValue, nextSorting, orderRows, type SortKey } from './list-sorting';

type Row = { name: string; n: number | null };
const keys: Record<string, SortKey<Row>> = {
  name: { value: (r) => r.name, compare: 'text', first: 'asc' },
  n: { value: (r) => r.n, compare: 'value', first: 'desc' },
};
const rows: Row[] = [
  { name: '第10中学', n: 3 },
  { name: '第9中学', n: null },
  { name: 'b局', n: 3 },
  { name: 'A局', n: 7 },
];
const names = (list: readonly Row[]) => list.map((r) => r.name);

describe('list sorting', () => {
  it('a header click cycles: its first direction, the other, then the list order', () => {
    expect(nextSorting(null, 'name', 'asc')).toEqual({ columnId: 'name', direction: 'asc' });
    expect(nextSorting({ columnId: 'name', direction: 'asc' }, 'name', 'asc')).toEqual({
      columnId: 'name',
      direction: 'desc',
    });
    expect(nextSorting({ columnId: 'name', direction: 'desc' }, 'name', 'asc')).toBeNull();
    expect(nextSorting(null, 'n', 'desc')).toEqual({ columnId: 'n', direction: 'desc' });
    expect(nextSorting({ columnId: 'n', direction: 'desc' }, 'n', 'desc')).toEqual({
      columnId: 'n',
      direction: 'asc',
    });
    expect(nextSorting({ columnId: 'n', direction: 'asc' }, 'n', 'desc')).toBeNull();
    // another column starts again at its first direction
    expect(nextSorting({ columnId: 'n', direction: 'asc' }, 'name', 'asc')).toEqual({
      columnId: 'name',
      direction: 'asc',
    });
  });

  it('text: any case, digits as numbers; values: null first', () => {
    expect(compareText('第9中学', '第10中学')).toBeLessThan(0);
    expect(compareText('单位000', '单位001')).toBeLessThan(0);
    expect(compareText('单位120', '单位12')).toBeGreaterThan(0);
    expect(compareText('a局', 'A局')).toBe(0);
    expect(compareText('单位7', '单位007')).toBeLessThan(0);
    expect(compareValue(null, 0)).toBeLessThan(0);
    expect(compareValue('2025-01-02T00:00:00.000Z', '2025-01-10T00:00:00.000Z')).toBeLessThan(0);
    expect(compareValue(2, 2)).toBe(0);
  });

  it('sorts stably, both ways, and keeps the given order while nothing is sorted', () => {
    expect(orderRows(rows, [], null, keys)).toBe(rows);
    expect(names(orderRows(rows, [], { columnId: 'name', direction: 'asc' }, keys))).toEqual([
      'A局',
      'b局',
      '第9中学',
      '第10中学',
    ]);
    // equal values (3, 3) keep the list order in both directions
    expect(names(orderRows(rows, [], { columnId: 'n', direction: 'desc' }, keys))).toEqual([
      'A局',
      '第10中学',
      'b局',
      '第9中学',
    ]);
    expect(names(orderRows(rows, [], { columnId: 'n', direction: 'asc' }, keys))).toEqual([
      '第9中学',
      '第10中学',
      'b局',
      'A局',
    ]);
  });

  it('filters before sorting, every filter must keep the row', () => {
    const kept = orderRows(
      rows,
      [(r) => r.name.includes('中学'), (r) => r.n !== null],
      { columnId: 'name', direction: 'desc' },
      keys,
    );
    expect(names(kept)).toEqual(['第10中学']);
  });
});
