// Saved versions of a report's draft (版本记录): snapshots taken at wizard steps, at intervals,
// on review transitions, on import and on restore. Thinned on every add (see version-thinning.ts).
import { Dexie } from 'dexie';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Review } from '../domain/report/review-schema';
import type { NianbaoDb } from './db';
import type { Clock } from './report-update';
import { ReportNotFoundError } from './storage-errors';
import type { ReportVersion, SavedReportVersion, VersionReason } from './stored-report';
import { chooseVersionsToDelete } from './version-thinning';

/**
 * Never thinned: review snapshots are what 「与上次审阅比较」 compares against, 'import' holds
 * the content an import replaced, 'manual' is a save point the clerk asked for.
 */
export const PINNED_REASONS: readonly VersionReason[] = ['review', 'import', 'manual'];

const ofReport = (db: NianbaoDb, reportId: string) =>
  db.versions.where('[reportId+at]').between([reportId, Dexie.minKey], [reportId, Dexie.maxKey], true, true);

export function createVersionStore(db: NianbaoDb, clock: Clock) {
  /** Drops surplus versions of one report, reading only index keys (never the drafts). */
  async function thin(reportId: string): Promise<void> {
    const entries: { id: number; at: string }[] = [];
    await ofReport(db, reportId).eachKey((key, cursor) => {
      // key is the compound index key [reportId, at]
      const at = (key as [string, string])[1];
      entries.push({ id: cursor.primaryKey as number, at });
    });
    const pinned = new Set(
      await db.versions
        .where('[reportId+reason]')
        .anyOf(PINNED_REASONS.map((reason) => [reportId, reason]))
        .primaryKeys(),
    );
    const doomed = chooseVersionsToDelete(
      entries.map((e) => ({ ...e, pinned: pinned.has(e.id) })),
      clock(),
    );
    if (doomed.length > 0) await db.versions.bulkDelete(doomed);
  }

  /** Adds a version record and thins that report's versions, in one transaction; returns its id. */
  function record(version: ReportVersion): Promise<number> {
    return db.transaction('rw', db.versions, async () => {
      const { id: _ignored, ...fields } = version;
      const id = await db.versions.add(fields);
      await thin(version.reportId);
      return id;
    });
  }

  /** Records `draft` as a version of the report at its current stored revision; returns the version id. */
  function addVersion(
    reportId: string,
    reason: VersionReason,
    draft: ReportDraft,
    review?: Review,
  ): Promise<number> {
    return db.transaction('rw', db.reports, db.versions, async () => {
      const report = await db.reports.get(reportId);
      if (!report) throw new ReportNotFoundError(reportId);
      return record({
        reportId,
        at: clock().toISOString(),
        revision: report.revision,
        reason,
        draft,
        ...(review ? { review } : {}),
      });
    });
  }

  return {
    record,
    addVersion,
    /** Newest first, in one read (the drafts are loaded once, here, so the UI need not getVersion each). */
    listVersions: (reportId: string): Promise<SavedReportVersion[]> =>
      ofReport(db, reportId).reverse().toArray(),
    getVersion: (id: number): Promise<SavedReportVersion | undefined> => db.versions.get(id),
    /** Every version of every report, for a full backup. */
    allVersions: (): Promise<SavedReportVersion[]> => db.versions.toArray(),
  };
}
