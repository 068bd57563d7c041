// The table in cell-interaction.ts's header, row by row, with hand-written outcomes.
import { describe, expect, it } from 'vitest';
import {
  type CellEvent,
  type CellState,
  type Effect,
  type GridEnv,
  IDLE,
  interact,
  type Mode,
} from './cell-interaction';

// a b
// c d   — Enter goes down then to the next column; Tab along the row; nothing past d.
const ORDER_ROW = ['a', 'b', 'c', 'd'];
const ORDER_COL = ['a', 'c', 'b', 'd'];
const values: Record<string, string> = { a: '12', b: '', c: '0', d: '5' };
const env = (locked = false): GridEnv => ({
  value: (cell) => values[cell] ?? '',
  move: (cell, key, shift) => {
    const step = (order: string[], d: number) => order[order.indexOf(cell) + d] ?? null;
    switch (key) {
      case 'Tab':
        return step(ORDER_ROW, shift ? -1 : 1);
      case 'Enter':
        return step(ORDER_COL, shift ? -1 : 1);
      case 'ArrowRight':
        return cell === 'a' ? 'b' : cell === 'c' ? 'd' : null;
      case 'ArrowLeft':
        return cell === 'b' ? 'a' : cell === 'd' ? 'c' : null;
      case 'ArrowDown':
        return cell === 'a' ? 'c' : cell === 'b' ? 'd' : null;
      case 'ArrowUp':
        return cell === 'c' ? 'a' : cell === 'd' ? 'b' : null;
      case 'Home':
        return cell === 'b' ? 'a' : cell === 'd' ? 'c' : null;
      case 'End':
        return cell === 'a' ? 'b' : cell === 'c' ? 'd' : null;
    }
  },
  returnTo: (cell, start) => {
    const row = (c: string) => Math.floor(ORDER_ROW.indexOf(c) / 2);
    const col = (c: string) => ORDER_ROW.indexOf(c) % 2;
    return ORDER_ROW.find((c) => row(c) > row(cell) && col(c) === col(start)) ?? null;
  },
  committed: (_cell, text) => text.replace(/１/g, '1').trim(),
  extend: (cell, key, ctrl) => {
    const [r, c] = POS[cell]!;
    const to: [number, number] | null =
      key === 'ArrowRight' || key === 'End'
        ? [r, c + 1]
        : key === 'ArrowLeft' || key === 'Home'
          ? [r, c - 1]
          : key === 'ArrowDown'
            ? [r + 1, c]
            : key === 'ArrowUp'
              ? [r - 1, c]
              : null;
    if (ctrl && key === 'Home') return cell === 'a' ? null : 'a';
    if (ctrl && key === 'End') return cell === 'u' ? null : 'u';
    const id = to && Object.keys(POS).find((k) => POS[k]![0] === to[0] && POS[k]![1] === to[1]);
    return id ?? null;
  },
  block: (x, y) => {
    const [r1, c1] = POS[x]!;
    const [r2, c2] = POS[y]!;
    const out: string[][] = [];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      const row: string[] = [];
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++)
        row.push(Object.keys(POS).find((k) => POS[k]![0] === r && POS[k]![1] === c)!);
      out.push(row);
    }
    return out;
  },
  isInput: (cell) => cell !== 't' && cell !== 'u',
  locked,
});
// For ranges (⁸): a b t / c d u — t and u a column of totals, never selected, never written.
const POS: Record<string, [number, number]> = {
  a: [0, 0],
  b: [0, 1],
  t: [0, 2],
  c: [1, 0],
  d: [1, 1],
  u: [1, 2],
};

const at = (cell: string, mode: Mode = 'select', text = '', original = ''): CellState => ({
  ...IDLE,
  cell,
  mode,
  text,
  original: mode === 'select' ? '' : original || values[cell]!,
});
const key = (k: string, mods: { shift?: boolean; ctrl?: boolean } = {}): CellEvent => ({
  type: 'key',
  key: k,
  ...mods,
});
const P: Effect = { type: 'prevent' };
const W = (cell: string, text: string): Effect => ({ type: 'write', cell, text });
const R = (cell: string, before: string, after: string): Effect => ({ type: 'record', cell, before, after });
const F = (cell: string): Effect => ({ type: 'focus', cell });
const RV = (cell: string): Effect => ({ type: 'reveal', cell });
const ranged = (cell: string, end: string): CellState => ({
  ...at(cell),
  range: { anchor: cell, end },
  rangeAt: cell,
});
/** The selected cell `cell` in a range from `anchor` to `end` (where Enter/Tab cycled to). */
const inside = (cell: string, anchor: string, end: string, mode: Mode = 'select', text = ''): CellState => ({
  ...at(cell, mode, text),
  range: { anchor, end },
  rangeAt: cell,
});

type Row = [string, CellState, CellEvent, Partial<CellState>, Effect[]];
const rows: Row[] = [
  // clicks
  [
    'click another cell selects it (focus follows)',
    at('a'),
    { type: 'mousedown', cell: 'b' },
    { cell: 'a' },
    [P, F('b')],
  ],
  [
    'click the selected cell keeps select mode',
    at('a'),
    { type: 'mousedown', cell: 'a' },
    { mode: 'select' },
    [P],
  ],
  [
    'click the cell being entered keeps enter mode',
    at('a', 'enter', '7'),
    { type: 'mousedown', cell: 'a' },
    { mode: 'enter', text: '7' },
    [P],
  ],
  [
    'click the cell being edited: the browser places the caret',
    at('a', 'edit', '12'),
    { type: 'mousedown', cell: 'a' },
    { mode: 'edit' },
    [],
  ],
  ['focus selects', IDLE, { type: 'focus', cell: 'c' }, { cell: 'c', mode: 'select' }, []],
  [
    'double click edits, value kept',
    at('a'),
    { type: 'dblclick', cell: 'a' },
    { mode: 'edit', text: '12', original: '12' },
    [P],
  ],
  [
    'double click while entering switches to edit',
    at('a', 'enter', '7'),
    { type: 'dblclick', cell: 'a' },
    { mode: 'edit', text: '7' },
    [P],
  ],
  // typing
  [
    'a digit on a selected cell replaces the value',
    at('a'),
    key('7'),
    { mode: 'enter', text: '7', original: '12' },
    [P, W('a', '7')],
  ],
  [
    'a digit while entering is typed by the browser',
    at('a', 'enter', '7'),
    key('3'),
    { mode: 'enter', text: '7' },
    [],
  ],
  [
    'the browser typed: written through',
    at('a', 'enter', '7'),
    { type: 'input', text: '73' },
    { text: '73' },
    [W('a', '73')],
  ],
  [
    'IME starts on a selected cell: enter mode, nothing written yet',
    at('a'),
    { type: 'compositionstart' },
    { mode: 'enter', composing: true, original: '12' },
    [],
  ],
  [
    'IME text is not written while composing',
    { ...at('a', 'enter', '12'), composing: true },
    { type: 'input', text: '７' },
    { text: '７' },
    [],
  ],
  [
    'IME text is written when the composition ends',
    { ...at('a', 'enter', '12'), composing: true },
    { type: 'compositionend', text: '７' },
    { text: '７', composing: false },
    [W('a', '７')],
  ],
  // F2
  ['F2 edits, value kept', at('a'), key('F2'), { mode: 'edit', text: '12', original: '12' }, [P]],
  ['F2 while entering toggles to edit', at('a', 'enter', '7'), key('F2'), { mode: 'edit', text: '7' }, [P]],
  ['F2 while editing toggles to enter', at('a', 'edit', '12'), key('F2'), { mode: 'enter', text: '12' }, [P]],
  // moving
  ['Enter on a selected cell moves down', at('a'), key('Enter'), { cell: 'a', mode: 'select' }, [P, F('c')]],
  ['Shift+Enter moves up', at('c'), key('Enter', { shift: true }), {}, [P, F('a')]],
  [
    'Enter while entering finishes and moves',
    at('a', 'enter', '１'),
    key('Enter'),
    { mode: 'select' },
    [W('a', '1'), R('a', '12', '1'), P, F('c')],
  ],
  ['Enter past the last cell stays', at('d'), key('Enter'), { cell: 'd' }, [P]],
  ['Tab moves right', at('a'), key('Tab'), {}, [P, F('b')]],
  ['Shift+Tab moves left', at('b'), key('Tab', { shift: true }), {}, [P, F('a')]],
  [
    'Tab past the last cell lets focus leave',
    at('d', 'enter', '6'),
    key('Tab'),
    { mode: 'select' },
    [W('d', '6'), R('d', '5', '6')],
  ],
  // a row typed with Tab and ended with Enter (⁶): the next row starts under the run's first cell
  ['Tab begins a run at the cell it leaves', at('a'), key('Tab'), { tabStart: 'a', tabTo: 'b' }, [P, F('b')]],
  [
    'the focus the Tab asked for continues the run',
    { ...IDLE, tabStart: 'a', tabTo: 'b' },
    { type: 'focus', cell: 'b' },
    { cell: 'b', tabStart: 'a', tabTo: 'b' },
    [],
  ],
  [
    'any other focus ends the run',
    { ...IDLE, tabStart: 'a', tabTo: 'b' },
    { type: 'focus', cell: 'd' },
    { cell: 'd', tabStart: null, tabTo: null },
    [],
  ],
  [
    'Enter after a run of Tab goes to the next row under the run’s first cell',
    { ...at('b'), tabStart: 'a', tabTo: 'b' },
    key('Enter'),
    { tabStart: null, tabTo: null },
    [P, F('c')],
  ],
  [
    'Enter while entering after a run finishes the entry, then goes under the run’s first cell',
    { ...at('b', 'enter', '4'), tabStart: 'a', tabTo: 'b' },
    key('Enter'),
    { mode: 'select', tabStart: null },
    [W('b', '4'), R('b', '', '4'), P, F('c')],
  ],
  [
    'Shift+Enter after a run moves up as usual',
    { ...at('d'), tabStart: 'c', tabTo: 'd' },
    key('Enter', { shift: true }),
    { tabStart: null },
    [P, F('b')],
  ],
  [
    'Enter after a run on the last row moves as Enter does (here: stays)',
    { ...at('d'), tabStart: 'c', tabTo: 'd' },
    key('Enter'),
    { cell: 'd', tabStart: null },
    [P],
  ],
  [
    'a click ends the run',
    { ...at('b'), tabStart: 'a', tabTo: 'b' },
    { type: 'mousedown', cell: 'c' },
    { tabStart: null, tabTo: null },
    [P, F('c')],
  ],
  [
    'an arrow ends the run',
    { ...at('b'), tabStart: 'a', tabTo: 'b' },
    key('ArrowDown'),
    { tabStart: null, tabTo: null },
    [P, F('d')],
  ],
  ['an arrow on a selected cell moves', at('a'), key('ArrowRight'), {}, [P, F('b')]],
  [
    'an arrow while entering finishes and moves',
    at('a', 'enter', '3'),
    key('ArrowDown'),
    { mode: 'select' },
    [W('a', '3'), R('a', '12', '3'), P, F('c')],
  ],
  [
    '← → while editing move the caret (browser)',
    at('a', 'edit', '12'),
    key('ArrowLeft'),
    { mode: 'edit' },
    [],
  ],
  [
    '↑ ↓ while editing finish and move',
    at('a', 'edit', '123'),
    key('ArrowDown'),
    { mode: 'select' },
    [W('a', '123'), R('a', '12', '123'), P, F('c')],
  ],
  ['an arrow against the edge stays', at('b'), key('ArrowRight'), { cell: 'b' }, [P]],
  // Esc, Backspace, Delete
  ['Esc on a selected cell does nothing', at('a'), key('Escape'), { mode: 'select' }, []],
  [
    'Esc while entering restores the value',
    at('a', 'enter', '7'),
    key('Escape'),
    { mode: 'select' },
    [{ type: 'prevent', stop: true }, W('a', '12')],
  ],
  [
    'Esc while editing restores the value',
    at('a', 'edit', '129'),
    key('Escape'),
    { mode: 'select' },
    [{ type: 'prevent', stop: true }, W('a', '12')],
  ],
  [
    'Backspace on a selected cell clears it and starts an entry',
    at('a'),
    key('Backspace'),
    { mode: 'enter', text: '', original: '12' },
    [P, W('a', '')],
  ],
  [
    'Delete on a selected cell clears it as one undo step',
    at('a'),
    key('Delete'),
    { mode: 'select' },
    [P, W('a', ''), R('a', '12', '')],
  ],
  ['Delete on a blank cell changes nothing', at('b'), key('Delete'), {}, [P]],
  ['Backspace while editing is the browser’s', at('a', 'edit', '12'), key('Backspace'), { mode: 'edit' }, []],
  // undo / redo
  ['Ctrl+Z on a selected cell undoes', at('a'), key('z', { ctrl: true }), {}, [P, { type: 'undo' }]],
  [
    'Ctrl+Z while entering finishes, then undoes',
    at('a', 'enter', '7'),
    key('z', { ctrl: true }),
    { mode: 'select' },
    [W('a', '7'), R('a', '12', '7'), P, { type: 'undo' }],
  ],
  ['Ctrl+Y redoes', at('a'), key('y', { ctrl: true }), {}, [P, { type: 'redo' }]],
  ['Ctrl+Shift+Z redoes', at('a'), key('Z', { ctrl: true, shift: true }), {}, [P, { type: 'redo' }]],
  // paste
  [
    'paste on a selected cell writes from it',
    at('a'),
    { type: 'paste', cells: 1, text: '8', html: '' },
    {},
    [P, { type: 'paste', cell: 'a', text: '8', html: '' }],
  ],
  [
    'one value pasted while editing is typed at the caret',
    at('a', 'edit', '12'),
    { type: 'paste', cells: 1, text: '8', html: '' },
    { mode: 'edit' },
    [],
  ],
  [
    'a block pasted while editing finishes and writes the block',
    at('a', 'edit', '129'),
    { type: 'paste', cells: 2, text: '1\t2', html: '' },
    { mode: 'select' },
    [W('a', '129'), R('a', '12', '129'), P, { type: 'paste', cell: 'a', text: '1\t2', html: '' }],
  ],
  // jumps (⁷)
  ['Home in a selected cell goes to the row’s first cell', at('b'), key('Home'), { cell: 'b' }, [P, F('a')]],
  ['End in a selected cell goes to the row’s last cell', at('c'), key('End'), { cell: 'c' }, [P, F('d')]],
  ['Home where the row begins stays', at('a'), key('Home'), { cell: 'a' }, [P]],
  [
    'Home while entering moves the caret (the browser)',
    at('b', 'enter', '7'),
    key('Home'),
    { mode: 'enter' },
    [],
  ],
  [
    'Home while editing moves the caret (the browser)',
    at('d', 'edit', '51'),
    key('End'),
    { mode: 'edit' },
    [],
  ],
  // ranges (⁸)
  [
    'Shift+→ on a selected cell begins a range; the selected cell stays',
    at('a'),
    key('ArrowRight', { shift: true }),
    { cell: 'a', range: { anchor: 'a', end: 'b' } },
    [P, RV('b')],
  ],
  [
    'Shift+→ again reaches the totals (copied, never written)',
    ranged('a', 'b'),
    key('ArrowRight', { shift: true }),
    { cell: 'a', range: { anchor: 'a', end: 't' } },
    [P, RV('t')],
  ],
  [
    'Shift+← back to the selected cell ends the range',
    ranged('a', 'b'),
    key('ArrowLeft', { shift: true }),
    { range: null },
    [P, RV('a')],
  ],
  [
    'Shift+arrow past the edge keeps the range',
    ranged('a', 'c'),
    key('ArrowDown', { shift: true }),
    { range: { anchor: 'a', end: 'c' } },
    [P],
  ],
  [
    'Ctrl+Shift+End reaches the last cell',
    at('a'),
    key('End', { shift: true, ctrl: true }),
    { range: { anchor: 'a', end: 'u' } },
    [P, RV('u')],
  ],
  [
    'Shift+↓ while entering finishes the entry, then extends',
    at('a', 'enter', '7'),
    key('ArrowDown', { shift: true }),
    { mode: 'select', range: { anchor: 'a', end: 'c' } },
    [W('a', '7'), R('a', '12', '7'), P, RV('c')],
  ],
  [
    'Shift+← while editing selects text (the browser)',
    at('a', 'edit', '12'),
    key('ArrowLeft', { shift: true }),
    { mode: 'edit', range: null },
    [],
  ],
  [
    'a plain arrow ends the range and moves',
    ranged('a', 'd'),
    key('ArrowRight'),
    { range: null },
    [P, F('b')],
  ],
  [
    'Shift+click extends to the clicked cell',
    at('a'),
    { type: 'mousedown', cell: 'd', shift: true },
    { cell: 'a', range: { anchor: 'a', end: 'd' } },
    [P],
  ],
  [
    'Shift+click reaches a total',
    at('a'),
    { type: 'mousedown', cell: 'u', shift: true },
    { range: { anchor: 'a', end: 'u' } },
    [P],
  ],
  [
    'a right click inside the range keeps it and the focus (its menu copies the range)',
    ranged('a', 'd'),
    { type: 'mousedown', cell: 'd', secondary: true },
    { cell: 'a', range: { anchor: 'a', end: 'd' } },
    [P],
  ],
  [
    'a right click outside the range selects that cell',
    ranged('a', 'c'),
    { type: 'mousedown', cell: 'd', secondary: true },
    { range: null },
    [P, F('d')],
  ],
  [
    'a click inside the range ends it',
    ranged('a', 'd'),
    { type: 'mousedown', cell: 'c' },
    { range: null },
    [P, F('c')],
  ],
  [
    'a click on the selected cell ends the range',
    ranged('a', 'd'),
    { type: 'mousedown', cell: 'a' },
    { range: null },
    [P],
  ],
  [
    'a drag extends from the selected cell',
    at('c'),
    { type: 'drag', cell: 'b' },
    { cell: 'c', range: { anchor: 'c', end: 'b' } },
    [],
  ],
  [
    'a drag back to the selected cell ends the range',
    ranged('c', 'b'),
    { type: 'drag', cell: 'c' },
    { range: null },
    [],
  ],
  [
    'a drag from a total selects from it; the selected cell, inside, stays',
    at('a'),
    { type: 'drag', cell: 'c', from: 't' },
    { cell: 'a', range: { anchor: 't', end: 'c' }, rangeAt: 'a' },
    [],
  ],
  [
    'a drag from a total away from the selected cell: the first input cell of the range is selected',
    at('a', 'enter', '7'),
    { type: 'drag', cell: 'd', from: 't' },
    { mode: 'select', range: { anchor: 't', end: 'd' }, rangeAt: 'b' },
    [W('a', '7'), R('a', '12', '7'), F('b')],
  ],
  [
    'a drag over totals only selects nothing',
    at('a'),
    { type: 'drag', cell: 'u', from: 't' },
    { cell: 'a', range: null },
    [],
  ],
  [
    'Shift+arrow in a range begun on a total moves its far corner; the total stays its anchor',
    inside('b', 't', 'd'),
    key('ArrowLeft', { shift: true }),
    { cell: 'b', range: { anchor: 't', end: 'c' }, rangeAt: 'b' },
    [P, RV('c')],
  ],
  [
    'a drag while editing selects text (the browser)',
    at('a', 'edit', '12'),
    { type: 'drag', cell: 'b' },
    { range: null },
    [],
  ],
  [
    'Delete clears every input cell of the range as one undo step (totals and blanks untouched)',
    ranged('a', 'u'),
    key('Delete'),
    { range: { anchor: 'a', end: 'u' } },
    [
      P,
      {
        type: 'change',
        changes: [
          { cell: 'a', before: '12', after: '' },
          { cell: 'c', before: '0', after: '' },
          { cell: 'd', before: '5', after: '' },
        ],
      },
    ],
  ],
  [
    'Backspace on a range clears it too',
    ranged('b', 'd'),
    key('Backspace'),
    { mode: 'select' },
    [P, { type: 'change', changes: [{ cell: 'd', before: '5', after: '' }] }],
  ],
  ['Delete on a blank range changes nothing', ranged('b', 'b'), key('Delete'), {}, [P]],
  [
    'a digit replaces the selected cell only; the range stays (Excel)',
    ranged('a', 'd'),
    key('7'),
    { mode: 'enter', text: '7', range: { anchor: 'a', end: 'd' } },
    [P, W('a', '7')],
  ],
  [
    'Enter cycles down the range’s columns; the range stays',
    ranged('a', 'd'),
    key('Enter'),
    { range: { anchor: 'a', end: 'd' }, rangeAt: 'c' },
    [P, F('c')],
  ],
  [
    'Enter while entering in a range finishes the entry, then cycles',
    inside('c', 'a', 'd', 'enter', '9'),
    key('Enter'),
    { mode: 'select', range: { anchor: 'a', end: 'd' }, rangeAt: 'b' },
    [W('c', '9'), R('c', '0', '9'), P, F('b')],
  ],
  [
    'Enter from the range’s last cell goes back to its first',
    inside('d', 'a', 'd'),
    key('Enter'),
    { rangeAt: 'a' },
    [P, F('a')],
  ],
  ['Tab cycles along the range’s rows', ranged('a', 'd'), key('Tab'), { rangeAt: 'b' }, [P, F('b')]],
  [
    'Tab skips the totals of the range',
    inside('b', 'a', 'u'),
    key('Tab'),
    { range: { anchor: 'a', end: 'u' }, rangeAt: 'c' },
    [P, F('c')],
  ],
  [
    'Shift+Tab from the first cell goes to the last',
    ranged('a', 'd'),
    key('Tab', { shift: true }),
    {},
    [P, F('d')],
  ],
  [
    'Enter in a range of one input cell (and totals) stays',
    ranged('b', 't'),
    key('Enter'),
    { rangeAt: 'b' },
    [P],
  ],
  [
    'the focus Enter/Tab asked for keeps the range',
    { ...ranged('a', 'd'), cell: null, rangeAt: 'c' },
    { type: 'focus', cell: 'c' },
    { cell: 'c', range: { anchor: 'a', end: 'd' } },
    [],
  ],
  [
    'Shift+arrow from a cell Enter cycled to begins a new range there',
    inside('d', 'a', 'd'),
    key('ArrowLeft', { shift: true }),
    { cell: 'd', range: { anchor: 'd', end: 'c' }, rangeAt: 'd' },
    [P, RV('c')],
  ],
  [
    'Ctrl+A selects the whole table, totals included; the selected cell stays',
    at('d'),
    key('a', { ctrl: true }),
    { cell: 'd', range: { anchor: 'a', end: 'u' }, rangeAt: 'd' },
    [P],
  ],
  [
    'Ctrl+A while entering selects the text (the browser)',
    at('d', 'enter', '5'),
    key('a', { ctrl: true }),
    { range: null },
    [],
  ],
  [
    'Esc on a selected cell ends the range',
    inside('c', 'a', 'd'),
    key('Escape'),
    { cell: 'c', range: null, rangeAt: null },
    [{ type: 'prevent', stop: true }],
  ],
  ['Esc without a range does nothing', at('c'), key('Escape'), {}, []],
  [
    'Esc while entering in a range restores the value; the range stays',
    inside('c', 'a', 'd', 'enter', '9'),
    key('Escape'),
    { mode: 'select', range: { anchor: 'a', end: 'd' } },
    [{ type: 'prevent', stop: true }, W('c', '0')],
  ],
  [
    'a block pasted into an entry in a range lands from the cell',
    inside('c', 'a', 'd', 'enter', '9'),
    { type: 'paste', cells: 2, text: '1\t2', html: '' },
    {},
    [W('c', '9'), R('c', '0', '9'), P, { type: 'paste', cell: 'c', text: '1\t2', html: '' }],
  ],
  [
    'Ctrl+C copies the range, totals included',
    ranged('a', 'u'),
    { type: 'copy', cut: false },
    { range: { anchor: 'a', end: 'u' } },
    [
      P,
      {
        type: 'copy',
        cells: [
          ['a', 'b', 't'],
          ['c', 'd', 'u'],
        ],
      },
    ],
  ],
  [
    'Ctrl+X copies, then clears as one undo step',
    ranged('c', 'd'),
    { type: 'copy', cut: true },
    {},
    [
      P,
      { type: 'copy', cells: [['c', 'd']] },
      {
        type: 'change',
        changes: [
          { cell: 'c', before: '0', after: '' },
          { cell: 'd', before: '5', after: '' },
        ],
      },
    ],
  ],
  ['Ctrl+C on one cell is the browser’s (its selected text)', at('a'), { type: 'copy', cut: false }, {}, []],
  [
    'paste over a range says so to the grid',
    ranged('a', 'd'),
    { type: 'paste', cells: 1, text: '8', html: '' },
    { range: { anchor: 'a', end: 'd' } },
    [P, { type: 'paste', cell: 'a', text: '8', html: '', range: { anchor: 'a', end: 'd' } }],
  ],
  [
    'focus leaving keeps the range, hidden',
    ranged('a', 'd'),
    { type: 'blur' },
    { cell: null, range: { anchor: 'a', end: 'd' } },
    [],
  ],
  [
    'focus coming back to its cell shows the range again',
    { ...IDLE, range: { anchor: 'a', end: 'd' }, rangeAt: 'a' },
    { type: 'focus', cell: 'a' },
    { cell: 'a', range: { anchor: 'a', end: 'd' } },
    [],
  ],
  [
    'focus on another cell ends the range',
    { ...IDLE, range: { anchor: 'a', end: 'd' }, rangeAt: 'a' },
    { type: 'focus', cell: 'b' },
    { cell: 'b', range: null },
    [],
  ],
  // focus leaving
  [
    'focus leaving finishes the entry',
    at('c', 'enter', '4'),
    { type: 'blur' },
    { cell: null, mode: 'select' },
    [W('c', '4'), R('c', '0', '4')],
  ],
];

describe('cell interaction (Excel/WPS model)', () => {
  it.each(rows)('%s', (_name, state, event, expected, effects) => {
    const step = interact(state, event, env());
    expect(step.state).toMatchObject(expected);
    expect(step.effects).toEqual(effects);
  });

  it('Ctrl+arrow, Ctrl+Home and Ctrl+End jump from a selected cell; the grid is asked with ctrl', () => {
    const asked: [string, string, boolean | undefined][] = [];
    const e = env();
    const spy: GridEnv = {
      ...e,
      move: (cell, k, shift, ctrl) => {
        asked.push([cell, k, ctrl]);
        return ctrl ? (k === 'Home' ? 'a' : 'd') : e.move(cell, k, shift);
      },
    };
    expect(interact(at('b'), key('ArrowDown', { ctrl: true }), spy).effects).toEqual([P, F('d')]);
    expect(interact(at('d'), key('Home', { ctrl: true }), spy).effects).toEqual([P, F('a')]);
    expect(interact(at('a'), key('End', { ctrl: true }), spy).effects).toEqual([P, F('d')]);
    expect(asked).toEqual([
      ['b', 'ArrowDown', true],
      ['d', 'Home', true],
      ['a', 'End', true],
    ]);
    // While entering, Ctrl+arrow is the browser's (a word in the text).
    expect(interact(at('a', 'enter', '7'), key('ArrowRight', { ctrl: true }), spy).effects).toEqual([]);
  });

  it('an approved report: movement works, nothing is written', () => {
    const locked = env(true);
    for (const e of [
      key('7'),
      key('F2'),
      key('Backspace'),
      key('Delete'),
      { type: 'dblclick', cell: 'a' } as const,
    ]) {
      const r = interact(ranged('a', 'd'), e, locked);
      expect(r.effects.filter((fx) => fx.type === 'write' || fx.type === 'change')).toEqual([]);
      const step = interact(at('a'), e, locked);
      expect(step.state.mode).toBe('select');
      expect(step.effects.filter((fx) => fx.type === 'write' || fx.type === 'record')).toEqual([]);
    }
    expect(interact(at('a'), key('Enter'), locked).effects).toEqual([P, F('c')]);
    expect(interact(at('a'), { type: 'paste', cells: 4, text: '1\t2', html: '' }, locked).effects).toEqual([
      P,
    ]);
    // A range of an approved report is selected and copied; cutting copies without clearing.
    expect(interact(at('a'), key('ArrowDown', { shift: true }), locked).state.range).toEqual({
      anchor: 'a',
      end: 'c',
    });
    expect(interact(ranged('a', 'c'), { type: 'copy', cut: true }, locked).effects).toEqual([
      P,
      { type: 'copy', cells: [['a'], ['c']] },
    ]);
  });

  it('an entry begun by the grid asks for the caret at the end (caretSeq), the browser’s typing does not', () => {
    const typed = interact(at('a'), key('7'), env()).state;
    expect(typed.caretSeq).toBeGreaterThan(at('a').caretSeq);
    expect(interact(typed, { type: 'input', text: '73' }, env()).state.caretSeq).toBe(typed.caretSeq);
  });
});
