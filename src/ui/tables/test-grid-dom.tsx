// Test support for grids in happy-dom: renders the REAL DataGrid inside an editor context whose
// cell writes go straight to a draft store, and drives it like a browser would — events first,
// then, unless the grid prevented it, the browser's own default action (focus and caret on
// mousedown, text typed at the caret, Tab moving focus away). happy-dom dispatches events but
// performs no default actions, so this file supplies the few a text input has.
import { act, fireEvent, render } from '@testing-library/react';
import type { UseFormReturn } from 'react-hook-form';
import { parseCellId } from '../../domain/report/cell-address';
import { readDraftCell, writeDraftCell } from '../../domain/report/draft-convert';
import { emptyDraft } from '../../domain/report/empty-report';
import type { ReportDraft } from '../../domain/report/report-schema';
import { createDraftStore, type DraftStore } from '../editor/draft-store';
import { EditorContext, type EditorContextValue } from '../editor/editor-context';
import { createUndoStack, type UndoStack } from '../editor/undo-stack';
import { DataGrid } from './data-grid';
import type { GridModel } from './grid-model';
import { type GridAction, type GridView, insert, type Selection, shiftSelect } from './test-grid-model';

export type MountedGrid = {
  store: DraftStore;
  container: HTMLElement;
  input(cell: string): HTMLInputElement;
  /** the grid as the clerk sees it, in the model's terms */
  view(cells: readonly string[]): GridView;
  stored(cells: readonly string[]): Record<string, string>;
  run(action: GridAction): void;
  /** back to the initial texts, nothing selected, an empty undo history (for the next sequence) */
  reset(): void;
  unmount(): void;
};

export function mountGrid(model: GridModel, initial: Record<string, string> = {}): MountedGrid {
  let draft: ReportDraft = emptyDraft({
    id: 'grid-test',
    agencyName: '测试单位',
    year: 2021,
    reportKind: 'department',
  });
  for (const [cell, text] of Object.entries(initial)) draft = writeDraftCell(draft, parseCellId(cell)!, text);
  const initialDraft = draft;
  // The grid keeps the undo stack it was given: reset() swaps the history behind it.
  let history = createUndoStack();
  const undo: UndoStack = {
    push: (changes) => history.push(changes),
    undo: () => history.undo(),
    redo: () => history.redo(),
    canUndo: () => history.canUndo(),
    canRedo: () => history.canRedo(),
  };
  const store = createDraftStore(draft, { previous: null, requiredOtherMatters: [], accepted: {} });
  const setCells = (changes: readonly { cell: string; text: string }[]) => {
    let next = store.get().draft;
    for (const c of changes) {
      const a = parseCellId(c.cell)!;
      if (readDraftCell(next, a) !== c.text) next = writeDraftCell(next, a, c.text);
    }
    if (next !== store.get().draft) store.set(next);
  };
  const ctx: EditorContextValue = {
    id: 'grid-test',
    // Grids never touch the form: they write through setCell/setCells.
    form: null as unknown as UseFormReturn<ReportDraft>,
    store,
    undo,
    locked: false,
    previous: null,
    acceptWarning: async () => {},
    setCell: (cell, text) => setCells([{ cell, text }]),
    setCells,
    flush: async () => {},
    reloadFromStorage: async () => {},
    exclusive: () => Promise.reject(new Error('not in grid tests')),
  };
  const r = render(
    <EditorContext.Provider value={ctx}>
      <DataGrid model={model} />
      <button type="button">表格之外</button>
    </EditorContext.Provider>,
  );
  const container = r.container;
  // React keeps the inputs for the grid's lifetime: look them up once (happy-dom's selectors are slow);
  // one that was replaced after all fails loudly instead of being read detached.
  const inputs = new Map(
    [...container.querySelectorAll<HTMLInputElement>('input[data-cell]')].map((el) => [el.dataset.cell!, el]),
  );
  const input = (cell: string) => {
    const el = inputs.get(cell);
    if (!el?.isConnected) throw new Error(`no input ${cell}`);
    return el;
  };
  const focused = (): HTMLInputElement | null => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement && el.dataset.cell && container.contains(el) ? el : null;
  };
  const user = new DomUser(focused);
  return {
    store,
    container,
    input,
    view(cells) {
      const values: Record<string, string> = {};
      for (const c of cells) values[c] = input(c).value;
      const el = focused();
      return {
        values,
        cell: el?.dataset.cell ?? null,
        mode: (el?.dataset.mode as GridView['mode']) ?? null,
        selection: el ? { start: el.selectionStart ?? -1, end: el.selectionEnd ?? -1 } : null,
        range: [...container.querySelectorAll<HTMLElement>('td.in-range [data-cell]')].map(
          (e) => e.dataset.cell!,
        ),
      };
    },
    stored(cells) {
      const d = store.get().draft;
      return Object.fromEntries(cells.map((c) => [c, readDraftCell(d, parseCellId(c)!)]));
    },
    run(action) {
      act(() => user.run(action, input));
    },
    reset() {
      act(() => focused()?.blur());
      history = createUndoStack();
      act(() => store.set(initialDraft));
    },
    unmount: () => r.unmount(),
  };
}

const setNativeValue = (el: HTMLInputElement, text: string) => {
  // Through the prototype's setter, so React's value tracker sees a change made by the browser.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, text);
};

/** A browser's handling of mouse, keyboard, clipboard and IME input on text inputs. */
export class DomUser {
  constructor(private readonly focused: () => HTMLInputElement | null) {}

  run(action: GridAction, input: (cell: string) => HTMLInputElement) {
    switch (action.kind) {
      case 'click':
        return this.click(input(action.cell), action.caret, action.shift ?? false);
      case 'dblclick': {
        const el = input(action.cell);
        this.click(el, undefined, false);
        this.click(el, undefined, false);
        // A double click selects the word under the pointer (here: the whole number).
        if (fireEvent.doubleClick(el, { detail: 2 })) el.setSelectionRange(0, el.value.length);
        return;
      }
      case 'type':
        return this.key(action.ch, {});
      case 'key':
        return this.key(action.key, { shiftKey: action.shift ?? false });
      case 'undo':
        return this.key('z', { ctrlKey: true });
      case 'redo':
        return this.key('y', { ctrlKey: true });
      case 'selectAll':
        return this.key('a', { ctrlKey: true });
      case 'paste': {
        const el = this.focused();
        if (!el) return;
        const event = new Event('paste', { bubbles: true, cancelable: true });
        Object.defineProperty(event, 'clipboardData', {
          value: { getData: (type: string) => (type === 'text/plain' ? action.text : '') },
        });
        if (el.dispatchEvent(event)) this.typeText(el, action.text.replace(/[\r\n]/g, ''));
        return;
      }
      case 'leave':
        this.focused()?.blur();
        return;
      case 'ime': {
        const el = this.focused();
        if (!el) return;
        fireEvent.compositionStart(el, { data: '' });
        const next = insert(el.value, selection(el), action.text);
        setNativeValue(el, next.text);
        el.setSelectionRange(next.sel.start, next.sel.end);
        fireEvent.input(el, { isComposing: true, data: action.text });
        fireEvent.compositionEnd(el, { data: action.text });
        return;
      }
    }
  }

  private click(el: HTMLInputElement, caret: number | undefined, shiftKey: boolean) {
    if (fireEvent.mouseDown(el, { button: 0, shiftKey })) {
      // Not prevented: the browser focuses the input and puts the caret where the pointer is.
      if (document.activeElement !== el) el.focus();
      const at = Math.min(caret ?? el.value.length, el.value.length);
      el.setSelectionRange(at, at);
    }
    fireEvent.mouseUp(el, { button: 0, shiftKey });
    fireEvent.click(el, { button: 0, shiftKey });
  }

  private key(key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean }) {
    const el = this.focused();
    if (!el) return;
    const notPrevented = fireEvent.keyDown(el, { key, ...mods });
    if (notPrevented) this.defaultAction(el, key, mods);
    fireEvent.keyUp(document.activeElement ?? el, { key, ...mods });
  }

  /** the input whose text selection was made by Shift+← (happy-dom keeps no selection direction) */
  private backward: HTMLInputElement | null = null;

  private defaultAction(el: HTMLInputElement, key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean }) {
    if (el.readOnly) return;
    const { start, end } = selection(el);
    const text = el.value;
    if (key.length === 1 && !mods.ctrlKey) return this.typeText(el, key);
    if (key === 'a' && mods.ctrlKey) return el.setSelectionRange(0, text.length);
    switch (key) {
      case 'Backspace':
        if (start !== end) return this.edit(el, text.slice(0, start) + text.slice(end), start);
        if (start > 0) return this.edit(el, text.slice(0, start - 1) + text.slice(end), start - 1);
        return;
      case 'Delete':
        if (start !== end) return this.edit(el, text.slice(0, start) + text.slice(end), start);
        if (end < text.length) return this.edit(el, text.slice(0, start) + text.slice(end + 1), start);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (mods.shiftKey) {
          const next = shiftSelect(
            { start, end },
            start !== end && this.backward === el,
            key === 'ArrowLeft' ? -1 : 1,
            text.length,
          );
          this.backward = next.backward ? el : null;
          return el.setSelectionRange(next.sel.start, next.sel.end);
        }
        return this.moveOrLeave(el, key, start, end, text);
      default:
        return this.moveOrLeave(el, key, start, end, text);
    }
  }

  /** ←/→ move the caret; Tab takes the focus out of the grid. */
  private moveOrLeave(el: HTMLInputElement, key: string, start: number, end: number, text: string) {
    switch (key) {
      case 'ArrowLeft': {
        const at = start !== end ? start : Math.max(0, start - 1);
        return el.setSelectionRange(at, at);
      }
      case 'ArrowRight': {
        const at = start !== end ? end : Math.min(text.length, end + 1);
        return el.setSelectionRange(at, at);
      }
      case 'Tab':
        // Focus moves on to the next focusable element, outside the grid.
        el.blur();
        return;
      default:
        return;
    }
  }

  private typeText(el: HTMLInputElement, s: string) {
    const next = insert(el.value, selection(el), s);
    this.edit(el, next.text, next.sel.start);
  }

  private edit(el: HTMLInputElement, text: string, caret: number) {
    setNativeValue(el, text);
    el.setSelectionRange(caret, caret);
    fireEvent.input(el);
  }
}

function selection(el: HTMLInputElement): Selection {
  return { start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
}
