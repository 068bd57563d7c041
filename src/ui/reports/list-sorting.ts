// Sorting and filtering of the reports list, without a table library: the list is the first screen,
// and TanStack Table cost ~12 kB (gzip) of the JS loaded at start (issue 17 §3; the editor's grid,
// the 汇总 and 批量审核 still use it, in their own chunks). A header click cycles a column through
// its first direction, the other one, and back to the list's own order (storage's: 最后保存, newest
// first); rows that compare equal keep that order.

export type SortDirection = 'asc' | 'desc';
export type Sorting = { columnId: string; direction: SortDirection } | null;

/** How a column orders: names and labels as text (numbers inside in numeric order), the rest as values. */
export type SortKey<T> = {
  value: (row: T) => string | number | null;
  compare: 'text' | 'value';
  /** the direction of the first click: text A→Z, numbers and dates largest first */
  first: SortDirection;
};

export type RowFilter<T> = (row: T) => boolean;

/** The sorting after a click on `columnId`'s header. */
export function nextSorting(current: Sorting, columnId: string, first: SortDirection): Sorting {
  if (current?.columnId !== columnId) return { columnId, direction: first };
  if (current.direction === first) return { columnId, direction: first === 'asc' ? 'desc' : 'asc' };
  return null;
}

const DIGITS = /^[0-9]+$/;

/**
 * Text order, case-insensitive, with each run of digits compared as a number: 「第9中学」 before
 * 「第10中学」, 「单位007」 beside 「单位7」 (then the shorter run first).
 */
export function compareText(a: string, b: string): number {
  const pa = a.toLowerCase().split(/([0-9]+)/);
  const pb = b.toLowerCase().split(/([0-9]+)/);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (DIGITS.test(x) && DIGITS.test(y)) {
      const tx = x.replace(/^0+(?=.)/, '');
      const ty = y.replace(/^0+(?=.)/, '');
      if (tx.length !== ty.length) return tx.length - ty.length;
      if (tx !== ty) return tx < ty ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Numbers and ISO timestamps; a missing value (null) before any other. */
export function compareValue(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a > b ? 1 : a < b ? -1 : 0;
}

/** The rows the filters keep, in `sorting`'s order (stable), or as given while nothing is sorted. */
export function orderRows<T>(
  rows: readonly T[],
  filters: readonly RowFilter<T>[],
  sorting: Sorting,
  keys: Readonly<Record<string, SortKey<T>>>,
): readonly T[] {
  const kept = filters.length === 0 ? rows : rows.filter((r) => filters.every((f) => f(r)));
  const key = sorting === null ? undefined : keys[sorting.columnId];
  if (sorting === null || key === undefined) return kept;
  const sign = sorting.direction === 'asc' ? 1 : -1;
  const values = kept.map((row, index) => ({ row, index, value: key.value(row) }));
  values.sort((a, b) => {
    const c =
      key.compare === 'text'
        ? compareText(String(a.value ?? ''), String(b.value ?? ''))
        : compareValue(a.value, b.value);
    return c !== 0 ? sign * c : a.index - b.index;
  });
  return values.map((v) => v.row);
}
