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
