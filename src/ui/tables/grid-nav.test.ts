import { describe, expect, it } from 'vitest';
import { below, extend, move, type NavGrid, rectangle } from './grid-nav';

// 4 rows × 3 columns; column 2 is derived (总计), row 2 is derived (（七）总计).
const grid: NavGrid = { rows: 4, cols: 3, isInput: (r, c) => c !== 2 && r !== 2 };

describe('grid movement', () => {
  it.each([
    [{ r: 0, c: 0 }, 'ArrowRight', false, { r: 0, c: 1 }],
    [{ r: 0, c: 1 }, 'ArrowRight', false, null],
    [{ r: 1, c: 0 }, 'ArrowDown', false, { r: 3, c: 0 }],
    [{ r: 3, c: 0 }, 'ArrowUp', false, { r: 1, c: 0 }],
    [{ r: 0, c: 0 }, 'ArrowUp', false, null],
    [{ r: 0, c: 1 }, 'Tab', false, { r: 1, c: 0 }],
    [{ r: 1, c: 0 }, 'Tab', true, { r: 0, c: 1 }],
    [{ r: 3, c: 1 }, 'Tab', false, null],
    [{ r: 0, c: 0 }, 'Tab', true, null],
    [{ r: 1, c: 0 }, 'Enter', false, { r: 3, c: 0 }],
    [{ r: 3, c: 0 }, 'Enter', false, { r: 0, c: 1 }],
    [{ r: 0, c: 1 }, 'Enter', true, { r: 3, c: 0 }],
  ] as const)('from %j %s (shift %s) → %j', (from, key, shift, to) => {
    expect(move(grid, from, key, shift)).toEqual(to);
  });
});

describe('jumps: Home / End along the row, Ctrl+arrow to the edge, Ctrl+Home / Ctrl+End', () => {
  // 5 rows × 4 columns; column 3 derived, row 2 derived.
  const wide: NavGrid = { rows: 5, cols: 4, isInput: (r, c) => c !== 3 && r !== 2 };
  it.each([
    [{ r: 1, c: 2 }, 'Home', false, { r: 1, c: 0 }],
    [{ r: 1, c: 0 }, 'End', false, { r: 1, c: 2 }],
    [{ r: 1, c: 0 }, 'Home', false, null], // already there
    [{ r: 0, c: 0 }, 'ArrowDown', true, { r: 4, c: 0 }],
    [{ r: 4, c: 2 }, 'ArrowUp', true, { r: 0, c: 2 }],
    [{ r: 3, c: 0 }, 'ArrowRight', true, { r: 3, c: 2 }],
    [{ r: 3, c: 2 }, 'ArrowRight', true, null], // at the edge
    [{ r: 4, c: 1 }, 'Home', true, { r: 0, c: 0 }],
    [{ r: 0, c: 1 }, 'End', true, { r: 4, c: 2 }],
  ] as const)('from %j %s (ctrl %s) → %j', (from, key, ctrl, to) => {
    expect(move(wide, from, key, false, ctrl)).toEqual(to);
  });
});

describe('below: Enter after a run of Tab, under the run’s first column', () => {
  it.each([
    [{ r: 0, c: 1 }, 0, { r: 1, c: 0 }],
    [{ r: 1, c: 1 }, 0, { r: 3, c: 0 }], // the derived row 2 is skipped
    [{ r: 3, c: 1 }, 0, null], // no row below
    [{ r: 0, c: 0 }, 2, null], // a derived column has no input
  ] as const)('from %j in column %i → %j', (from, col, to) => {
    expect(below(grid, from, col)).toEqual(to);
  });
});

describe('extending a range', () => {
  it.each([
    // totals are cells of a range like any other
    [{ r: 0, c: 1 }, 'ArrowRight', false, { r: 0, c: 2 }],
    [{ r: 1, c: 0 }, 'ArrowDown', false, { r: 2, c: 0 }],
    [{ r: 0, c: 2 }, 'ArrowRight', false, null],
    [{ r: 0, c: 0 }, 'ArrowUp', false, null],
    [{ r: 1, c: 1 }, 'ArrowDown', true, { r: 3, c: 1 }],
    [{ r: 3, c: 1 }, 'ArrowLeft', true, { r: 3, c: 0 }],
    [{ r: 2, c: 1 }, 'Home', false, { r: 2, c: 0 }],
    [{ r: 2, c: 1 }, 'End', false, { r: 2, c: 2 }],
    [{ r: 2, c: 1 }, 'Home', true, { r: 0, c: 0 }],
    [{ r: 2, c: 1 }, 'End', true, { r: 3, c: 2 }],
    [{ r: 3, c: 2 }, 'End', true, null],
    [{ r: 1, c: 1 }, 'Tab', false, null],
  ] as const)('from %o %s (ctrl %s) → %o', (from, key, ctrl, to) => {
    expect(extend(grid, from, key, ctrl)).toEqual(to);
  });

  it('a rectangle is its rows of cells whichever corner comes first', () => {
    const cells = [
      [
        { r: 1, c: 0 },
        { r: 1, c: 1 },
      ],
      [
        { r: 2, c: 0 },
        { r: 2, c: 1 },
      ],
    ];
    expect(rectangle({ r: 1, c: 0 }, { r: 2, c: 1 })).toEqual(cells);
    expect(rectangle({ r: 2, c: 1 }, { r: 1, c: 0 })).toEqual(cells);
    expect(rectangle({ r: 3, c: 2 }, { r: 3, c: 2 })).toEqual([[{ r: 3, c: 2 }]]);
  });
});
