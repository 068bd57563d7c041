import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERSCAN, rowRange, type Viewport, type WindowItem, windowItems } from './row-window';

const view = (scrollTop: number, height = 400, rowHeight = 40, offset = 40): Viewport => ({
  scrollTop,
  height,
  rowHeight,
  offset,
});

describe('rowRange', () => {
  it.each([
    // [total, scrollTop, expected] with a 400 px view, 40 px rows under a 40 px header
    [1000, 0, { start: 0, end: 10 + 1 + OVERSCAN }],
    [1000, 40, { start: 0, end: 10 + 1 + OVERSCAN }],
    [1000, 40 + 40 * 100, { start: 100 - OVERSCAN, end: 111 + OVERSCAN }],
    [1000, 40 + 40 * 995, { start: 995 - OVERSCAN, end: 1000 }],
    [5, 0, { start: 0, end: 5 }],
    [0, 0, { start: 0, end: 0 }],
  ])('%i rows scrolled to %i px → %o', (total, scrollTop, expected) => {
    expect(rowRange(total, view(scrollTop))).toEqual(expected);
  });

  it('covers every row that is at least partly in view, within bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 0, max: 100 }),
        (total, scrollTop, height, rowHeight, offset) => {
          const v = { scrollTop, height, rowHeight, offset };
          const { start, end } = rowRange(total, v);
          expect(0 <= start && start <= end && end <= total).toBe(true);
          for (let i = 0; i < total; i++) {
            const top = offset + i * rowHeight - scrollTop;
            const inView = top < height && top + rowHeight > 0;
            if (inView) expect(i >= start && i < end, `row ${i}`).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

const rowsOf = (items: WindowItem[]) => items.flatMap((i) => (i.kind === 'row' ? [i.index] : []));

describe('windowItems', () => {
  it.each([
    ['top of the list', 10, { start: 0, end: 3 }, null, [0, 1, 2, 'gap 7']],
    ['middle', 10, { start: 4, end: 6 }, null, ['gap 4', 4, 5, 'gap 4']],
    // the focused row comes with one neighbour on each side
    ['focus pinned above', 12, { start: 8, end: 10 }, 2, ['gap 1', 1, 2, 3, 'gap 4', 8, 9, 'gap 2']],
    ['focus pinned below', 10, { start: 0, end: 2 }, 9, [0, 1, 'gap 6', 8, 9]],
    ['focus pinned next to the range', 10, { start: 0, end: 2 }, 3, [0, 1, 2, 3, 4, 'gap 5']],
    ['focus inside the range', 10, { start: 2, end: 5 }, 3, ['gap 2', 2, 3, 4, 'gap 5']],
    ['everything', 3, { start: 0, end: 3 }, null, [0, 1, 2]],
  ] as const)('%s', (_case, total, range, pinned, expected) => {
    const items = windowItems(total, range, pinned).map((i) =>
      i.kind === 'row' ? i.index : `gap ${i.rows}`,
    );
    expect(items).toEqual(expected);
  });

  it('accounts for every row exactly once, keeps the range and the pinned row, never two gaps in a row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: -5, max: 520 }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: -2, max: 520 }), { nil: null }),
        (total, start, length, pinned) => {
          const items = windowItems(total, { start, end: start + length }, pinned);
          const counted = items.reduce((n, i) => n + (i.kind === 'row' ? 1 : i.rows), 0);
          expect(counted).toBe(total);
          const rows = rowsOf(items);
          expect(rows).toEqual([...rows].sort((a, b) => a - b));
          expect(new Set(rows).size).toBe(rows.length);
          for (let i = Math.max(0, start); i < Math.min(total, start + length); i++)
            expect(rows).toContain(i);
          if (pinned !== null && pinned >= 0 && pinned < total) {
            for (const i of [pinned - 1, pinned, pinned + 1])
              if (i >= 0 && i < total) expect(rows).toContain(i);
          }
          items.forEach((item, k) => {
            if (item.kind === 'gap') {
              expect(item.rows).toBeGreaterThan(0);
              expect(items[k + 1]?.kind).not.toBe('gap');
            }
          });
          expect(new Set(items.filter((i) => i.kind === 'gap').map((i) => i.key)).size).toBe(
            items.filter((i) => i.kind === 'gap').length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
