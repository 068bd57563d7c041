// The one read-check-write path for an existing report. Everything that changes a report goes
// through here so the revision rule holds everywhere: read the stored revision and write identity,
// and write revision + 1 with a new identity in the same readwrite transaction, so two tabs can
// never both "win" (and a restored copy at an equal revision never passes for the old one). The list
// record is written in that transaction too (report-writes.ts): a caller that wraps this in its
// own transaction must include reportTables(db).
import { isContentLocked } from '../domain/review/roles';
import type { NianbaoDb } from './db';
import { putReport, reportTables } from './report-writes';
import { ReportLockedError, ReportNotFoundError, StaleRevisionError } from './storage-errors';
import type { Base, StoredReport } from './stored-report';
import { baseRevision, matchesBase, newWriteId } from './write-identity';

export type Clock = () => Date;

export type UpdateGuard = {
  /** the write the caller's copy is based on; undefined = unconditional (list actions) */
  base?: Base;
  /** refuse when the content is locked — 已审定, handed over, or received (content writes; not review or trash actions) */
  refuseLocked?: boolean;
  /** the new write's identity, when the caller chose it (autosave: see autosave.ts `write`) */
  writeId?: string;
};

/**
 * Applies `change` to the stored report and bumps its revision. `change` returns the fields to
 * replace, or null to leave the report untouched (an idempotent no-op, e.g. deleting twice).
 */
export function updateReport(
  db: NianbaoDb,
  clock: Clock,
  id: string,
  guard: UpdateGuard,
  change: (current: StoredReport, nowIso: string) => Partial<StoredReport> | null,
): Promise<StoredReport> {
  return db.transaction('rw', reportTables(db), async () => {
    const current = await db.reports.get(id);
    if (!current) throw new ReportNotFoundError(id);
    if (guard.base !== undefined && !matchesBase(current, guard.base)) {
      throw new StaleRevisionError(id, baseRevision(guard.base), current.revision);
    }
    if (guard.refuseLocked) {
      const { status } = current.review;
      const origin = current.origin ?? 'own';
      if (isContentLocked(origin, status))
        throw new ReportLockedError(
          id,
          origin === 'received' ? 'received' : status === 'approved' ? 'approved' : 'submitted',
        );
    }
    const nowIso = clock().toISOString();
    const fields = change(current, nowIso);
    if (fields === null) return current;
    const next: StoredReport = {
      ...current,
      ...fields,
      id,
      revision: current.revision + 1,
      writeId: guard.writeId ?? newWriteId(),
      updatedAt: nowIso,
    };
    await putReport(db, next);
    return next;
  });
}
