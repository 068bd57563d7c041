// The one IndexedDB database of nianbao, with its whole schema history. Rules (Dexie "Version"
// docs): never edit a released version() — add a new one; a version lists only the tables it
// changes; an upgrade function runs once, when a browser that has the older version opens this
// code. Keep the old versions: a clerk may open the app after a year on an old profile.
import { Dexie, type EntityTable, type Table } from 'dexie';
import { organKey, type ReportListItem, toListItem } from './report-list-item';
import { reconcileReportList } from './report-list-sync';
import { type ReportSumRecord, sumRecords } from './report-sum-record';
import { BlockedError } from './storage-errors';
import type {
  Roster,
  SavedReportVersion,
  Settings,
  StoredReport,
  StoredSigningKey,
  TrustedReviewer,
} from './stored-report';

export const DEFAULT_DB_NAME = 'nianbao';

/**
 * The settings table holds one row per key: 'app' (settings-store.ts), this browser's signing key
 * (signing-key.ts) and the reviewers' keys it trusts (trusted-reviewers.ts). Rows, not tables: no
 * schema version is needed for them.
 */
export type SettingsRow =
  | { key: 'app'; value: Partial<Settings> }
  | { key: 'signingKey'; value: StoredSigningKey }
  | { key: 'trustedReviewers'; value: TrustedReviewer[] };

export type NianbaoDbOptions = {
  /** Called when an upgrade waits for another connection that does not close (e.g. a frozen old tab). */
  onBlocked?: (error: BlockedError) => void;
};

export class NianbaoDb extends Dexie {
  reports!: EntityTable<StoredReport, 'id'>;
  /** One light record per report, for the reports list; written only with `reports` (report-writes.ts). */
  reportList!: EntityTable<ReportListItem, 'id'>;
  /** One checked summary record per report, for the 汇总; written only with `reports` (report-writes.ts). */
  reportSums!: EntityTable<ReportSumRecord, 'id'>;
  versions!: EntityTable<SavedReportVersion, 'id'>;
  settings!: Table<SettingsRow, SettingsRow['key']>;
  rosters!: EntityTable<Roster, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME, options: NianbaoDbOptions = {}) {
    // 'strict': a commit resolves only after the data reached the disk. Chrome's default 'relaxed'
    // durability may lose the last commits on a power cut, and a clerk's last keystrokes are
    // exactly what autosave promises to keep. The cost (a few ms per commit) is invisible here.
    super(name, { chromeTransactionDurability: 'strict' });

    // v1 — first release.
    // reports: 'deletedAt' and 'updatedAt' serve 回收站 and 最后保存; '[agencyName+year]' finds last
    // year's report. (Null values are not indexed by IndexedDB, so live reports, with
    // deletedAt === null, are simply absent from the deletedAt index.)
    // versions: '[reportId+at]' lists one report's versions in time order without reading others.
    this.version(1).stores({
      reports: 'id, agencyName, year, [agencyName+year], deletedAt, updatedAt, status',
      versions: '++id, reportId, [reportId+at]',
      settings: 'key',
      rosters: 'id',
    });

    // v2 — published reports can be imported for comparison/audit only ('reference'), so the
    // reports list must tell them from the clerk's own drafts without reading every record:
    // a 'kind' field with an index. Every report that existed before was the clerk's own draft.
    // versions gain '[reportId+reason]' so version thinning can find the pinned snapshots
    // (review, import, manual) from the index alone, without loading their drafts.
    this.version(2)
      .stores({
        reports: 'id, agencyName, year, [agencyName+year], deletedAt, updatedAt, status, kind',
        versions: '++id, reportId, [reportId+at], [reportId+reason]',
      })
      .upgrade((tx) =>
        tx
          .table<Partial<StoredReport>>('reports')
          .toCollection()
          .modify((r) => {
            if (r.kind === undefined) r.kind = 'draft';
          }),
      );

    // v3 — the reports list read every whole report (drafts included: ~4.3 MB for 1,000 reports)
    // to show a few fields per row, ~2 s before the first row appeared. 'reportList' holds just
    // those fields (report-list-item.ts), written in the same transaction as 'reports'. The upgrade
    // fills it from the reports that exist: without that, the list of an upgraded profile would
    // be empty until each report happened to be saved again.
    this.version(3)
      .stores({ reportList: 'id, agencyName, year, status, deletedAt, kind, updatedAt' })
      .upgrade(async (tx) => {
        const reports = await tx.table<StoredReport, string>('reports').toArray();
        await tx.table<ReportListItem, string>('reportList').bulkPut(reports.map(toListItem));
      });

    // v4 — the 汇总 of 1,000 units read 1,000 whole reports and converted and checked every draft
    // (≈ 1 s). 'reportSums' holds each report's checked numbers and hard-check errors
    // (report-sum-record.ts), written in the same transaction as 'reports'; the upgrade builds
    // them for the reports that exist, or the 汇总 of an upgraded profile would be empty.
    this.version(4)
      .stores({ reportSums: 'id, kind' })
      .upgrade(async (tx) => {
        const reports = await tx.table<StoredReport, string>('reports').toArray();
        await tx.table<ReportSumRecord, string>('reportSums').bulkPut(sumRecords(reports));
      });

    // v5 — the stored counts and 汇总 records were computed with the checks of the app version
    // that wrote them, and stayed so after an update until each report was opened. They now
    // record what computed them ('checkedWith', domain/summary/summary-facts.ts CHECKED_WITH), and
    // the index finds the stale ones at start-up from keys alone (derived-staleness.ts). Records
    // written before lack the field, are absent from the index and so count as stale: no upgrade
    // function, nothing rewritten here — the start-up refresh derives them again in idle time.
    this.version(5).stores({
      reportList: 'id, agencyName, year, status, deletedAt, kind, updatedAt, checkedWith',
      reportSums: 'id, kind, checkedWith',
    });

    // v6 — a report's counts depend on last year's report too (carry-over, 现行有效件数, 内容雷同):
    // a write of one report must find, from keys alone, the reports that read it as last year's
    // (derived-dependents.ts) and mark their counts stale. 'previousYearId' on `reports` finds the
    // linked ones (IndexedDB builds a new index from the records already there); '[organ+year]' on
    // `reportList` the ones matched by organ (normalizeOrganName) and year — the upgrade adds the
    // organ key to the list records (small records; the reports are not read).
    this.version(6)
      .stores({
        reports:
          'id, agencyName, year, [agencyName+year], deletedAt, updatedAt, status, kind, previousYearId',
        reportList: 'id, agencyName, year, status, deletedAt, kind, updatedAt, checkedWith, [organ+year]',
      })
      .upgrade((tx) =>
        tx
          .table<Partial<ReportListItem>>('reportList')
          .toCollection()
          .modify((r) => {
            r.organ = organKey(r.agencyName);
          }),
      );

    // v7 — normalizeOrganName drops invisible format characters (U+200B, U+FEFF, direction marks):
    // the organ keys of the list records are written again with it (same stores, small records).
    this.version(7)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<Partial<ReportListItem>>('reportList')
          .toCollection()
          .modify((r) => {
            r.organ = organKey(r.agencyName);
          }),
      );

    // Each time the database opens (sticky: also after a close and reopen), before any other
    // query runs: make 'reportList' agree with 'reports' again if something wrote 'reports'
    // behind the app's back (report-list-sync.ts). A failed repair must not keep the app from
    // opening its data, so it is reported and skipped.
    this.on(
      'ready',
      (vipDb) =>
        reconcileReportList(vipDb as NianbaoDb).catch((e: unknown) => {
          console.warn('nianbao: could not check the reports list index', e);
        }),
      true,
    );

    this.on('blocked', (ev) => options.onBlocked?.(new BlockedError({ cause: ev })));
  }
}
