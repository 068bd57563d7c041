// Backup export and restore. Same rules as a report file: never throws, a file that fails any
// gate is rejected whole. The digest covers the canonical JSON of `reports` (the part that
// matters for a restore); a mismatch is a warning, as for a report file.

import {
  BACKUP_FORMAT_VERSION,
  type BackupEntry,
  type BackupFile,
  backupFileSchema,
  MAX_BACKUP_FILE_BYTES,
} from './backup-schema';
import { canonicalJson } from './canonical-json';
import { DIGEST_ALGORITHM, sha256Hex } from './digest';
import { BACKUP_FORMAT, REPORT_FORMAT } from './envelope-schema';
import { ExportError } from './export-report';
import { checkFormatVersion } from './format-version';
import { runMigrations } from './migrations';
import { readJsonObject } from './read-json-text';
import type { Roster } from './roster-schema';
import type { StoredReportRecord } from './stored-report-schema';
import { safeParseFile } from './zod-issues';

export type BackupInput = {
  reports: BackupEntry[];
  rosters?: Roster[];
  generator: string;
  now: Date;
};

export type BackupImportResult =
  | { ok: true; file: BackupFile; reports: BackupEntry[]; rosters: Roster[]; warnings: string[] }
  | { ok: false; error: string };

export const NOT_A_BACKUP_FILE = '这不是政府信息公开工作年度报告的备份文件，未恢复';
export const BACKUP_DIGEST_MISMATCH = '备份文件在导出后被修改过（校验码不一致），请核对数据后再使用';

/** agencyName, year and status repeat the draft and review for the reports list: they are taken
 * from the draft and review, never from the file (as derived totals are). The error and warning
 * counts are a cache the storage layer refreshes when it runs the checks. */
export function withDenormalisedFields(stored: StoredReportRecord): StoredReportRecord {
  return {
    ...stored,
    agencyName: stored.draft.meta.agencyName,
    year: stored.draft.meta.year,
    status: stored.review.status,
  };
}

export function backupDigest(reports: readonly BackupEntry[]): Promise<string> {
  return sha256Hex(canonicalJson(reports));
}

export async function exportBackup({ reports, rosters, generator, now }: BackupInput): Promise<string> {
  const candidate = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    generator,
    reports,
    ...(rosters ? { rosters } : {}),
    digest: { algorithm: DIGEST_ALGORITHM, value: '0'.repeat(64) },
  };
  const parsed = safeParseFile(backupFileSchema, candidate, '无法备份', '');
  if (!parsed.ok) throw new ExportError(parsed.error);
  const file = parsed.data;
  file.digest = { algorithm: DIGEST_ALGORITHM, value: await backupDigest(file.reports) };
  // Compact: a backup is read by programs, and indentation would add a third to its size.
  return JSON.stringify(file);
}

export async function importBackup(text: string): Promise<BackupImportResult> {
  try {
    return await importUnsafe(text);
  } catch {
    return { ok: false, error: '恢复失败：文件无法处理，未恢复' };
  }
}

async function importUnsafe(text: string): Promise<BackupImportResult> {
  const read = readJsonObject(text, MAX_BACKUP_FILE_BYTES, NOT_A_BACKUP_FILE);
  if (!read.ok) return read;
  const raw = read.value;
  if (raw.format !== BACKUP_FORMAT) {
    if (raw.format === REPORT_FORMAT)
      return { ok: false, error: '这是单份报告文件，不是备份文件，请通过导入功能导入' };
    return { ok: false, error: NOT_A_BACKUP_FILE };
  }
  const version = checkFormatVersion(raw, BACKUP_FORMAT_VERSION, BACKUP_FORMAT_VERSION);
  if (!version.ok) return version;
  // No older backup versions exist yet; the runner is in place for the first one.
  const migrated = runMigrations(raw, version.version, BACKUP_FORMAT_VERSION, []);
  if (!migrated.ok) return migrated;
  const parsed = safeParseFile(backupFileSchema, migrated.file, '备份文件格式不正确', '未恢复任何报告');
  if (!parsed.ok) return parsed;
  const file = parsed.data;
  const warnings: string[] = [];
  // The digest seals the entries as written, before the denormalised fields are recomputed.
  if ((await backupDigest(file.reports)) !== file.digest.value) warnings.push(BACKUP_DIGEST_MISMATCH);
  const reports = file.reports.map((e) => ({ ...e, stored: withDenormalisedFields(e.stored) }));
  return { ok: true, file: { ...file, reports }, reports, rosters: file.rosters ?? [], warnings };
}
