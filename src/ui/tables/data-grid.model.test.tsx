// @vitest-environment happy-dom
// Model-based test of the grids (issue 14 §1): random sequences of clicks, double clicks, digits,
// F2, Enter, Tab, arrows, Esc, Backspace, Delete, Ctrl+Z/Ctrl+Y, paste and IME input run against
// the real DataGrid, compared after every step with the reference model (cell texts shown and
// saved, the selected cell, its mode, the input's text selection).
import { act, cleanup, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import type { ApplicantColumn, ApplicationRow } from '../../domain/report/keys';
import { rangeLabel } from '../../domain/report/labels';
import { PROACTIVE_SECTIONS } from '../../domain/tables/proactive-table';
import { APPEALS_MODEL, type GridModel, MATRIX_MODEL, proactiveModel } from './grid-model';
import { type MountedGrid, mountGrid } from './test-grid-dom';
import { type GridAction, GridReferenceModel } from './test-grid-model';

afterEach(cleanup);

const REGULATIONS = proactiveModel(PROACTIVE_SECTIONS[0]!, 0);
const FEES = proactiveModel(PROACTIVE_SECTIONS[3]!, 3);

/** Runs the actions on a mounted grid and on a fresh model, comparing after each one. */
function runOn(grid: MountedGrid, model: GridModel, actions: readonly GridAction[], initial = {}) {
  const ref = new GridReferenceModel(model, initial);
  expect(grid.view(ref.inputCells)).toEqual(ref.view());
  actions.forEach((action, i) => {
    if (!ref.applies(action)) return;
    ref.apply(action);
    grid.run(action);
    const where = `after step ${i} ${JSON.stringify(action)} of ${JSON.stringify(actions)}`;
    expect(grid.view(ref.inputCells), where).toEqual(ref.view());
    expect(grid.stored(ref.inputCells), where).toEqual(ref.stored());
  });
  return ref;
}

function runBoth(model: GridModel, actions: readonly GridAction[], initial: Record<string, string> = {}) {
  const grid = mountGrid(model, initial);
  try {
    return runOn(grid, model, actions, initial);
  } finally {
    grid.unmount();
  }
}

describe('fixed cases', () => {
  const A = cellId(cellAddress('applications', 'granted', 'natural'));
  const ABOVE = cellId(cellAddress('applications', 'carriedOver', 'natural'));

  it('0→70: Enter moves to a cell, a click on it, then 7 gives 7 (not 70)', () => {
    const grid = mountGrid(MATRIX_MODEL, { [A]: '0' });
    grid.run({ kind: 'click', cell: ABOVE });
    grid.run({ kind: 'key', key: 'Enter' });
    expect(document.activeElement).toBe(grid.input(A));
    // The browser would put the caret before the 0 (left of right-aligned text).
    grid.run({ kind: 'click', cell: A, caret: 0 });
    grid.run({ kind: 'type', ch: '7' });
    expect(grid.input(A).value).toBe('7');
    grid.run({ kind: 'key', key: 'Enter' });
    expect(grid.stored([A])[A]).toBe('7');
  });

  it('0→70 in the model sequence form', () => {
    const ref = runBoth(
      MATRIX_MODEL,
      [
        { kind: 'click', cell: ABOVE },
        { kind: 'key', key: 'Enter' },
        { kind: 'click', cell: A, caret: 0 },
        { kind: 'type', ch: '7' },
        { kind: 'key', key: 'Enter' },
      ],
      { [A]: '0' },
    );
    expect(ref.stored()[A]).toBe('7');
  });

  it('IME composition on a selected cell replaces its value', () => {
    const grid = mountGrid(MATRIX_MODEL, { [A]: '0' });
    grid.run({ kind: 'click', cell: A });
    grid.run({ kind: 'click', cell: A, caret: 0 });
    grid.run({ kind: 'ime', text: '７' });
    expect(grid.input(A).value).toBe('７');
    expect(grid.stored([A])[A]).toBe('７');
    grid.run({ kind: 'key', key: 'Enter' });
    expect(grid.stored([A])[A]).toBe('7');
  });

  it('F2 and double click keep the value with the caret at the end', () => {
    const grid = mountGrid(MATRIX_MODEL, { [A]: '12' });
    grid.run({ kind: 'click', cell: A });
    grid.run({ kind: 'key', key: 'F2' });
    expect(grid.view([A])).toMatchObject({ mode: 'edit', selection: { start: 2, end: 2 } });
    grid.run({ kind: 'type', ch: '3' });
    expect(grid.input(A).value).toBe('123');
    grid.run({ kind: 'key', key: 'Escape' });
    expect(grid.view([A])).toMatchObject({ mode: 'select', values: { [A]: '12' } });
    grid.run({ kind: 'dblclick', cell: A });
    expect(grid.view([A])).toMatchObject({ mode: 'edit', selection: { start: 2, end: 2 } });
    grid.run({ kind: 'click', cell: A, caret: 0 });
    grid.run({ kind: 'type', ch: '4' });
    expect(grid.input(A).value).toBe('412');
  });

  // Chromium's autofill reads the whole form of a focused or changed field (grid-cell.tsx).
  it('each input is the only field of a form of its own, which never submits', () => {
    const grid = mountGrid(MATRIX_MODEL);
    try {
      const inputs = [...grid.container.querySelectorAll<HTMLInputElement>('input[data-cell]')];
      expect(inputs.length).toBeGreaterThan(100);
      const forms = new Set(inputs.map((i) => i.form));
      expect(forms.size).toBe(inputs.length);
      for (const input of inputs) expect([...input.form!.elements]).toEqual([input]);
      const submit = new Event('submit', { bubbles: true, cancelable: true });
      inputs[0]!.form!.dispatchEvent(submit);
      expect(submit.defaultPrevented).toBe(true);
    } finally {
      grid.unmount();
    }
  });
});

describe('ranges (Excel/WPS: Shift+arrows, Shift+click, a drag; Delete, copy, paste over them)', () => {
  const at = (row: ApplicationRow, column: ApplicantColumn) =>
    cellId(cellAddress('applications', row, column));
  const initial = {
    [at('newReceived', 'natural')]: '3',
    [at('newReceived', 'business')]: '4',
    [at('carriedOver', 'natural')]: '5',
    [at('carriedOver', 'business')]: '',
  };
  const square = [
    at('newReceived', 'natural'),
    at('newReceived', 'business'),
    at('carriedOver', 'natural'),
    at('carriedOver', 'business'),
  ];
  const status = (grid: MountedGrid) =>
    grid.container.querySelector('[data-range-status]')?.textContent ?? '';
  const shown = (grid: MountedGrid) =>
    [...grid.container.querySelectorAll<HTMLElement>('td.in-range [data-cell]')].map((e) => e.dataset.cell);
  const select2x2 = (grid: MountedGrid) => {
    grid.run({ kind: 'click', cell: square[0]! });
    grid.run({ kind: 'key', key: 'ArrowRight', shift: true });
    grid.run({ kind: 'key', key: 'ArrowDown', shift: true });
  };

  it('Shift+arrows select a range, drawn and announced; Delete clears it as one undo step', () => {
    const grid = mountGrid(MATRIX_MODEL, initial);
    try {
      select2x2(grid);
      expect(shown(grid)).toEqual(square);
      expect(status(grid)).toBe(rangeLabel(2, 2));
      // the selected cell stays where the range began
      expect(document.activeElement).toBe(grid.input(square[0]!));
      grid.run({ kind: 'key', key: 'Delete' });
      expect(grid.stored(square)).toEqual(Object.fromEntries(square.map((c) => [c, ''])));
      grid.run({ kind: 'undo' });
      expect(grid.stored(square)).toEqual(Object.fromEntries(square.map((c) => [c, initial[c]])));
      // a plain move ends the range
      grid.run({ kind: 'key', key: 'ArrowRight' });
      expect(shown(grid)).toEqual([]);
      expect(status(grid)).toBe('');
    } finally {
      grid.unmount();
    }
  });

  it('typing in a range with Enter fills it down its columns and comes back to its first cell (Excel)', () => {
    const grid = mountGrid(MATRIX_MODEL, initial);
    try {
      select2x2(grid);
      for (const ch of ['1', '2', '3', '4']) {
        grid.run({ kind: 'type', ch });
        grid.run({ kind: 'key', key: 'Enter' });
      }
      expect(grid.stored(square)).toEqual({
        [square[0]!]: '1',
        [square[2]!]: '2',
        [square[1]!]: '3',
        [square[3]!]: '4',
      });
      expect(document.activeElement).toBe(grid.input(square[0]!));
      expect(shown(grid)).toEqual(square);
      // Tab goes along its rows
      grid.run({ kind: 'key', key: 'Tab' });
      expect(document.activeElement).toBe(grid.input(square[1]!));
      grid.run({ kind: 'key', key: 'Tab' });
      expect(document.activeElement).toBe(grid.input(square[2]!));
      expect(status(grid)).toBe(rangeLabel(2, 2));
    } finally {
      grid.unmount();
    }
  });

  it('Ctrl+A selects the whole table (totals included); Delete then clears every input cell as one undo step', () => {
    const grid = mountGrid(APPEALS_MODEL);
    try {
      const ref = new GridReferenceModel(APPEALS_MODEL);
      const all = grid.container.querySelectorAll('[data-cell]').length;
      grid.run({ kind: 'click', cell: ref.inputCells[3]! });
      grid.run({ kind: 'type', ch: '8' });
      grid.run({ kind: 'key', key: 'Enter' });
      grid.run({ kind: 'selectAll' });
      expect(shown(grid)).toHaveLength(all);
      grid.run({ kind: 'key', key: 'Delete' });
      expect(grid.stored([ref.inputCells[3]!])).toEqual({ [ref.inputCells[3]!]: '' });
      grid.run({ kind: 'undo' });
      expect(grid.stored([ref.inputCells[3]!])).toEqual({ [ref.inputCells[3]!]: '8' });
    } finally {
      grid.unmount();
    }
  });

  it('copies a range (totals as shown) as TSV and an HTML table; a cut clears it as one undo step', () => {
    const grid = mountGrid(MATRIX_MODEL, initial);
    try {
      grid.run({ kind: 'click', cell: square[0]! });
      // Shift+click on the row's 总计 (a total, not an input)
      const total = grid.container.querySelector<HTMLElement>(
        `output[data-cell="${at('newReceived', 'total')}"]`,
      )!;
      act(() => {
        fireEvent.mouseDown(total, { button: 0, shiftKey: true });
      });
      expect(shown(grid)).toHaveLength(7);
      expect(status(grid)).toBe(rangeLabel(1, 7));
      const copy = (type: 'copy' | 'cut') => {
        const data: Record<string, string> = {};
        const event = new Event(type, { bubbles: true, cancelable: true });
        Object.defineProperty(event, 'clipboardData', {
          value: {
            setData: (t: string, v: string) => {
              data[t] = v;
            },
            getData: () => '',
          },
        });
        act(() => {
          document.activeElement!.dispatchEvent(event);
        });
        return { data, prevented: event.defaultPrevented };
      };
      const copied = copy('copy');
      expect(copied.prevented).toBe(true);
      expect(copied.data['text/plain']).toBe(`3\t4\t\t\t\t\t${total.textContent}\r\n`);
      expect(copied.data['text/html']).toContain('<tr><td>3</td><td>4</td><td></td>');
      expect(grid.stored(square)).toEqual(initial);
      const cut = copy('cut');
      expect(cut.data['text/plain']).toBe(copied.data['text/plain']);
      expect(grid.stored([square[0]!, square[1]!])).toEqual({ [square[0]!]: '', [square[1]!]: '' });
      grid.run({ kind: 'undo' });
      expect(grid.stored(square)).toEqual(initial);
    } finally {
      grid.unmount();
    }
  });

  it('one value pasted over a range fills every input cell of it (one undo step); a block lands from its top-left', () => {
    const grid = mountGrid(MATRIX_MODEL, initial);
    try {
      select2x2(grid);
      grid.run({ kind: 'paste', text: '6' });
      expect(grid.stored(square)).toEqual(Object.fromEntries(square.map((c) => [c, '6'])));
      grid.run({ kind: 'undo' });
      expect(grid.stored(square)).toEqual(initial);
      // undo selected the first cell undone, the range's top-left: select the range again from there
      select2x2(grid);
      grid.run({ kind: 'paste', text: '1\t2\r\n' });
      expect(grid.stored(square)).toEqual({ ...initial, [square[0]!]: '1', [square[1]!]: '2' });
    } finally {
      grid.unmount();
    }
  });

  it('a drag from a total selects the rectangle from it, its first input cell selected (Excel)', () => {
    const grid = mountGrid(MATRIX_MODEL, initial);
    try {
      const total = grid.container.querySelector<HTMLElement>(
        `output[data-cell="${at('newReceived', 'total')}"]`,
      )!;
      act(() => {
        fireEvent.mouseDown(total, { button: 0, buttons: 1 });
      });
      const to = grid.input(at('carriedOver', 'otherOrg'));
      act(() => {
        fireEvent.mouseOver(to, { buttons: 1 });
      });
      expect(shown(grid)).toEqual([
        at('newReceived', 'otherOrg'),
        at('newReceived', 'total'),
        at('carriedOver', 'otherOrg'),
        at('carriedOver', 'total'),
      ]);
      expect(document.activeElement).toBe(grid.input(at('newReceived', 'otherOrg')));
    } finally {
      grid.unmount();
    }
  });

  it('a drag from a cell selects the rectangle it covers', () => {
    const grid = mountGrid(MATRIX_MODEL, initial);
    try {
      const from = grid.input(square[0]!);
      act(() => {
        if (fireEvent.mouseDown(from, { button: 0, buttons: 1 })) from.focus();
      });
      act(() => {
        fireEvent.mouseOver(grid.input(square[3]!), { buttons: 1 });
      });
      expect(shown(grid)).toEqual(square);
      act(() => {
        fireEvent.mouseUp(grid.input(square[3]!), { button: 0 });
      });
      // the button released: moving over cells selects nothing more
      act(() => {
        fireEvent.mouseOver(grid.input(at('granted', 'natural')), { buttons: 0 });
      });
      expect(shown(grid)).toEqual(square);
      expect(document.activeElement).toBe(from);
    } finally {
      grid.unmount();
    }
  });
});

// ---- random sequences ----------------------------------------------------------------------
const digit = fc.constantFrom('0', '1', '2', '3', '5', '7', '9');
function actionArb(cells: readonly string[]): fc.Arbitrary<GridAction> {
  const cell = fc.constantFrom(...cells);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('click' as const), cell, caret: fc.nat(4) }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('click' as const), cell, shift: fc.constant(true) }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('dblclick' as const), cell }) },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('type' as const), ch: digit }) },
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('key' as const),
        key: fc.constantFrom(
          'Enter',
          'Tab',
          'ArrowUp',
          'ArrowDown',
          'ArrowLeft',
          'ArrowRight',
          'Escape',
          'F2',
          'Backspace',
          'Delete',
        ),
        shift: fc.constantFrom(false, false, false, true),
      }),
    },
    // ranges (cell-interaction.ts ⁸): Shift+arrows often enough that Delete, paste and clicks meet them
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('key' as const),
        key: fc.constantFrom('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'),
        shift: fc.constant(true),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'selectAll' as const }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        digit.map((d) => ({ kind: 'paste' as const, text: `${d}${d}` })),
        fc
          .tuple(digit, digit, digit, digit)
          .map(([a, b, c, d]) => ({ kind: 'paste' as const, text: `${a}\t${b}\r\n${c}\t${d}\r\n` })),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('１', '２３', '０').map((text) => ({ kind: 'ime' as const, text })),
    },
  );
}

describe('random sequences match the model', () => {
  it.each([
    ['part 二, 规章/行政规范性文件', REGULATIONS, 700],
    ['part 二, 行政事业性收费 (decimal)', FEES, 200],
    ['part 四', APPEALS_MODEL, 400],
    ['part 三 matrix', MATRIX_MODEL, 500],
  ] as const)('%s', { timeout: 600_000 }, (_name, model, runs) => {
    const cells = new GridReferenceModel(model).inputCells;
    // The matrix is large: sequences start near its top-left corner, where Enter/Tab wrap, in its
    // middle (the （三） rows under a merged heading) and in its last rows (Enter/Tab stop there).
    const near =
      model === MATRIX_MODEL
        ? [...cells.slice(0, 2), ...cells.slice(6, 8), ...cells.slice(36, 38), ...cells.slice(-8)]
        : cells;
    // One mounted grid for all sequences (reset in between): mounting is the slow part in happy-dom.
    const grid = mountGrid(model);
    try {
      fc.assert(
        fc.property(fc.array(actionArb(near), { minLength: 1, maxLength: 10 }), (actions) => {
          grid.reset();
          runOn(grid, model, actions);
        }),
        { numRuns: runs },
      );
    } finally {
      grid.unmount();
    }
  });
});

describe('the grid’s paste notice', () => {
  it('says what the last paste did, and nothing once a later paste wrote nothing', () => {
    const grid = mountGrid(MATRIX_MODEL);
    try {
      const first = cellId(cellAddress('applications', 'newReceived', 'natural'));
      const notice = () => grid.container.querySelector('[data-grid-notice]')?.textContent ?? '';
      grid.run({ kind: 'click', cell: first });
      grid.run({ kind: 'paste', text: '1\t2\r\n3\t4\r\n' });
      expect(notice()).toContain('已粘贴4个单元格');
      grid.run({ kind: 'paste', text: ' ' });
      expect(notice()).toBe('');
    } finally {
      grid.unmount();
    }
  });
});
