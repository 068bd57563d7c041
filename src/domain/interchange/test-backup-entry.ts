// One report as a backup file holds it, for the tests that build backups (unit and e2e alike):
// every test wrote this stored record out in full before, and a new field had to reach them all.
import type { ReviewStatus } from '../report/keys';
import type { ReportDraft } from '../report/report-schema';
import type { BackupEntry } from './backup-schema';

export function backupEntry(
  draft: ReportDraft,
  {
    at,
    updatedAt = at,
    revision = 1,
    status = 'draft',
    versions = [],
  }: {
    /** createdAt (and updatedAt unless given) */
    at: string;
    updatedAt?: string;
    revision?: number;
    status?: ReviewStatus;
    versions?: BackupEntry['versions'];
  },
): BackupEntry {
  return {
    stored: {
      id: draft.id,
      revision,
      createdAt: at,
      updatedAt,
      deletedAt: null,
      kind: 'draft',
      draft,
      review: { status, comments: [], history: [] },
      acceptedFingerprints: {},
      previousYearId: null,
      importSummary: null,
      agencyName: draft.meta.agencyName,
      year: draft.meta.year,
      status,
      errorCount: 0,
      warningCount: 0,
    },
    versions,
  };
}
