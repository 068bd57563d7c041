// The reference model of a grid for the model-based tests (happy-dom and Chromium): the
// interaction state machine (cell-interaction.ts) with its effects carried out on a plain map of
// cell texts, an undo stack and the paste planner — and, where the state machine leaves a key to
// the browser, what a browser does to a text input (insert at the caret, delete, move the caret).
// After every action the real grid must show exactly what this model holds.
import { createUndoStack, type UndoStack } from '../editor/undo-stack';
import {
  type CellEvent,
  type CellState,
  type Effect,
  type GridEnv,
  IDLE,
  interact,
  type Range,
  shownRange,
} from './cell-interaction';
import { committedText } from './cell-text';
import { type GridGeometry, gridGeometry } from './grid-geometry';
import type { GridModel, GridRow } from './grid-model';
import { rectOf } from './interaction-store';
import { readTextBlock } from './paste-block';
import { changesOf, type PastePlan, planPaste, planRangePaste } from './paste-plan';

export type NavKeyName =
  | 'Enter'
  | 'Tab'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'Escape'
  | 'F2'
  | 'Backspace'
  | 'Delete';

export type GridAction =
  /** `caret`: where a click inside the edited text puts the caret (the browser decides); `shift`: Shift+click */
  | { kind: 'click'; cell: string; caret?: number; shift?: boolean }
  | { kind: 'dblclick'; cell: string }
  | { kind: 'type'; ch: string }
  | { kind: 'key'; key: NavKeyName; shift?: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Ctrl+A */
  | { kind: 'selectAll' }
  /** clipboard text (TSV when a block) */
  | { kind: 'paste'; text: string }
  /** an IME composition that ends with `text` */
  | { kind: 'ime'; text: string }
  /** a click outside the grid */
  | { kind: 'leave' };

export type Selection = { start: number; end: number };

/** What the grid must show: every input cell's text, the selected cell, its mode and text selection. */
export type GridView = {
  values: Record<string, string>;
  cell: string | null;
  mode: CellState['mode'] | null;
  selection: Selection | null;
  /** the cells of the range shown (totals included), in the table's order; [] without one */
  range: string[];
};

export class GridReferenceModel {
  readonly inputCells: string[];
  private readonly rows: GridRow[];
  private readonly geometry: GridGeometry;
  private readonly decimal = new Set<string>();
  private ui: CellState = IDLE;
  private readonly values = new Map<string, string>();
  private readonly undo: UndoStack = createUndoStack();
  private sel: Selection = { start: 0, end: 0 };
  /** the text selection was made by Shift+← (its focus is its start) */
  private selBackward = false;
  private readonly env: GridEnv;

  constructor(
    private readonly model: GridModel,
    initial: Record<string, string> = {},
  ) {
    this.geometry = gridGeometry(model);
    this.rows = this.geometry.rows;
    this.inputCells = [];
    this.rows.forEach((row) => {
      model.columns.forEach((col) => {
        const id = model.cell(row.key, col.key);
        if (col.decimal) this.decimal.add(id);
        if (!row.derived && !col.derived) {
          this.inputCells.push(id);
          this.values.set(id, initial[id] ?? '');
        }
      });
    });
    this.env = {
      value: (cell) => this.values.get(cell) ?? '',
      move: this.geometry.move,
      returnTo: this.geometry.returnTo,
      extend: this.geometry.extend,
      block: this.geometry.block,
      isInput: this.geometry.isInput,
      committed: (cell, text) => committedText(text, this.decimal.has(cell)),
      locked: false,
    };
  }

  /** The text the cell's input shows. */
  shown(cell: string): string {
    const editing = this.ui.cell === cell && this.ui.mode !== 'select';
    return editing ? this.ui.text : (this.values.get(cell) ?? '');
  }

  view(): GridView {
    const values: Record<string, string> = {};
    for (const c of this.inputCells) values[c] = this.shown(c);
    const cell = this.ui.cell;
    const range = shownRange(this.ui);
    return {
      values,
      cell,
      mode: cell === null ? null : this.ui.mode,
      selection: cell === null ? null : { ...this.sel },
      range: range ? this.geometry.block(range.anchor, range.end).flat() : [],
    };
  }

  /** The draft texts (what is saved): differs from the view only during an IME composition. */
  stored(): Record<string, string> {
    return Object.fromEntries(this.inputCells.map((c) => [c, this.values.get(c) ?? '']));
  }

  get state(): CellState {
    return this.ui;
  }

  /**
   * Whether the action can run here. Keys go to the focused element, so with the focus outside the
   * grid only clicks apply; a paste that would open the preview (non-numbers, or cells outside the
   * table) or ask how to read the block (with or without the totals) is covered by its own tests and
   * not run in sequences.
   */
  applies(action: GridAction): boolean {
    if (action.kind === 'click' || action.kind === 'dblclick' || action.kind === 'leave') return true;
    if (this.ui.cell === null) return false;
    if (action.kind === 'paste') {
      const block = readTextBlock(action.text);
      const cells = block.reduce((n, r) => n + r.length, 0);
      if (this.ui.mode !== 'select' && cells <= 1) return true;
      // as the state machine decides: over a range only from a selected cell
      const range = this.ui.mode === 'select' ? shownRange(this.ui) : null;
      const plan = this.plan(this.ui.cell, range ?? undefined, block);
      return block.length > 0 && plan.problems.length === 0 && !plan.question;
    }
    return true;
  }

  apply(action: GridAction): void {
    switch (action.kind) {
      case 'click':
        this.click(action.cell, action.caret, action.shift ?? false);
        return;
      case 'dblclick':
        this.click(action.cell, undefined, false);
        this.click(action.cell, undefined, false);
        this.dispatch({ type: 'dblclick', cell: action.cell });
        return;
      case 'type':
        if (!this.dispatch({ type: 'key', key: action.ch }))
          this.native(insert(this.text(), this.sel, action.ch));
        return;
      case 'key':
        this.key(action.key, action.shift ?? false);
        return;
      case 'undo':
        this.dispatch({ type: 'key', key: 'z', ctrl: true });
        return;
      case 'redo':
        this.dispatch({ type: 'key', key: 'y', ctrl: true });
        return;
      case 'selectAll':
        // not taken by the grid (an entry): the browser selects the input's text
        if (!this.dispatch({ type: 'key', key: 'a', ctrl: true }))
          this.sel = { start: 0, end: this.text().length };
        return;
      case 'paste': {
        const block = readTextBlock(action.text);
        const cells = block.reduce((n, r) => n + r.length, 0);
        // A text input drops line breaks from pasted text.
        if (!this.dispatch({ type: 'paste', cells, text: action.text, html: '' }))
          this.native(insert(this.text(), this.sel, action.text.replace(/[\r\n]/g, '')));
        return;
      }
      case 'leave':
        if (this.ui.cell !== null) this.dispatch({ type: 'blur' });
        return;
      case 'ime': {
        this.dispatch({ type: 'compositionstart' });
        const next = insert(this.text(), this.sel, action.text);
        this.sel = next.sel;
        this.dispatch({ type: 'input', text: next.text });
        this.dispatch({ type: 'compositionend', text: next.text });
        return;
      }
    }
  }

  private text(): string {
    return this.ui.cell === null ? '' : this.shown(this.ui.cell);
  }

  private click(cell: string, caret: number | undefined, shift: boolean) {
    const wasEditingHere = this.ui.cell === cell && this.ui.mode === 'edit';
    if (!this.dispatch({ type: 'mousedown', cell, shift }) && wasEditingHere) {
      const at = Math.min(caret ?? this.text().length, this.text().length);
      this.sel = { start: at, end: at };
    }
  }

  private key(key: NavKeyName, shift: boolean) {
    if (this.dispatch({ type: 'key', key, shift })) return;
    const text = this.text();
    const { start, end } = this.sel;
    switch (key) {
      case 'Backspace':
        if (start !== end)
          return this.native({ text: text.slice(0, start) + text.slice(end), sel: caretAt(start) });
        if (start > 0)
          return this.native({ text: text.slice(0, start - 1) + text.slice(end), sel: caretAt(start - 1) });
        return;
      case 'Delete':
        if (start !== end)
          return this.native({ text: text.slice(0, start) + text.slice(end), sel: caretAt(start) });
        if (end < text.length)
          return this.native({ text: text.slice(0, start) + text.slice(end + 1), sel: caretAt(start) });
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (shift) {
          // Shift+←/→ in a text being edited: the browser moves the selection's focus end.
          this.selBackward = start !== end && this.selBackward;
          const next = shiftSelect(this.sel, this.selBackward, key === 'ArrowLeft' ? -1 : 1, text.length);
          this.sel = next.sel;
          this.selBackward = next.backward;
          return;
        }
        if (key === 'ArrowLeft') this.sel = caretAt(start !== end ? start : Math.max(0, start - 1));
        else this.sel = caretAt(start !== end ? end : Math.min(text.length, end + 1));
        return;
      case 'Tab':
        // The browser moves the focus to the next element outside the grid.
        this.dispatch({ type: 'blur' });
        return;
      default:
        return;
    }
  }

  /** The browser changed the text itself: the input event follows. */
  private native(next: { text: string; sel: Selection }) {
    this.sel = next.sel;
    this.dispatch({ type: 'input', text: next.text });
  }

  /** Runs one event; true when its default action was prevented. */
  private dispatch(event: CellEvent): boolean {
    const before = this.ui;
    const step = interact(this.ui, event, this.env);
    this.ui = step.state;
    let prevented = false;
    for (const fx of step.effects) if (this.run(fx)) prevented = true;
    this.placeCaret(before);
    return prevented;
  }

  /** What the grid does to the input's text selection after a state change. */
  private placeCaret(before: CellState) {
    const s = this.ui;
    if (s.cell === null) return;
    const len = this.shown(s.cell).length;
    if (s.mode === 'select') this.sel = { start: 0, end: len };
    else if (s.caretSeq !== before.caretSeq || s.cell !== before.cell) this.sel = caretAt(len);
  }

  private run(fx: Effect): boolean {
    switch (fx.type) {
      case 'prevent':
        return true;
      case 'write':
        this.values.set(fx.cell, fx.text);
        break;
      case 'record':
        this.undo.push([{ cell: fx.cell, before: fx.before, after: fx.after }]);
        break;
      case 'focus':
        this.focus(fx.cell);
        break;
      case 'paste': {
        const plan = this.plan(fx.cell, fx.range, readTextBlock(fx.text));
        const changes = changesOf(plan.writes, (c) => this.values.get(c) ?? '');
        for (const w of plan.writes) this.values.set(w.cell, w.text);
        this.undo.push(changes);
        break;
      }
      case 'change':
        for (const ch of fx.changes) this.values.set(ch.cell, ch.after);
        this.undo.push(fx.changes);
        break;
      case 'copy':
      case 'reveal':
        break;
      case 'undo':
      case 'redo': {
        const changes = fx.type === 'undo' ? this.undo.undo() : this.undo.redo();
        if (!changes) break;
        for (const ch of changes) this.values.set(ch.cell, ch.after);
        const first = changes[0]!.cell;
        if (this.geometry.positions.has(first)) this.focus(first);
        break;
      }
    }
    return false;
  }

  /** What a paste at `cell` (over `range`, if one is selected) writes: as the grid plans it. */
  private plan(cell: string, range: Range | undefined, block: string[][]): PastePlan {
    const rect = range ? rectOf(this.geometry.positions, range) : null;
    const options = { rowBalance: this.model.rowBalance };
    return rect
      ? planRangePaste(this.rows, this.model.columns, this.model.cell, rect, block, options)
      : planPaste(
          this.rows,
          this.model.columns,
          this.model.cell,
          this.geometry.positions.get(cell)!,
          block,
          options,
        );
  }

  /** focus() on another input: it blurs the focused one, then focuses the new one. */
  private focus(cell: string) {
    if (this.ui.cell === cell) return;
    if (this.ui.cell !== null) this.dispatch({ type: 'blur' });
    this.dispatch({ type: 'focus', cell });
  }
}

const caretAt = (at: number): Selection => ({ start: at, end: at });

/** Shift+← (-1) / Shift+→ (1) in a text input: the selection's focus end moves, its anchor stays. */
export function shiftSelect(
  sel: Selection,
  backward: boolean,
  dir: -1 | 1,
  length: number,
): { sel: Selection; backward: boolean } {
  const anchor = backward ? sel.end : sel.start;
  const focus = Math.min(length, Math.max(0, (backward ? sel.start : sel.end) + dir));
  return {
    sel: { start: Math.min(anchor, focus), end: Math.max(anchor, focus) },
    backward: focus < anchor,
  };
}

/** Typing (or pasting, or composing) `s` over the selection of a text input. */
export function insert(text: string, sel: Selection, s: string): { text: string; sel: Selection } {
  return { text: text.slice(0, sel.start) + s + text.slice(sel.end), sel: caretAt(sel.start + s.length) };
}
