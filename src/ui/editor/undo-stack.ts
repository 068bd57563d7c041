// Undo/redo for cell edits (typing, clearing, paste, 「空白填0」): each entry is one user action
// that may touch many cells, so a whole paste undoes in one Ctrl+Z.
export type CellChange = { cell: string; before: string; after: string };
export type UndoStack = {
  push(changes: CellChange[]): void;
  undo(): CellChange[] | null;
  redo(): CellChange[] | null;
  canUndo(): boolean;
  canRedo(): boolean;
};

export function createUndoStack(limit = 200): UndoStack {
  const done: CellChange[][] = [];
  const undone: CellChange[][] = [];
  return {
    push(changes) {
      const real = changes.filter((c) => c.before !== c.after);
      if (real.length === 0) return;
      done.push(real);
      if (done.length > limit) done.shift();
      undone.length = 0;
    },
    undo() {
      const last = done.pop();
      if (!last) return null;
      undone.push(last);
      return last.map((c) => ({ cell: c.cell, before: c.after, after: c.before }));
    },
    redo() {
      const next = undone.pop();
      if (!next) return null;
      done.push(next);
      return next;
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
  };
}
