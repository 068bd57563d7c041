import { describe, expect, it } from 'vitest';
import { createValueStore } from './value-store';

describe('createValueStore', () => {
  it('notifies subscribers of a change only, and not after they unsubscribe', () => {
    const store = createValueStore({ n: 1 });
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.get().n));
    const same = store.get();
    store.set(same);
    store.set({ n: 2 });
    off();
    store.set({ n: 3 });
    expect(seen).toEqual([2]);
    expect(store.get()).toEqual({ n: 3 });
  });
});
