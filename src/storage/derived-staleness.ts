// Which reports have a list record or a 汇总 record computed with other checks than this code's
// (db.ts v5, StoredReport.checkedWith): found at start-up, then derived again in idle time
// (derived-refresh.ts). Runs at every start, so the usual case — nothing stale — must cost next to
// nothing: two counts per table on the primary key and the 'checkedWith' index, no record read.
import { CHECKED_WITH } from '../domain/summary/summary-facts';
import type { NianbaoDb } from './db';

type MarkedTable = NianbaoDb['reportList'] | NianbaoDb['reportSums'];

async function staleIn(table: MarkedTable, into: Set<string>): Promise<void> {
  const current = table.where('checkedWith').equals(CHECKED_WITH);
  const [all, fresh] = await Promise.all([table.count(), current.count()]);
  if (all === fresh) return;
  // Key-only reads: the ids of every record and of the current ones.
  const [ids, freshIds] = await Promise.all([table.toCollection().primaryKeys(), current.primaryKeys()]);
  const isFresh = new Set<string>(freshIds);
  for (const id of ids) if (!isFresh.has(id)) into.add(id);
}

/** The ids of the reports whose list or 汇总 record is stale (records without 'checkedWith' too). */
export function staleDerivedIds(db: NianbaoDb): Promise<string[]> {
  return db.transaction('r', db.reportList, db.reportSums, async () => {
    const ids = new Set<string>();
    await staleIn(db.reportList, ids);
    await staleIn(db.reportSums, ids);
    return [...ids].sort();
  });
}

// This tab's writes that leave counts stale (a report written without counts of this code, a
// change of what other reports' checks depend on: derived-dependents.ts) tell the refresher here,
// so the list and the 汇总 follow without waiting for the next start. Called inside the write's
// transaction: a listener only schedules work (a later read sees the commit, or nothing if it failed).
const listeners = new WeakMap<NianbaoDb, Set<() => void>>();

/** Calls `listener` after each write of this tab that left counts stale; returns the unsubscribe. */
export function onDerivedStale(db: NianbaoDb, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

export function announceStale(db: NianbaoDb): void {
  for (const listener of listeners.get(db) ?? []) listener();
}
