// 「恢复备份」: a validated backup (domain/interchange/backup.ts) written into IndexedDB in ONE
// readwrite transaction, so a restore is all or nothing — a full disk halfway through leaves the
// data exactly as it was (docs/FORMAT.md §5 "rejected whole"). Reads first (one bulkGet), decides
// everything in memory, then writes in chunks, reporting progress between them.
//
// Nothing is lost and nothing is trusted:
// - 替换全部: everything here is replaced; the backup's histories come along.
// - 合并: a report missing here is added; where both have it, the one saved later stays current
//   and the other is kept as a history version (reason 'import', never thinned); the backup's
//   history versions are added unless the same version is already here.
// - A file's revision is never the local one: every written record gets the next local revision
//   (past the one it replaces, if any) and a new write identity, so an open tab holding the old
//   copy is refused instead of overwriting the restored one (write-identity.ts).
import type { NianbaoDb } from './db';
import type { Clock } from './report-update';
import { bulkPutReports, clearReports, reportTables } from './report-writes';
import type { ReportVersion, Roster, StoredReport } from './stored-report';
import { newWriteId } from './write-identity';

export type RestoreMode = 'merge' | 'replace';

/** One report of a backup: its record and saved versions (their reportId, if any, is its id). */
export type RestoreEntry = { stored: StoredReport; versions: Omit<ReportVersion, 'id'>[] };

export type RestoreProgress = { done: number; total: number };

/** What a restore did, report by report (ids), for an exact account to the clerk. */
export type RestoreOutcome = {
  mode: RestoreMode;
  /** not here before */
  added: string[];
  /** the backup's copy was newer: it is current now, the local one is a history version */
  replaced: string[];
  /** the local copy was newer: it stays, the backup's one is a history version */
  keptLocal: string[];
  /** the same content on both sides */
  unchanged: string[];
  versionsAdded: number;
  rostersRestored: number;
};

/** Reports per write chunk: small enough for progress to move, big enough to keep bulk writes cheap. */
const CHUNK = 250;

const sameContent = (a: StoredReport, b: StoredReport) =>
  a.kind === b.kind &&
  (a.deletedAt === null) === (b.deletedAt === null) &&
  JSON.stringify(a.draft) === JSON.stringify(b.draft) &&
  JSON.stringify(a.review) === JSON.stringify(b.review) &&
  JSON.stringify(a.acceptedFingerprints) === JSON.stringify(b.acceptedFingerprints);

/** Later of two ISO times (with any offset); an unreadable time counts as oldest. */
const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

const versionKey = (v: Omit<ReportVersion, 'id'>) =>
  `${v.at}\u0000${v.revision}\u0000${v.reason}\u0000${JSON.stringify(v.draft)}`;

/** The record as written here: the next local revision, a new write identity. */
const asLocal = (stored: StoredReport, replaced: StoredReport | undefined): StoredReport => ({
  ...stored,
  revision: (replaced?.revision ?? 0) + 1,
  writeId: newWriteId(),
});

export function createBackupRestore(db: NianbaoDb, clock: Clock) {
  async function restoreBackup(
    mode: RestoreMode,
    entries: readonly RestoreEntry[],
    rosters: readonly Roster[],
    opts: { onProgress?: (p: RestoreProgress) => void } = {},
  ): Promise<RestoreOutcome> {
    const total = entries.length;
    const outcome: RestoreOutcome = {
      mode,
      added: [],
      replaced: [],
      keptLocal: [],
      unchanged: [],
      versionsAdded: 0,
      rostersRestored: rosters.length,
    };
    const ids = entries.map((e) => e.stored.id);
    // Two records with one id would silently keep only the last (the file schema refuses it too).
    if (new Set(ids).size !== ids.length) throw new Error('backup holds two reports with one id');
    await db.transaction('rw', [...reportTables(db), db.versions, db.rosters], async () => {
      const nowIso = clock().toISOString();
      const locals = await db.reports.bulkGet(ids);
      const records: StoredReport[] = [];
      const versions: Omit<ReportVersion, 'id'>[] = [];
      /** versions already here, per report (merge only: replace clears them) */
      const present = new Map<string, Set<string>>();
      if (mode === 'merge') {
        const ids = entries.filter((_, i) => locals[i] !== undefined).map((e) => e.stored.id);
        for (const v of ids.length ? await db.versions.where('reportId').anyOf(ids).toArray() : []) {
          const keys = present.get(v.reportId) ?? new Set<string>();
          keys.add(versionKey(v));
          present.set(v.reportId, keys);
        }
      }
      const addVersion = (v: Omit<ReportVersion, 'id'>) => {
        const keys = present.get(v.reportId) ?? new Set<string>();
        const key = versionKey(v);
        if (keys.has(key)) return;
        keys.add(key);
        present.set(v.reportId, keys);
        versions.push(v);
      };
      const snapshot = (r: StoredReport, at: string): Omit<ReportVersion, 'id'> => ({
        reportId: r.id,
        at,
        revision: r.revision,
        reason: 'import',
        draft: r.draft,
        review: r.review,
      });

      entries.forEach(({ stored, versions: saved }, i) => {
        const local = locals[i];
        if (mode === 'replace' || local === undefined) {
          records.push(asLocal(stored, local));
          (local === undefined ? outcome.added : outcome.replaced).push(stored.id);
        } else if (sameContent(local, stored)) {
          outcome.unchanged.push(stored.id);
        } else if (time(stored.updatedAt) > time(local.updatedAt)) {
          addVersion(snapshot(local, nowIso));
          records.push(asLocal(stored, local));
          outcome.replaced.push(stored.id);
        } else {
          // The dialog promises 「另一份存为历史版本」: the backup's copy, dated when it was saved.
          addVersion(snapshot(stored, stored.updatedAt));
          outcome.keptLocal.push(stored.id);
        }
        for (const v of saved) addVersion({ ...v, reportId: stored.id });
      });

      if (mode === 'replace') {
        await clearReports(db);
        await db.versions.clear();
      }
      opts.onProgress?.({ done: 0, total });
      let done = 0;
      for (let start = 0; start < records.length; start += CHUNK) {
        const chunk = records.slice(start, start + CHUNK);
        await bulkPutReports(db, chunk);
        done += chunk.length;
        opts.onProgress?.({ done, total });
      }
      for (let start = 0; start < versions.length; start += CHUNK * 4) {
        await db.versions.bulkAdd(versions.slice(start, start + CHUNK * 4));
      }
      outcome.versionsAdded = versions.length;
      if (rosters.length) await db.rosters.bulkPut([...rosters]);
      opts.onProgress?.({ done: total, total });
    });
    return outcome;
  }

  return { restoreBackup };
}
