// The list records of the own drafts (not 参考, not in 回收站), newest first, kept in memory for the
// life of the app — and, apart, those of the 参考报告 (the list's 「参考报告」 filter). The reports list is the home page and 「新建报告」 looks up last year's report in
// it: reading 1,000 list records from IndexedDB costs ~50 ms on a cold read, more than drawing the
// list, so the records are read once and then PATCHED from each committed write — Dexie's
// 'storagemutated' event names the primary keys a write touched (in this tab, and in other tabs
// through its BroadcastChannel), and only those records are read again. A live query would read
// all 1,000 again after every autosave, which doubled the keystroke-to-commit time with 1,000
// reports stored. A write that is not a set of single keys (a table cleared by a backup restore)
// or touches many reports makes it read everything again.
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { NianbaoDb } from './db';
import { selectListed } from './list-order';
import type { ReportListItem } from './report-list-item';

export type ListSnapshot = {
  /** The drafts, newest first; undefined until the first read has answered. */
  drafts: readonly ReportListItem[] | undefined;
  /** The live 参考报告 (批量审核, last year's published text), newest first; undefined likewise. */
  references: readonly ReportListItem[] | undefined;
  /** Why the last read failed; null while the feed works. */
  failure: unknown;
};

export type ListFeed = {
  /** The same object until the next change (what React's useSyncExternalStore needs). */
  snapshot(): ListSnapshot;
  /** `onChange` runs after each change of the snapshot; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
  /** Stops listening for writes (the database is being closed). */
  close(): void;
};

/** More changed records than this are read with one full read instead. */
const PATCH_LIMIT = 100;

/** The single keys of an interval tree, or null when it holds a range or more than `limit` keys. */
function singleKeys(tree: IntervalTree | undefined, limit: number): string[] | null {
  const keys: string[] = [];
  const stack: (IntervalTree | null | undefined)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || !('from' in node)) continue;
    if (typeof node.from !== 'string' || node.to !== node.from) return null;
    keys.push(node.from);
    if (keys.length > limit) return null;
    stack.push(node.l, node.r);
  }
  return keys;
}

export function createDraftListFeed(db: NianbaoDb): ListFeed {
  const part = `idb://${db.name}/${db.reportList.name}/`;
  const records = new Map<string, ReportListItem>();
  let state: ListSnapshot = { drafts: undefined, references: undefined, failure: null };
  const listeners = new Set<() => void>();
  // Reads run one after another, so a patch read after a full read is applied after it.
  let queue: Promise<void> = Promise.resolve();

  const set = (next: ListSnapshot) => {
    state = next;
    for (const l of listeners) l();
  };
  const publish = () =>
    set({
      drafts: selectListed(records.values(), { kind: 'draft' }),
      references: selectListed(records.values(), { kind: 'reference' }),
      failure: null,
    });
  const fail = (failure: unknown) => set({ ...state, failure });
  const enqueue = (read: () => Promise<void>) => {
    queue = queue.then(read).catch(fail);
  };
  const readAll = async () => {
    const all = await db.reportList.toArray();
    records.clear();
    for (const r of all) records.set(r.id, r);
    publish();
  };
  const readSome = async (ids: readonly string[]) => {
    const found = await db.reportList.bulkGet([...ids]);
    ids.forEach((id, i) => {
      const r = found[i];
      if (r) records.set(id, r);
      else records.delete(id);
    });
    publish();
  };

  const onMutated = (parts: ObservabilitySet) => {
    const changed = parts[part];
    const deleted = parts[`${part}:dels`];
    if (!changed && !deleted) return;
    const keys = singleKeys(changed, PATCH_LIMIT);
    const dels = singleKeys(deleted, PATCH_LIMIT);
    if (keys === null || dels === null || keys.length + dels.length > PATCH_LIMIT) enqueue(readAll);
    else enqueue(() => readSome([...new Set([...keys, ...dels])]));
  };
  // Listening before the first read starts: a write committed while it runs is read again after it.
  Dexie.on('storagemutated', onMutated);
  enqueue(readAll);

  return {
    snapshot: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    close: () => Dexie.on('storagemutated').unsubscribe(onMutated),
  };
}
