// Undo and redo in a text box (a 说明, the 前言), grouped as a word processor groups them: Ctrl+Z takes
// back a clause typed, not one character or one IME commit, nor the whole paragraph. The browser's own
// undo took back one commit of the IME (often one character) per press, and none at all of a paste the
// app cleaned and wrote itself (h75, h81).
//
// A group is one run of typing, or one run of deleting, or one paste / cut / drop / other change. A run
// of typing ends where the caret moves away, after a pause, and after a clause: the next character typed
// after 。！？；，, a line break or their ASCII forms begins a new group. A run of deleting (Backspace,
// Delete with no selection) ends likewise at a pause or a move; deleting a selection is a group alone.
// A change that reached the box from elsewhere (another window, a restore) clears the history.
// Pure: the caller reads and writes the text box (use-text-undo.ts).

export type TextState = { value: string; start: number; end: number };
export type EditKind = 'type' | 'delete' | 'paste' | 'other';

/** A pause this long between two changes ends a group. */
export const PAUSE_MS = 2000;
const LIMIT = 500;
const CLAUSE_END = /[。！？；，,.!?;\n]/;

type Group = { before: TextState; after: TextState; kind: EditKind; at: number };

const sameState = (a: TextState, b: TextState) =>
  a.value === b.value && a.start === b.start && a.end === b.end;

export type TextHistory = {
  /** A change made in the box: the state just before it and just after it, at time `at` (ms). */
  record(before: TextState, after: TextState, kind: EditKind, at: number): void;
  /** The state to put back, or null when there is nothing to undo. `current`: the box as it is now. */
  undo(current: TextState): TextState | null;
  redo(current: TextState): TextState | null;
};

export function createTextHistory(): TextHistory {
  const done: Group[] = [];
  let undone: Group[] = [];

  const push = (g: Group) => {
    done.push(g);
    if (done.length > LIMIT) done.shift();
  };
  /**
   * The box changed with no record (another window's save merged in, a version restored): its undo
   * starts afresh, as the browser's own does — Ctrl+Z must not take back what came from elsewhere.
   */
  const outdated = (current: TextState) => {
    const top = done.at(-1);
    if (top && top.after.value !== current.value) {
      done.length = 0;
      undone = [];
    }
  };

  const continues = (top: Group, before: TextState, kind: EditKind, at: number) => {
    if (kind !== top.kind || (kind !== 'type' && kind !== 'delete')) return false;
    if (at - top.at >= PAUSE_MS || !sameState(top.after, before)) return false;
    if (before.start !== before.end) return false;
    if (kind === 'type') {
      const previous = before.value[before.start - 1];
      if (previous !== undefined && CLAUSE_END.test(previous)) return false;
    }
    return true;
  };

  return {
    record(before, after, kind, at) {
      if (before.value === after.value) return;
      outdated(before);
      const top = done.at(-1);
      if (top && undone.length === 0 && continues(top, before, kind, at)) {
        top.after = after;
        top.at = at;
        return;
      }
      push({ before, after, kind, at });
      undone = [];
    },
    undo(current) {
      outdated(current);
      const g = done.pop();
      if (!g) return null;
      undone.push(g);
      return g.before;
    },
    redo(current) {
      const g = undone.at(-1);
      if (!g || g.before.value !== current.value) return null;
      undone.pop();
      done.push(g);
      return g.after;
    },
  };
}
