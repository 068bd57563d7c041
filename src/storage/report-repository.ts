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
import { normalizeOrganName } from '../domain/report/organ-name';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Review } from '../domain/report/review-schema';
import type { NianbaoDb } from './db';
import { createDraftListFeed, type ListFeed } from './draft-list-feed';
import { byUpdatedDesc, type Listed, type ListOptions, selectListed } from './list-order';
import {
  COPY_SUFFIX,
  type CreateOptions,
  denormalised,
  newStoredRecord,
  renamedDraft,
} from './report-fields';
import type { ReportListItem } from './report-list-item';
import { type Clock, updateReport } from './report-update';
import {
  addReport,
  bulkAddReports,
  clearReports,
  deleteReport,
  putReport,
  reportTables,
  updateCounts,
} from './report-writes';
import { createRosterStore } from './roster-store';
import { createSettingsStore } from './settings-store';
import { classifyStorageError, ReportExistsError, ReportNotFoundError } from './storage-errors';
import type { Counts, SavedReportVersion, StoredReport, WriteResult } from './stored-report';
import { createVersionStore } from './version-store';

export type { ListOptions } from './list-order';
export type { CreateOptions } from './report-fields';

export type RepositoryOptions = { now?: Clock };

const written = (r: StoredReport): WriteResult => ({ revision: r.revision, updatedAt: r.updatedAt });

/** Last year's candidates: 已审定 first (that is what was published), own drafts before references, newest. */
const previousYearRank = (a: Listed, b: Listed) =>
  Number(b.status === 'approved') - Number(a.status === 'approved') ||
  Number(b.kind === 'draft') - Number(a.kind === 'draft') ||
  byUpdatedDesc(a, b);

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

  async function findPreviousYear(
    report: Pick<StoredReport, 'id' | 'previousYearId' | 'agencyName' | 'year'>,
  ): Promise<StoredReport | undefined> {
    if (report.previousYearId) {
      const linked = await db.reports.get(report.previousYearId);
      if (linked && linked.deletedAt === null) return linked;
    }
    const name = normalizeOrganName(report.agencyName);
    if (report.year === null || name === '') return undefined;
    // Rank the candidates on their list records and read only the winner whole: last year may
    // hold hundreds of reports, and their drafts are not needed to choose.
    const year = report.year - 1;
    return db.transaction('r', reportTables(db), async () => {
      const sameYear = await db.reportList.where('year').equals(year).toArray();
      const best = sameYear
        .filter(
          (r) => r.deletedAt === null && r.id !== report.id && normalizeOrganName(r.agencyName) === name,
        )
        .sort(previousYearRank)[0];
      return best ? db.reports.get(best.id) : undefined;
    });
  }

  return {
    // ---- reads (liveQuery-safe) ----
    get,
    list,
    listSummaries,
    findPreviousYear,
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
     * Autosave's write: replaces the draft if the stored revision is still `baseRevision`.
     * Refused for 已审定 reports. `acceptedFingerprints`, when given, is written in the same commit.
     */
    saveDraft: typed(
      async (
        id: string,
        draft: ReportDraft,
        baseRevision: number,
        counts: Counts,
        extra: { acceptedFingerprints?: Record<string, string> } = {},
      ): Promise<WriteResult> => {
        if (draft.id !== id) throw new Error(`draft id ${draft.id} does not match report ${id}`);
        const next = await update(id, { baseRevision, refuseLocked: true }, (cur) => ({
          draft,
          ...denormalised(draft, cur.review),
          ...counts,
          ...(extra.acceptedFingerprints ? { acceptedFingerprints: extra.acceptedFingerprints } : {}),
        }));
        return written(next);
      },
    ),

    /** Review transitions and comments (allowed on 已审定 reports: 撤销审定 goes through here). */
    saveReview: typed(
      async (id: string, review: Review, baseRevision: number): Promise<WriteResult> =>
        written(await update(id, { baseRevision }, () => ({ review, status: review.status }))),
    ),

    setAccepted: typed(
      async (id: string, acceptedFingerprints: Record<string, string>, baseRevision: number) =>
        written(await update(id, { baseRevision, refuseLocked: true }, () => ({ acceptedFingerprints }))),
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

    /** Records the digest of a JSON file just exported or imported (see StoredReport.lastExchangeDigest). */
    markExchanged: typed(
      async (id: string, digest: string, baseRevision?: number): Promise<WriteResult> =>
        written(
          await update(id, baseRevision === undefined ? {} : { baseRevision }, () => ({
            lastExchangeDigest: digest,
          })),
        ),
    ),

    setPreviousYear: typed(
      async (id: string, previousYearId: string | null): Promise<WriteResult> =>
        written(await update(id, {}, () => ({ previousYearId }))),
    ),

    /** 重命名 from the list: changes the organ name (and a default title with it). */
    rename: typed(
      async (id: string, agencyName: string): Promise<WriteResult> =>
        written(
          await update(id, { refuseLocked: true }, (cur) => {
            const draft = renamedDraft(cur.draft, agencyName);
            return { draft, ...denormalised(draft, cur.review) };
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
        },
        clock().toISOString(),
      );
      // The 说明 in the draft were copied, so the acceptances that go with them are copied too.
      record.acceptedFingerprints = { ...source.acceptedFingerprints };
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
    /** Adds an imported or backed-up report as it is; rejects with ReportExistsError if the id is taken. */
    putImported: typed(async (stored: StoredReport): Promise<void> => insertNew(stored)),

    /**
     * Writes an imported report over the one with the same id (or adds it). The replaced content
     * is kept as a version (reason 'import', pinned), and the revision moves past the replaced
     * one so a tab still editing the old content gets a conflict instead of overwriting the import.
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
            revision: current ? Math.max(current.revision + 1, stored.revision) : stored.revision,
            updatedAt: nowIso,
          };
          await putReport(db, next);
          return written(next);
        }),
    ),

    /** Deletes all reports and versions (restore-backup, "replace everything"). Settings and rosters stay. */
    clearAll: typed(async (): Promise<void> => {
      await db.transaction('rw', [...reportTables(db), db.versions], async () => {
        await clearReports(db);
        await db.versions.clear();
      });
    }),

    /** clearAll + add, in one transaction: a failed restore leaves the old data untouched. */
    replaceAll: typed(
      async (reports: StoredReport[], savedVersions: SavedReportVersion[] = []): Promise<void> => {
        await db.transaction('rw', [...reportTables(db), db.versions], async () => {
          await clearReports(db);
          await db.versions.clear();
          await bulkAddReports(db, reports);
          await db.versions.bulkAdd(savedVersions);
        });
      },
    ),

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
      async (
        reportId: string,
        versionId: number,
        baseRevision: number,
        counts?: Counts,
      ): Promise<WriteResult> =>
        // reportTables: updateReport writes the list record inside this transaction.
        db.transaction('rw', [...reportTables(db), db.versions], async () => {
          const version = await db.versions.get(versionId);
          if (!version || version.reportId !== reportId) throw new ReportNotFoundError(reportId);
          const draft: ReportDraft = { ...version.draft, id: reportId };
          const next = await update(reportId, { baseRevision, refuseLocked: true }, (cur) => ({
            draft,
            ...denormalised(draft, cur.review),
            ...(counts ?? {}),
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

    // ---- settings and rosters ----
    getSettings: settings.getSettings,
    saveSettings: typed(settings.saveSettings),
    listRosters: rosters.listRosters,
    saveRoster: typed(rosters.saveRoster),
    deleteRoster: typed(rosters.deleteRoster),
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
