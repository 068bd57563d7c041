// How a grid cell reacts to the keyboard and the mouse: the interaction model of Excel / WPS表格,
// as one pure state machine. Every grid of the app (part 二's four tables, the part 三 matrix,
// part 四) runs its DOM events through `interact` and carries out the effects it returns; the
// model-based tests run random sequences against the real grid and compare with this function.
//
// Modes of the selected cell:
//   select — the cell is selected, not being edited (Excel's 就绪/Ready): no caret; the input's
//            whole text is selected, so that anything typed — an IME composition included —
//            replaces it. A click never collapses this selection.
//   enter  — typing started over the cell (Excel's 输入/Enter): the typed text replaced the
//            value; the caret stays at the end; arrow keys finish the entry and move.
//   edit   — editing in place (Excel's 编辑/Edit, F2 or a double click): the value is kept, the
//            caret starts at the end; ←/→ move the caret inside the text.
// Every change is written to the draft as it is typed (the draft is saved at once and the checks
// follow live); an IME composition is written only when it ends. Finishing an entry (a move, a
// click elsewhere, focus leaving) writes the normalised text (「１,２００」→「1200」) and records one
// undo step from the value before the entry; Esc restores that value.
//
// | input                | select                          | enter                     | edit                        |
// |----------------------|---------------------------------|---------------------------|-----------------------------|
// | click this cell      | stays select (text stays        | stays enter (caret stays  | stays edit; the caret goes  |
// |                      | selected)                       | at the end)               | where clicked               |
// | click another cell   | select it                       | finish, select it         | finish, select it           |
// | double click         | edit, value kept, caret at end  | edit, caret at end        | caret at end                |
// | printable key        | enter: the key replaces value   | typed at the caret        | typed at the caret          |
// | IME composition      | enter: the composed text        | composed at the caret     | composed at the caret       |
// |                      | replaces the value              |                           |                             |
// | F2                   | edit, value kept, caret at end  | edit (Excel's toggle)     | enter (Excel's toggle)      |
// | Enter / Shift+Enter  | move down / up ¹ ⁶              | finish, move ¹ ⁶          | finish, move ¹ ⁶            |
// | Tab / Shift+Tab      | move right / left ¹ ²           | finish, move ¹ ²          | finish, move ¹ ²            |
// | Enter / Tab in a     | the range's next input cell ⁸   | finish, the next cell ⁸   | finish, the next cell ⁸     |
// |   range (Shift: back)|                                 |                           |                             |
// | ← →                  | move                            | finish, move              | caret moves in the text     |
// | ↑ ↓                  | move                            | finish, move              | finish, move ³              |
// | Shift+arrow ⁸        | extend the range                | finish, extend            | ←/→ select text; ↑/↓ finish,|
// |                      |                                 |                           | extend                      |
// | Shift+Home / End,    | extend to the row's first / last| select text (the browser) | select text (the browser)   |
// |   Ctrl+Shift+…  ⁸    | cell; the table's edge / corner |                           |                             |
// | right click in a     | nothing: the range and focus    | —                         | —                           |
// |   range ⁸            | stay (its menu copies / pastes) |                           |                             |
// | Shift+click ⁸        | extend to the clicked cell      | finish, extend            | finish, extend (this cell:  |
// |                      |                                 |                           | select text)                |
// | drag from a cell ⁸   | extend to the cell under it     | finish, extend            | select text (the browser)   |
// | drag from a total ⁸  | the range from it; its first    | finish, the same          | finish, the same            |
// |                      | input cell selected             |                           |                             |
// | Home / End           | to the row's first / last cell ⁷| caret (the browser)       | caret (the browser)         |
// | Ctrl+arrow, Ctrl+Home| to the table's edge; its first /| caret (the browser)       | caret (the browser)         |
// |   / Ctrl+End         | last cell ⁷                     |                           |                             |
// | Esc                  | nothing (a range: ends it ⁸)    | restore value → select    | restore value → select      |
// | Backspace            | clear, enter (Esc restores)     | deletes before the caret  | deletes before the caret    |
// | Delete               | clear (one undo step)           | deletes after the caret   | deletes after the caret     |
// | Delete / Backspace   | clear every input cell of it,   | —                         | —                           |
// |   on a range ⁸       | one undo step; the range stays  |                           |                             |
// | Ctrl+A ⁸             | the whole table is the range    | the browser's (all text)  | the browser's (all text)    |
// | Ctrl+C / Ctrl+X ⁸    | a range: copy it as TSV and an  | the browser's (text)      | the browser's (text)        |
// |                      | HTML table, Ctrl+X then clears  |                           |                             |
// |                      | it (one undo step); one cell:   |                           |                             |
// |                      | the browser copies its text     |                           |                             |
// | Ctrl+Z / Ctrl+Y      | undo / redo ⁴                   | finish, then undo / redo  | finish, then undo / redo    |
// | paste, one value     | write it (one undo step) ⁵      | typed at the caret        | typed at the caret          |
// | paste, a block       | write from this cell ⁵          | finish, write block       | finish, write block         |
// | paste over a range ⁹ | one value: fill its input cells;| —                         | —                           |
// |                      | a block: from its top-left      |                           |                             |
// | focus leaves grid    | —                               | finish                    | finish                      |
//
// ¹ Enter goes down the column and on to the top of the next one, Tab along the row and on to the
//   next row; totals (derived cells) are skipped (grid-nav.ts). Past the last cell Enter stays.
// ² Past the last cell (first, with Shift) Tab lets focus leave the grid, as the browser would:
//   keyboard users must be able to get out of a table.
// ³ A one-line cell has no line to move to: ↑/↓ finish the entry and move, as in enter mode.
// ⁴ The undone cells are selected (the first of them, when they are in this grid).
// ⁵ Through the paste planner (paste-plan.ts): totals skipped; a block with non-numbers or
//   falling outside the table opens the preview first; one whose numbers cannot say whether it
//   holds the table's totals asks first (PasteQuestionDialog), nothing written before.
// ⁶ After a run of Tab / Shift+Tab, Enter goes to the next row at the column where the run began, as
//   in Excel and WPS表格 (type a row with Tab, end it with Enter, the next row starts under the first
//   cell); a click, an arrow or any other move ends the run.
// ⁷ As in WPS表格 and online spreadsheets (Excel's Ctrl+arrow stops at the end of a filled run; here
//   at the table's edge). Before, these keys did nothing in a selected cell (h81's trial).
// ⁸ A range, as in Excel and WPS表格: `anchor` is the selected cell where it began; Shift+arrows,
//   Shift+Home/End, Ctrl+Shift+…, Shift+click and a drag move its far corner, over totals too (a
//   range may cover them to copy them; they are never written). A drag may start on a total (Excel):
//   the range's anchor is that total and the selected cell its first input cell (row by row), which
//   Shift+arrows then extend from the total; a drag over totals only selects nothing (no cell of it
//   can hold the selection). Typing, F2 and Esc keep it: typing
//   replaces the selected cell only, and Enter / Tab then go on to the range's next input cell —
//   down its columns / along its rows, back with Shift, from the last to the first (totals
//   skipped) — so a block is typed in without leaving it; Tab cannot leave the grid while a range
//   is selected (Excel's too): Esc, a plain arrow, Home/End or a click end it. From a cell Enter cycled to,
//   Shift+arrow begins a new range there. Focus leaving keeps it (hidden); focus coming back to
//   its cell shows it again. Ctrl+A selects the whole table (totals included) as Excel does: with
//   Ctrl+C, the table goes out to Excel / WPS / Word at once.
// ⁹ One value fills every input cell of the range (Excel); a block is pasted once from the range's
//   top-left, as without a range (Excel would repeat a block whose size divides the range's: rare
//   for a report's tables, not done). paste-plan.ts planRangePaste.
// An approved (已审定) report is read-only: selection, movement, ranges and copying work, nothing else changes.
import type { NavKey } from './grid-nav';

export type Mode = 'select' | 'enter' | 'edit';

export type CellState = {
  /** the selected (focused) cell; null while focus is outside the grid */
  cell: string | null;
  mode: Mode;
  /** what the input shows while entering or editing */
  text: string;
  /** the cell's text when the entry began: Esc restores it, the undo step starts from it */
  original: string;
  /** an IME composition is under way: its text is written only when it ends */
  composing: boolean;
  /** bumped whenever the caret is placed by the grid rather than by the browser */
  caretSeq: number;
  /** a run of Tab began at this cell (⁶); null when no run is under way */
  tabStart: string | null;
  /** the cell the last Tab of the run moved to: its focus continues the run, any other ends it */
  tabTo: string | null;
  /**
   * A range (⁸): `anchor` the corner it began at, `end` its far corner; null for the selected cell
   * alone. The selected cell is in it (the anchor, or where Enter/Tab cycled to). Kept while focus
   * is away (another window, a dialog) and shown again when focus comes back to `rangeAt`.
   */
  range: Range | null;
  /** the cell the range goes with: focus on it keeps the range (Enter/Tab cycling, coming back), on any other ends it */
  rangeAt: string | null;
};

export type Range = { anchor: string; end: string };

/** The range shown: only while a cell of the grid has focus. */
export function shownRange(state: CellState): Range | null {
  return state.cell !== null ? state.range : null;
}

export const IDLE: CellState = {
  cell: null,
  mode: 'select',
  text: '',
  original: '',
  composing: false,
  caretSeq: 0,
  tabStart: null,
  tabTo: null,
  range: null,
  rangeAt: null,
};

/** What the state machine may ask of the grid it runs in. */
export type GridEnv = {
  /** the cell's text in the draft */
  value: (cell: string) => string;
  /** the cell a movement key leads to (`ctrl`: Ctrl+arrow, Ctrl+Home, Ctrl+End ⁷); null past the edge */
  move: (cell: string, key: NavKey, shift: boolean, ctrl?: boolean) => string | null;
  /** Enter after a run of Tab (⁶): the input cell in the rows below `cell` in `start`'s column; null if none */
  returnTo: (cell: string, start: string) => string | null;
  /** the text kept when an entry is finished (normalised number, or the raw text) */
  committed: (cell: string, text: string) => string;
  /** where the far corner of a range goes with a key (⁸): over every cell, totals too; null past the edge */
  extend: (cell: string, key: NavKey, ctrl: boolean) => string | null;
  /** the cells of the rectangle between two corners, by rows (totals included) */
  block: (a: string, b: string) => string[][];
  /** not a total: a cell that can be written */
  isInput: (cell: string) => boolean;
  locked: boolean;
};

export type KeyPress = { key: string; shift?: boolean; ctrl?: boolean; alt?: boolean };

export type CellEvent =
  | { type: 'focus'; cell: string }
  | { type: 'blur' }
  /** `shift`: Shift+click extends a range to the cell (⁸) */
  | { type: 'mousedown'; cell: string; shift?: boolean; secondary?: boolean }
  /** the pointer, its button held since a mousedown in this grid, entered a cell: a drag selects a range */
  | {
      type: 'drag';
      cell: string;
      /** the drag began on this total (a cell that cannot be selected): the range's anchor */
      from?: string;
    }
  | { type: 'dblclick'; cell: string }
  | ({ type: 'key' } & KeyPress)
  /** the browser changed the input's text itself (typing in enter/edit mode, IME, drop) */
  | { type: 'input'; text: string }
  | { type: 'compositionstart' }
  | { type: 'compositionend'; text: string }
  /** `cells`: how many cells the clipboard holds (1 = a single value) */
  | { type: 'paste'; cells: number; text: string; html: string }
  /** the browser's copy / cut (Ctrl+C / Ctrl+X) */
  | { type: 'copy'; cut: boolean };

export type Effect =
  /** cancel the browser's default action (and, with `stop`, keep the key from outer handlers) */
  | { type: 'prevent'; stop?: boolean }
  /** write-through of the typed text to the draft */
  | { type: 'write'; cell: string; text: string }
  /** one undo step */
  | { type: 'record'; cell: string; before: string; after: string }
  | { type: 'focus'; cell: string }
  /** `range`: a range is selected (⁹) */
  | { type: 'paste'; cell: string; text: string; html: string; range?: Range }
  /** several cells changed as one undo step (a range cleared) */
  | { type: 'change'; changes: { cell: string; before: string; after: string }[] }
  /** the clipboard gets these cells (rows of cell ids, totals included) as TSV and an HTML table */
  | { type: 'copy'; cells: string[][] }
  /** scroll the cell into view (the far corner of a range, which has no focus) */
  | { type: 'reveal'; cell: string }
  | { type: 'undo' }
  | { type: 'redo' };

export type Step = { state: CellState; effects: Effect[] };

const PREVENT: Effect = { type: 'prevent' };
const same = (state: CellState, effects: Effect[] = []): Step => ({ state, effects });

/** A key that types a character (not a shortcut). */
export function isPrintable(k: KeyPress): boolean {
  return k.key.length === 1 && !k.ctrl && !k.alt;
}

const MOVES: Record<string, NavKey> = {
  Enter: 'Enter',
  Tab: 'Tab',
  ArrowUp: 'ArrowUp',
  ArrowDown: 'ArrowDown',
  ArrowLeft: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
};

/** The cell selected, not being entered; a range stays (the events that end it say so). */
function selectState(state: CellState, cell: string | null): CellState {
  return {
    cell,
    mode: 'select',
    text: '',
    original: '',
    composing: false,
    caretSeq: state.caretSeq + 1,
    tabStart: null,
    tabTo: null,
    range: state.range,
    rangeAt: state.rangeAt,
  };
}

const NO_RANGE = { range: null, rangeAt: null } as const;
const rangeFrom = (cell: string, end: string) =>
  end === cell ? NO_RANGE : { range: { anchor: cell, end }, rangeAt: cell };

/**
 * A drag that began on a total (⁸): the range from it to the cell under the pointer; the selected
 * cell stays if it is an input cell of the range, else is the range's first (row by row). A range of
 * totals only has no cell to select: nothing changes.
 */
function dragFromTotal(state: CellState, from: string, to: string, env: GridEnv): Step {
  const inputs = env.block(from, to).flat().filter(env.isInput);
  if (inputs.length === 0) return same(state);
  const cell = state.cell !== null && inputs.includes(state.cell) ? state.cell : inputs[0]!;
  const range = state.range;
  if (range?.anchor === from && range.end === to && cell === state.cell) return same(state);
  const done = finish(state, env);
  const next = {
    ...done.state,
    tabStart: null,
    tabTo: null,
    range: { anchor: from, end: to },
    rangeAt: cell,
  };
  return same(next, cell === state.cell ? done.effects : [...done.effects, { type: 'focus', cell }]);
}

/** Ends an entry: the normalised text is written and recorded as one undo step. */
function finish(state: CellState, env: GridEnv): Step {
  if (state.mode === 'select' || state.cell === null) return same(state);
  const after = env.committed(state.cell, state.text);
  return {
    state: selectState(state, state.cell),
    effects: [
      { type: 'write', cell: state.cell, text: after },
      { type: 'record', cell: state.cell, before: state.original, after },
    ],
  };
}

function begin(state: CellState, mode: 'enter' | 'edit', original: string, text: string): CellState {
  return { ...state, mode, original, text, composing: false, caretSeq: state.caretSeq + 1 };
}

/**
 * Finish the entry (if any), then move the far corner of the range (⁸); the selected cell stays.
 * From a cell Enter/Tab cycled to (not the anchor) a new range begins there.
 */
function extendFrom(state: CellState, env: GridEnv, key: NavKey, ctrl: boolean): Step {
  const cell = state.cell!;
  const done = finish(state, env);
  const range = shownRange(state);
  // A range begun on a total by a drag keeps that total as its anchor.
  const fromTotal = range !== null && !env.isInput(range.anchor) ? range.anchor : null;
  const to = env.extend(range?.anchor === cell || fromTotal ? range!.end : cell, key, ctrl);
  const base = { ...done.state, tabStart: null, tabTo: null };
  if (to === null) return { state: base, effects: [...done.effects, PREVENT] };
  return {
    state: {
      ...base,
      ...(fromTotal ? { range: { anchor: fromTotal, end: to }, rangeAt: cell } : rangeFrom(cell, to)),
    },
    effects: [...done.effects, PREVENT, { type: 'reveal', cell: to }],
  };
}

/**
 * Enter / Tab in a range (⁸): finish the entry, then on to the range's next input cell — down its
 * columns (Enter) or along its rows (Tab), back with Shift, from the last to the first.
 */
function cycle(state: CellState, env: GridEnv, range: Range, key: 'Enter' | 'Tab', back: boolean): Step {
  const cell = state.cell!;
  const done = finish(state, env);
  const rows = env.block(range.anchor, range.end);
  const lines = key === 'Enter' ? (rows[0] ?? []).map((_, c) => rows.map((row) => row[c]!)) : rows;
  const order = lines.flat().filter((c) => env.isInput(c));
  const to = order[(order.indexOf(cell) + (back ? -1 : 1) + order.length) % order.length] ?? cell;
  const next: CellState = { ...done.state, tabStart: null, tabTo: null, range, rangeAt: to };
  const focus: Effect[] = to === cell ? [] : [{ type: 'focus', cell: to }];
  return { state: next, effects: [...done.effects, PREVENT, ...focus] };
}

/** Clearing every input cell of a range: one undo step. */
function clearRange(range: Range, env: GridEnv): Effect[] {
  const changes = env
    .block(range.anchor, range.end)
    .flat()
    .filter((c) => env.isInput(c) && env.value(c) !== '')
    .map((cell) => ({ cell, before: env.value(cell), after: '' }));
  return changes.length > 0 ? [{ type: 'change', changes }] : [];
}

function then(step: Step, ...effects: Effect[]): Step {
  return { state: step.state, effects: [...step.effects, ...effects] };
}

/** Finish the entry (if any), then move with a navigation key. */
function moveFrom(state: CellState, env: GridEnv, key: NavKey, shift: boolean, ctrl = false): Step {
  const done = finish(state, env);
  const cell = state.cell!;
  const back =
    key === 'Enter' && !shift && state.tabStart !== null ? env.returnTo(cell, state.tabStart) : null;
  const to = back ?? (ctrl ? env.move(cell, key, shift, true) : env.move(cell, key, shift));
  // selectState (finish) ends a run of Tab; a Tab that moves begins or continues one.
  const ended = { ...done.state, tabStart: null, tabTo: null, ...NO_RANGE };
  if (to === null) {
    // Tab past the edge: focus leaves the grid as the browser moves it (blur finishes nothing more).
    if (key === 'Tab') return { state: ended, effects: done.effects };
    return { state: ended, effects: [...done.effects, PREVENT] };
  }
  const run =
    key === 'Tab' ? { tabStart: state.tabStart ?? cell, tabTo: to } : { tabStart: null, tabTo: null };
  return {
    state: { ...done.state, ...run, ...NO_RANGE },
    effects: [...done.effects, PREVENT, { type: 'focus', cell: to }],
  };
}

function onKey(state: CellState, k: KeyPress, env: GridEnv): Step {
  const cell = state.cell;
  if (cell === null) return same(state);
  const { key } = k;
  const shift = k.shift ?? false;
  const ctrl = k.ctrl ?? false;
  const lower = key.toLowerCase();
  const undoKey = ctrl && !k.alt && lower === 'z' && !shift;
  const redoKey = ctrl && !k.alt && (lower === 'y' || (lower === 'z' && shift));
  if (undoKey || redoKey) {
    if (env.locked) return same(state, [PREVENT]);
    return then(finish(state, env), PREVENT, { type: undoKey ? 'undo' : 'redo' });
  }
  // Shift+arrows extend a range (⁸), from a selected cell or an entry (which ends); in an entry
  // Shift+Home/End, Ctrl+Shift+… and, in edit, Shift+←/→ select text (the browser).
  const arrow = key.startsWith('Arrow') && MOVES[key] !== undefined;
  if (shift && !k.alt && (arrow || key === 'Home' || key === 'End')) {
    const inText = state.mode === 'edit' && (key === 'ArrowLeft' || key === 'ArrowRight');
    if (state.mode === 'select' || (arrow && !ctrl && !inText))
      return extendFrom(state, env, key as NavKey, ctrl);
    return same(state);
  }
  const cycling = (key === 'Enter' || key === 'Tab') && !ctrl && !k.alt ? shownRange(state) : null;
  if (cycling) return cycle(state, env, cycling, key as 'Enter' | 'Tab', shift);
  const nav = MOVES[key];
  if (nav && !ctrl && !k.alt) {
    if (state.mode === 'edit' && (key === 'ArrowLeft' || key === 'ArrowRight')) return same(state);
    return moveFrom(state, env, nav, arrow ? false : shift);
  }

  // Ctrl+A (⁸) on a selected cell: the whole table is the range; the selected cell stays. In an
  // entry it selects the text (the browser).
  if (state.mode === 'select' && ctrl && !shift && !k.alt && lower === 'a') {
    const first = env.extend(cell, 'Home', true) ?? cell;
    const last = env.extend(cell, 'End', true) ?? cell;
    const all = first === last ? NO_RANGE : { range: { anchor: first, end: last }, rangeAt: cell };
    return same({ ...state, tabStart: null, tabTo: null, ...all }, [PREVENT]);
  }
  // Jumps (⁷) from a selected cell; in an entry these keys move the caret in the text.
  if (state.mode === 'select' && !k.alt) {
    if ((ctrl && arrow) || key === 'Home' || key === 'End')
      return moveFrom(state, env, key as NavKey, false, ctrl);
  }

  if (state.mode === 'select') {
    if (key === 'Escape' && shownRange(state))
      return same({ ...state, ...NO_RANGE }, [{ type: 'prevent', stop: true }]);
    if (env.locked)
      return same(state, isPrintable(k) || key === 'Backspace' || key === 'Delete' ? [PREVENT] : []);
    if (isPrintable(k)) {
      return { state: begin(state, 'enter', env.value(cell), key), effects: [PREVENT, write(cell, key)] };
    }
    const range = shownRange(state);
    if (range && (key === 'Backspace' || key === 'Delete') && !ctrl && !k.alt)
      return same(state, [PREVENT, ...clearRange(range, env)]);
    switch (key) {
      case 'F2': {
        const value = env.value(cell);
        return same(begin(state, 'edit', value, value), [PREVENT]);
      }
      case 'Backspace':
        return { state: begin(state, 'enter', env.value(cell), ''), effects: [PREVENT, write(cell, '')] };
      case 'Delete': {
        const before = env.value(cell);
        if (before === '') return same(state, [PREVENT]);
        return same(state, [PREVENT, write(cell, ''), { type: 'record', cell, before, after: '' }]);
      }
      // Keys that would move or collapse the text selection of the input: a selected cell has no caret.
      case 'PageUp':
      case 'PageDown':
        return same(state, [PREVENT]);
      default:
        return same(state);
    }
  }

  // enter / edit
  switch (key) {
    case 'Escape':
      return {
        state: selectState(state, cell),
        effects: [{ type: 'prevent', stop: true }, write(cell, state.original)],
      };
    case 'F2':
      return same(
        { ...state, mode: state.mode === 'edit' ? 'enter' : 'edit', caretSeq: state.caretSeq + 1 },
        [PREVENT],
      );
    default:
      // Typing, Backspace, Delete, Home, End…: the browser edits the text; an input event follows.
      return same(state);
  }
}

const write = (cell: string, text: string): Effect => ({ type: 'write', cell, text });

export function interact(state: CellState, event: CellEvent, env: GridEnv): Step {
  switch (event.type) {
    case 'focus': {
      if (state.cell === event.cell) return same(state);
      const done = finish(state, env);
      // The focus a Tab asked for continues its run; any other focus (a click, undo) ends it.
      const run =
        event.cell === state.tabTo
          ? { tabStart: state.tabStart, tabTo: state.tabTo }
          : { tabStart: null, tabTo: null };
      // The focus Enter/Tab cycled to in a range, or focus coming back to where it was, keeps the range.
      const range = event.cell === state.rangeAt ? {} : NO_RANGE;
      return { state: { ...selectState(done.state, event.cell), ...run, ...range }, effects: done.effects };
    }
    case 'blur': {
      const done = finish(state, env);
      return { state: { ...done.state, cell: null }, effects: done.effects };
    }
    case 'mousedown': {
      const cell = state.cell;
      // A right click inside a range keeps it and the focus (Excel): its menu's 复制 / 粘贴 act on the range.
      const range = event.secondary && state.mode === 'select' ? shownRange(state) : null;
      if (range && env.block(range.anchor, range.end).some((row) => row.includes(event.cell)))
        return same(state, [PREVENT]);
      if (event.shift && cell !== null && !(state.mode === 'edit' && event.cell === cell)) {
        // Shift+click (⁸): the range reaches the clicked cell; the selected cell stays.
        const done = finish(state, env);
        const next = { ...done.state, tabStart: null, tabTo: null, ...rangeFrom(cell, event.cell) };
        return same(next, [...done.effects, PREVENT]);
      }
      if (!env.isInput(event.cell)) return same(state);
      if (cell !== event.cell)
        return same({ ...state, tabStart: null, tabTo: null, ...NO_RANGE }, [
          PREVENT,
          { type: 'focus', cell: event.cell },
        ]);
      // A click on the selected cell keeps its mode (and ends a range); only while editing does it place the caret.
      return same({ ...state, ...NO_RANGE }, state.mode === 'edit' ? [] : [PREVENT]);
    }
    case 'drag': {
      if (event.from !== undefined) return dragFromTotal(state, event.from, event.cell, env);
      const cell = state.cell;
      if (cell === null || state.mode === 'edit') return same(state);
      const range = shownRange(state);
      if ((range?.end ?? cell) === event.cell) return same(state);
      const done = finish(state, env);
      return same(
        { ...done.state, tabStart: null, tabTo: null, ...rangeFrom(cell, event.cell) },
        done.effects,
      );
    }
    case 'copy': {
      const range = shownRange(state);
      // One cell: the browser copies (or cuts) the input's selected text, as before.
      if (range === null || state.mode !== 'select') return same(state);
      const cells = env.block(range.anchor, range.end);
      const cut = event.cut && !env.locked ? clearRange(range, env) : [];
      return same(state, [PREVENT, { type: 'copy', cells }, ...cut]);
    }
    case 'dblclick': {
      let step = same(state);
      if (state.cell !== event.cell) {
        const done = finish(state, env);
        step = { state: { ...selectState(done.state, event.cell), ...NO_RANGE }, effects: done.effects };
      }
      const s = step.state;
      if (env.locked) return then(step, PREVENT);
      if (s.mode === 'select') {
        const value = env.value(event.cell);
        return { state: begin(s, 'edit', value, value), effects: [...step.effects, PREVENT] };
      }
      return { state: { ...s, mode: 'edit', caretSeq: s.caretSeq + 1 }, effects: [...step.effects, PREVENT] };
    }
    case 'key':
      return onKey(state, event, env);
    case 'input': {
      const cell = state.cell;
      if (cell === null || env.locked) return same(state);
      const base =
        state.mode === 'select' ? { ...state, mode: 'enter' as const, original: env.value(cell) } : state;
      const next = { ...base, text: event.text };
      return same(next, next.composing ? [] : [write(cell, event.text)]);
    }
    case 'compositionstart': {
      const cell = state.cell;
      if (cell === null || env.locked) return same(state);
      if (state.mode === 'select') {
        // The composition replaces the selected text; until it ends the input shows it as is.
        const value = env.value(cell);
        return same({ ...state, mode: 'enter', original: value, text: value, composing: true });
      }
      return same({ ...state, composing: true });
    }
    case 'compositionend': {
      const cell = state.cell;
      if (cell === null || env.locked) return same(state);
      const base =
        state.mode === 'select' ? { ...state, mode: 'enter' as const, original: env.value(cell) } : state;
      return same({ ...base, text: event.text, composing: false }, [write(cell, event.text)]);
    }
    case 'paste': {
      const cell = state.cell;
      if (cell === null || env.locked) return same(state, [PREVENT]);
      if (state.mode !== 'select' && event.cells <= 1) return same(state);
      // Over a range from a selected cell; a block pasted into an entry lands from the cell.
      const range = state.mode === 'select' ? shownRange(state) : null;
      return then(finish(state, env), PREVENT, {
        type: 'paste',
        cell,
        text: event.text,
        html: event.html,
        ...(range ? { range } : {}),
      });
    }
  }
}
