// 「备份全部」 / 「恢复备份」 (SPEC §7: "a backup file holds many reports, and their history and
// comments, in one file"). Comments and review history live in each record's `review`.
import '../zod-setup';
import { z } from 'zod';
import { BACKUP_FORMAT, digestSchema, exportedAtSchema, generatorSchema } from './envelope-schema';
import { rosterSchema } from './roster-schema';
import { reportVersionSchema, storedReportSchema } from './stored-report-schema';

export const BACKUP_FORMAT_VERSION = 1;
/** Bigger than a report file's limit: a backup holds every report with its saved versions. */
export const MAX_BACKUP_FILE_BYTES = 200 * 1024 * 1024;

export const backupEntrySchema = z.strictObject({
  stored: storedReportSchema,
  versions: z.array(reportVersionSchema).max(10_000),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: exportedAtSchema,
  generator: generatorSchema,
  reports: z
    .array(backupEntrySchema)
    .max(10_000)
    .superRefine((entries, ctx) => {
      // Two records with one id would silently restore only the last; a version filed under
      // another report would be restored into the wrong history.
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        if (seen.has(e.stored.id))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'stored', 'id'],
            message: `报告编号重复：${e.stored.id}`,
          });
        seen.add(e.stored.id);
        e.versions.forEach((v, j) => {
          if (v.reportId !== undefined && v.reportId !== e.stored.id)
            ctx.addIssue({
              code: 'custom',
              path: [i, 'versions', j, 'reportId'],
              message: '与所属报告的编号不一致',
            });
        });
      });
    }),
  rosters: z.array(rosterSchema).max(10_000).optional(),
  digest: digestSchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;
