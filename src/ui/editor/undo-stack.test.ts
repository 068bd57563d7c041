import { describe, expect, it } from 'vitest';
import { createUndoStack } from './undo-stack';

describe('undo stack', () => {
  it('undoes and redoes whole actions, and a new action clears redo', () => {
    const u = createUndoStack();
    u.push([
      { cell: 'a', before: '', after: '1' },
      { cell: 'b', before: '', after: '2' },
    ]);
    u.push([{ cell: 'a', before: '1', after: '5' }]);
    expect(u.undo()).toEqual([{ cell: 'a', before: '5', after: '1' }]);
    expect(u.redo()).toEqual([{ cell: 'a', before: '1', after: '5' }]);
    expect(u.undo()).toHaveLength(1);
    expect(u.undo()).toEqual([
      { cell: 'a', before: '1', after: '' },
      { cell: 'b', before: '2', after: '' },
    ]);
    expect(u.undo()).toBeNull();
    u.push([{ cell: 'c', before: '', after: '3' }]);
    expect(u.canRedo()).toBe(false);
  });
  it('ignores no-op changes', () => {
    const u = createUndoStack();
    u.push([{ cell: 'a', before: '1', after: '1' }]);
    expect(u.canUndo()).toBe(false);
  });
});
