// One value outside React that views subscribe to (useSyncExternalStore): when it changes only
// the views whose selection of it changed re-render, not every component below the one that would
// otherwise hold it in its state (issue 17 §3: the save state, the selected grid cell).

export type ValueStore<T> = {
  get(): T;
  set(next: T): void;
  subscribe(cb: () => void): () => void;
};

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of listeners) l();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
