// Ctrl+Z / Ctrl+Y in a text box by the groups of text-history.ts instead of the browser's own undo
// (one IME commit per press, and nothing at all of a paste the app cleaned and wrote itself: a
// selected 说明 pasted over could not be got back). A paste, when `clean` is given, is cleaned and
// written at the caret as the browser would (the caret after the pasted text, not at the end of the
// box) and is one undo step. The box's own listeners (react-hook-form, React's onChange) see every
// undo, redo and paste as an input event.
import { useCallback, useRef } from 'react';
import { createTextHistory, type EditKind, type TextState } from './text-history';

type TextBox = HTMLTextAreaElement | HTMLInputElement;

const stateOf = (el: TextBox): TextState => ({
  value: el.value,
  start: el.selectionStart ?? el.value.length,
  end: el.selectionEnd ?? el.value.length,
});

function kindOf(inputType: string): EditKind {
  if (inputType.startsWith('insertFrom') || inputType === 'deleteByCut' || inputType === 'deleteByDrag')
    return 'paste';
  if (inputType.startsWith('delete')) return 'delete';
  if (inputType.startsWith('insert')) return 'type';
  return 'other';
}

/** Writes `value` as if typed: the prototype's setter (React's tracker then sees a change) and an input event. */
function writeBox(el: TextBox, state: TextState) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
  if (setter) setter.call(el, state.value);
  else el.value = state.value;
  el.setSelectionRange(state.start, state.end);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Attaches grouped undo (and, with `clean`, the cleaning paste) to a text box; returns the detach. */
export function attachTextUndo(el: TextBox, clean?: (text: string) => string): () => void {
  const history = createTextHistory();
  let last = stateOf(el);
  let pending: TextState | null = null;
  let composingFrom: TextState | null = null;
  let writing = false;

  const apply = (state: TextState | null) => {
    if (!state || el.readOnly) return;
    writing = true;
    try {
      writeBox(el, state);
    } finally {
      writing = false;
    }
    last = stateOf(el);
  };
  const undo = () => apply(history.undo(stateOf(el)));
  const redo = () => apply(history.redo(stateOf(el)));

  const onKeyDown = (e: Event) => {
    const k = e as KeyboardEvent;
    if (k.isComposing || !(k.ctrlKey || k.metaKey) || k.altKey) return;
    const key = k.key.toLowerCase();
    if (key === 'z' && !k.shiftKey) {
      k.preventDefault();
      undo();
    } else if (key === 'y' || (key === 'z' && k.shiftKey)) {
      k.preventDefault();
      redo();
    }
  };
  const onBeforeInput = (e: Event) => {
    const i = e as InputEvent;
    if (i.inputType === 'historyUndo' || i.inputType === 'historyRedo') {
      // The context menu's 撤销 / 恢复: ours, not the browser's.
      i.preventDefault();
      if (i.inputType === 'historyUndo') undo();
      else redo();
      return;
    }
    if (!composingFrom) pending = stateOf(el);
  };
  const onInput = (e: Event) => {
    if (writing || composingFrom || (e as InputEvent).isComposing) return;
    const after = stateOf(el);
    const before = pending && pending.value !== after.value ? pending : last;
    pending = null;
    history.record(before, after, kindOf((e as InputEvent).inputType ?? ''), Date.now());
    last = after;
  };
  const onCompositionStart = () => {
    composingFrom = pending ?? stateOf(el);
  };
  const onCompositionEnd = () => {
    const from = composingFrom ?? last;
    composingFrom = null;
    pending = null;
    const after = stateOf(el);
    history.record(from, after, 'type', Date.now());
    last = after;
  };
  // The caret moved (a click, an arrow): the next change begins where it now is.
  const onSelect = () => {
    if (!composingFrom) last = stateOf(el);
  };
  const onPaste = (e: Event) => {
    if (!clean || el.readOnly) return;
    const c = e as ClipboardEvent;
    const text = c.clipboardData?.getData('text/plain');
    if (!text) return;
    c.preventDefault();
    const before = stateOf(el);
    const cleaned = clean(text);
    const value = before.value.slice(0, before.start) + cleaned + before.value.slice(before.end);
    const caret = before.start + cleaned.length;
    const after = { value, start: caret, end: caret };
    apply(after);
    history.record(before, after, 'paste', Date.now());
  };

  const listeners: [string, (e: Event) => void][] = [
    ['keydown', onKeyDown],
    ['beforeinput', onBeforeInput],
    ['input', onInput],
    ['compositionstart', onCompositionStart],
    ['compositionend', onCompositionEnd],
    ['select', onSelect],
    ['keyup', onSelect],
    ['mouseup', onSelect],
    ['focus', onSelect],
    ['paste', onPaste],
  ];
  for (const [type, fn] of listeners) el.addEventListener(type, fn);
  return () => {
    for (const [type, fn] of listeners) el.removeEventListener(type, fn);
  };
}

/**
 * A ref callback attaching grouped undo to the text box it is given, and handing the box on to
 * `forward` (react-hook-form's ref). Stable across renders: the box re-renders at every key, and a
 * new ref each time would detach and attach again (losing a composition under way).
 */
export function useTextUndo(
  clean?: (text: string) => string,
  forward?: (el: TextBox | null) => void,
): (el: TextBox | null) => void {
  const detach = useRef<(() => void) | null>(null);
  const latest = useRef({ clean, forward });
  latest.current = { clean, forward };
  return useCallback((el: TextBox | null) => {
    latest.current.forward?.(el);
    detach.current?.();
    detach.current = el
      ? attachTextUndo(el, latest.current.clean && ((t) => latest.current.clean!(t)))
      : null;
  }, []);
}
