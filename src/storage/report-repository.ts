// The storage API the UI calls; the UI never sees a Dexie table. Reads contain only Dexie calls,
// so any of them can run inside useLiveQuery/liveQuery and re-run when the data changes.
// Writes reject with a typed StorageError (storage-errors.ts), never a raw DOMException.
//
// Revisions: every write to a report bumps `revision` (report-update.ts). Content writes take the
// revision the caller's copy is based on and fail with StaleRevisionError if another tab saved in
// between. Accepted warnings may be written with the draft (saveDraft's `acceptedFingerprints`),
// so the 说明 in draft.explanations and its fingerprint are committed together, or alone (setAccepted).
import type { Table } from 'dexie';
import { randomUuid } from '../domain/crypto/random-id';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Review } from '../domain/report/review-schema';
import { CHECKED_WITH } from '../domain/summary/summary-facts';
import { createBackupRestore, type RestoreEntry } from './backup-restore';
import type { NianbaoDb } from './db';
import type { RefreshOutcome } from './derived-refresh';
import { onDerivedStale, staleDerivedIds } from './derived-staleness';
import { createDraftListFeed, type ListFeed } from './draft-list-feed';
import { type Listed, type ListOptions, selectListed } from './list-order';
import { findPreviousYear as findPreviousYearIn, type PreviousYearOf } from './previous-year';
import {
  COPY_SUFFIX,
  type CreateOptions,
  denormalised,
  newStoredRecord,
  renamedDraft,
} from './report-fields';
import type { ReportListItem } from './report-list-item';
import type { ReportSumRecord } from './report-sum-record';
import { type Clock, updateReport } from './report-update';
import {
  addReport,
  clearReports,
  deleteReport,
  putReport,
  reportTables,
  updateCounts,
} from './report-writes';
import { createRosterStore } from './roster-store';
import { createSettingsStore } from './settings-store';
import { createSigningKeyStore } from './signing-key';
import { classifyStorageError, ReportExistsError, ReportNotFoundError } from './storage-errors';
import type { Base, Counts, ReportVersion, StoredReport, WriteResult } from './stored-report';
import { createTrustedReviewerStore } from './trusted-reviewers';
import { createVersionStore } from './version-store';
import { newWriteId } from './write-identity';

export type { RestoreEntry, RestoreMode, RestoreOutcome, RestoreProgress } from './backup-restore';
export type { ListOptions } from './list-order';
export type { CreateOptions } from './report-fields';

export type RepositoryOptions = { now?: Clock };

const written = (r: StoredReport): WriteResult => ({
  revision: r.revision,
  // every write through updateReport / restore sets it; a record read back without one was not written here
  writeId: r.writeId ?? '',
  updatedAt: r.updatedAt,
});

/**
 * A backup's record without what is local to this database: the write identity, and what its
 * counts were computed with (the restoring computer counts again, with its own checks).
 */
function forBackup(r: StoredReport): StoredReport {
  const { writeId: _local, checkedWith: _counted, ...rest } = r;
  return rest;
}

/** Rejects with a typed StorageError instead of whatever IndexedDB/Dexie threw. */
function typed<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (e) {
      throw classifyStorageError(e);
    }
  };
}

export function createReportRepository(db: NianbaoDb, options: RepositoryOptions = {}) {
  const clock: Clock = options.now ?? (() => new Date());
  const versions = createVersionStore(db, clock);
  const settings = createSettingsStore(db);
  const rosters = createRosterStore(db, clock);
  const backupRestore = createBackupRestore(db, clock);
  const signingKey = createSigningKeyStore(db, clock);
  const trustedReviewers = createTrustedReviewerStore(db, clock);

  async function insertNew(record: StoredReport): Promise<void> {
    await db.transaction('rw', reportTables(db), async () => {
      if (await db.reports.get(record.id)) throw new ReportExistsError(record.id);
      await addReport(db, record);
    });
  }

  let listFeed: ListFeed | null = null;

  const update = (
    id: string,
    guard: Parameters<typeof updateReport>[3],
    change: Parameters<typeof updateReport>[4],
  ) => updateReport(db, clock, id, guard, change);

  async function get(id: string): Promise<StoredReport | undefined> {
    return db.reports.get(id);
  }

  /**
   * One read of `table` narrowed by the kind and deletedAt indexes, filtered and sorted newest
   * first: the same semantics for whole reports (list) and list records (listSummaries).
   */
  async function listFrom<T extends Listed, I>(table: Table<T, string, I>, opts: ListOptions): Promise<T[]> {
    const rows = opts.onlyDeleted
      ? await table.where('deletedAt').above('').toArray()
      : opts.kind
        ? await table.where('kind').equals(opts.kind).toArray()
        : await table.toArray();
    return selectListed(rows, opts);
  }

  /** Whole reports, drafts included. For the list UI, listSummaries reads ~20× less. */
  function list(opts: ListOptions = {}): Promise<StoredReport[]> {
    // versions live in their own table and are never touched here
    return listFrom(db.reports, opts);
  }

  /** The list records (report-list-item.ts) of the reports list() would return, in the same order. */
  function listSummaries(opts: ListOptions = {}): Promise<ReportListItem[]> {
    return listFrom(db.reportList, opts);
  }

  /** The 汇总 records (report-sum-record.ts) of the reports list() would return, in the same order. */
  function listSums(opts: Omit<ListOptions, 'onlyDeleted'> = {}): Promise<ReportSumRecord[]> {
    return listFrom(db.reportSums, opts);
  }

  const findPreviousYear = (report: PreviousYearOf): Promise<StoredReport | undefined> =>
    findPreviousYearIn(db, report);

  return {
    // ---- reads (liveQuery-safe) ----
    get,
    list,
    listSummaries,
    listSums,
    findPreviousYear,
    /**
     * Calls `listener` when the database connection closes under the app: the browser's data
     * cleared (IndexedDB closes every open connection), an upgrade in another tab. Live queries do
     * not run again by themselves then: what was read may be gone. Returns the unsubscribe.
     */
    onConnectionClosed: (listener: () => void): (() => void) => {
      const fire = () => listener();
      db.on.close.subscribe(fire);
      return () => db.on.close.unsubscribe(fire);
    },
    /** Every report, including those in 回收站, for a full backup. */
    all: (): Promise<StoredReport[]> => db.reports.toArray(),
    /** The own drafts' list records, kept in memory and current (draft-list-feed.ts); one per repository. */
    draftListFeed: (): ListFeed => {
      listFeed ??= createDraftListFeed(db);
      return listFeed;
    },

    // ---- reports ----
    create: typed(async (draft: ReportDraft, opts: CreateOptions = {}): Promise<StoredReport> => {
      const record = newStoredRecord(draft, opts, clock().toISOString());
      await insertNew(record);
      return record;
    }),

    /**
     * Autosave's write: replaces the draft if the stored report is still the write `base`.
     * Refused for 已审定 reports. `acceptedFingerprints`, when given, is written in the same commit.
     */
    saveDraft: typed(
      async (
        id: string,
        draft: ReportDraft,
        base: Base,
        counts: Counts,
        /**
         * writeId: the identity to give this write (autosave chooses it before writing);
         * countsStale: the counts are not those of this draft's checks (a journal entry's, one
         * keystroke behind or written by an older release): kept for the list, derived again at start
         */
        extra: {
          acceptedFingerprints?: Record<string, string>;
          writeId?: string;
          countsStale?: boolean;
        } = {},
      ): Promise<WriteResult> => {
        if (draft.id !== id) throw new Error(`draft id ${draft.id} does not match report ${id}`);
        const guard = { base, refuseLocked: true, ...(extra.writeId ? { writeId: extra.writeId } : {}) };
        const next = await update(id, guard, (cur) => ({
          draft,
          ...denormalised(draft, cur.review),
          ...counts,
          checkedWith: extra.countsStale ? undefined : CHECKED_WITH,
          ...(extra.acceptedFingerprints ? { acceptedFingerprints: extra.acceptedFingerprints } : {}),
        }));
        return written(next);
      },
    ),

    /** Review transitions and comments (allowed on 已审定 reports: 撤销审定 goes through here). */
    saveReview: typed(
      async (id: string, review: Review, base: Base): Promise<WriteResult> =>
        written(await update(id, { base }, () => ({ review, status: review.status }))),
    ),

    /** The accepted warnings alone: the stored counts counted them otherwise, so they are stale now. */
    setAccepted: typed(async (id: string, acceptedFingerprints: Record<string, string>, base: Base) =>
      written(
        await update(id, { base, refuseLocked: true }, () => ({
          acceptedFingerprints,
          checkedWith: undefined,
        })),
      ),
    ),

    /**
     * Refreshes the list's 错误/警告 counts after checks were re-run without a content change
     * (e.g. last year's report changed). The counts are a cache of the checks, not content, so
     * this is the one write that keeps the revision and 最后保存 as they are (an open editor's
     * autosave must not see a conflict because another tab recounted).
     */
    setCounts: typed(async (id: string, counts: Counts): Promise<void> => {
      const found = await db.transaction('rw', reportTables(db), () => updateCounts(db, id, counts));
      if (!found) throw new ReportNotFoundError(id);
    }),

    /**
     * The reports whose stored counts, list or 汇总 record were computed with other checks than
     * this code's (derived-staleness.ts): key-only reads, nothing when all are current.
     */
    staleDerivedIds: (): Promise<string[]> => staleDerivedIds(db),

    /**
     * Calls `listener` after each write of this tab that left stored counts stale (a restore, a
     * report written without counts, a change of last year's report or of 设置): the refresher's cue.
     */
    onDerivedStale: (listener: () => void): (() => void) => onDerivedStale(db, listener),

    /**
     * Derives those again for a few reports (derived-refresh.ts, loaded on first use): the counts as
     * the editor would give them, without touching the reports' content, revision or 最后保存.
     */
    refreshDerived: typed(async (ids: readonly string[]): Promise<RefreshOutcome> => {
      const { refreshDerived } = await import('./derived-refresh');
      return refreshDerived(db, ids, { now: clock() });
    }),

    /** Records the digest of a JSON file just exported or imported (see StoredReport.lastExchangeDigest). */
    markExchanged: typed(
      async (id: string, digest: string, base?: Base): Promise<WriteResult> =>
        written(
          await update(id, base === undefined ? {} : { base }, () => ({
            lastExchangeDigest: digest,
          })),
        ),
    ),

    /** Links last year's report: the counts were taken with another previous year, so they are stale. */
    setPreviousYear: typed(
      async (id: string, previousYearId: string | null): Promise<WriteResult> =>
        written(await update(id, {}, () => ({ previousYearId, checkedWith: undefined }))),
    ),

    /** 重命名 from the list: changes the organ name (and a default title with it). */
    rename: typed(
      async (id: string, agencyName: string): Promise<WriteResult> =>
        written(
          await update(id, { refuseLocked: true }, (cur) => {
            const draft = renamedDraft(cur.draft, agencyName);
            // another organ: another previous year, and the name is checked too — counted again
            return { draft, ...denormalised(draft, cur.review), checkedWith: undefined };
          }),
        ),
    ),

    /**
     * 复制: a new report (new id, name +「（副本）」, status 草稿, fresh review). With `draft`, the copy
     * holds that draft instead of the stored one: "keep mine as a copy" after a conflict.
     */
    duplicate: typed(async (id: string, opts: { draft?: ReportDraft } = {}): Promise<StoredReport> => {
      const source = await db.reports.get(id);
      if (!source) throw new ReportNotFoundError(id);
      const base = opts.draft ?? source.draft;
      const newId = randomUuid();
      const draft = renamedDraft({ ...base, id: newId }, `${base.meta.agencyName}${COPY_SUFFIX}`);
      const record = newStoredRecord(
        draft,
        {
          kind: source.kind,
          importSummary: source.importSummary,
          previousYearId: source.previousYearId,
          counts: source,
          // A copy is this computer's own report, whatever the original was.
          ...(source.kind === 'draft' ? { origin: 'own' as const } : {}),
        },
        clock().toISOString(),
      );
      // The 说明 in the draft were copied, so the acceptances that go with them are copied too.
      record.acceptedFingerprints = { ...source.acceptedFingerprints };
      // The counts are the source's, counted with whatever the source's were.
      if (source.checkedWith) record.checkedWith = source.checkedWith;
      else delete record.checkedWith;
      await insertNew(record);
      return record;
    }),

    /** Moves to 回收站 (idempotent). */
    softDelete: typed(
      async (id: string): Promise<WriteResult> =>
        written(
          await update(id, {}, (cur, nowIso) => (cur.deletedAt === null ? { deletedAt: nowIso } : null)),
        ),
    ),

    /** Back from 回收站 (idempotent). */
    restore: typed(
      async (id: string): Promise<WriteResult> =>
        written(await update(id, {}, (cur) => (cur.deletedAt === null ? null : { deletedAt: null }))),
    ),

    /** 彻底删除: the report and all its versions, in one transaction. */
    purge: typed(async (id: string): Promise<void> => {
      await db.transaction('rw', [...reportTables(db), db.versions], async () => {
        await db.versions.where('reportId').equals(id).delete();
        await deleteReport(db, id);
      });
    }),

    // ---- import and backup ----
    /**
     * Adds an imported report; rejects with ReportExistsError if the id is taken. The file's
     * revision is not kept: a report new here starts at revision 1 with a new write identity.
     */
    putImported: typed(
      async (stored: StoredReport): Promise<void> =>
        insertNew({ ...stored, revision: 1, writeId: newWriteId() }),
    ),

    /**
     * Writes an imported report over the one with the same id (or adds it). The replaced content
     * is kept as a version (reason 'import', pinned), and the revision moves past the replaced
     * one (never to the file's) with a new write identity, so a tab still editing the old content
     * gets a conflict instead of overwriting the import.
     */
    replaceFromImport: typed(
      async (stored: StoredReport): Promise<WriteResult> =>
        db.transaction('rw', [...reportTables(db), db.versions], async () => {
          const nowIso = clock().toISOString();
          const current = await db.reports.get(stored.id);
          if (current) {
            await versions.record({
              reportId: current.id,
              at: nowIso,
              revision: current.revision,
              reason: 'import',
              draft: current.draft,
              review: current.review,
            });
          }
          const next: StoredReport = {
            ...stored,
            revision: (current?.revision ?? 0) + 1,
            writeId: newWriteId(),
            updatedAt: nowIso,
          };
          await putReport(db, next);
          return written(next);
        }),
    ),

    /** Deletes all reports and versions. Settings and rosters stay. */
    clearAll: typed(async (): Promise<void> => {
      await db.transaction('rw', [...reportTables(db), db.versions], async () => {
        await clearReports(db);
        await db.versions.clear();
      });
    }),

    /**
     * 「恢复备份」 (backup-restore.ts): 合并 or 替换全部 in one transaction — all written or, on
     * any failure (a full disk), nothing — with progress and an account of what happened.
     */
    restoreBackup: typed(backupRestore.restoreBackup),

    /** 替换全部 with these reports and versions, in one transaction (restoreBackup 'replace'). */
    replaceAll: typed(
      async (reports: StoredReport[], savedVersions: Omit<ReportVersion, 'id'>[] = []): Promise<void> => {
        await backupRestore.restoreBackup(
          'replace',
          reports.map((stored) => ({
            stored,
            versions: savedVersions.filter((v) => v.reportId === stored.id),
          })),
          [],
        );
      },
    ),

    /** Every report with its versions, as a backup file holds them (without local write identities). */
    backupEntries: async (): Promise<RestoreEntry[]> => {
      const [reports, all] = await db.transaction('r', [db.reports, db.versions], () =>
        Promise.all([db.reports.toArray(), db.versions.toArray()]),
      );
      const byReport = new Map<string, Omit<ReportVersion, 'id'>[]>();
      for (const { id: _, ...v } of all) {
        const list = byReport.get(v.reportId);
        if (list) list.push(v);
        else byReport.set(v.reportId, [v]);
      }
      return reports.map((r) => ({ stored: forBackup(r), versions: byReport.get(r.id) ?? [] }));
    },

    // ---- versions ----
    addVersion: typed(versions.addVersion),
    listVersions: versions.listVersions,
    getVersion: versions.getVersion,
    allVersions: versions.allVersions,

    /**
     * Makes a saved version the current draft (a new revision) and records that as a version with
     * reason 'restore', so the restore itself can be undone from the history. The review is kept:
     * restoring content does not undo review steps. Refused for 已审定 reports.
     */
    restoreVersion: typed(
      async (reportId: string, versionId: number, base: Base, counts?: Counts): Promise<WriteResult> =>
        // reportTables: updateReport writes the list record inside this transaction.
        db.transaction('rw', [...reportTables(db), db.versions], async () => {
          const version = await db.versions.get(versionId);
          if (!version || version.reportId !== reportId) throw new ReportNotFoundError(reportId);
          const draft: ReportDraft = { ...version.draft, id: reportId };
          const next = await update(reportId, { base, refuseLocked: true }, (cur) => ({
            draft,
            ...denormalised(draft, cur.review),
            // Without the counts of the restored draft, the old ones are stale: counted again at start.
            ...(counts ? { ...counts, checkedWith: CHECKED_WITH } : { checkedWith: undefined }),
          }));
          await versions.record({
            reportId,
            at: next.updatedAt,
            revision: next.revision,
            reason: 'restore',
            draft,
            review: next.review,
          });
          return written(next);
        }),
    ),

    // ---- approvals: this browser's signing key, the reviewers' keys it trusts ----
    signingKeyInfo: signingKey.signingKeyInfo,
    ensureSigningKey: typed(signingKey.ensureSigningKey),
    signApproval: typed(signingKey.signApproval),
    listTrustedReviewers: trustedReviewers.listTrustedReviewers,
    reviewerTrust: typed(trustedReviewers.reviewerTrust),
    trustReviewer: typed(trustedReviewers.trustReviewer),
    forgetTrustedReviewer: typed(trustedReviewers.forgetTrustedReviewer),

    // ---- settings and rosters ----
    getSettings: settings.getSettings,
    saveSettings: typed(settings.saveSettings),
    listRosters: rosters.listRosters,
    saveRoster: typed(rosters.saveRoster),
    deleteRoster: typed(rosters.deleteRoster),
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
