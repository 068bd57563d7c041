// 「导入」 of a JSON file (SPEC §7). The order is the contract: size → JSON syntax → structure
// (depth, array sizes, prototype keys) → format → formatVersion → migrations → schema →
// recompute derived values → verify digest → verify a 已审定's signature. Any failure rejects the
// whole file with a Chinese message; nothing is half-imported. Never throws.
import type { Report } from '../report/report-schema';
import type { Review } from '../report/review-schema';
import { type ApprovalCheck, asUnverified, checkApproval, unverifiedApprovalWarning } from './approval';
import { reportDigest } from './digest';
import {
  BACKUP_FORMAT,
  type ExportFile,
  exportFileSchema,
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
} from './envelope-schema';
import { checkFormatVersion } from './format-version';
import { REPORT_MIGRATIONS, runMigrations } from './migrations';
import { MAX_REPORT_FILE_BYTES, readJsonObject } from './read-json-text';
import { describeDisagreement, recomputeDerived } from './recompute-derived';
import { safeParseFile } from './zod-issues';

export type ImportResult =
  | {
      ok: true;
      /** the validated file; its `report` is the recomputed one below */
      file: ExportFile;
      /** derived values recomputed, never taken from the file */
      report: Report;
      /** as in the file — except a 已审定 whose signature does not verify, which becomes 待审核 */
      review: Review;
      /**
       * The file's approval: verified (the importing browser still decides whether it trusts the
       * key, storage/trusted-reviewers.ts), unverified (already turned into 待审核), or none.
       */
      approval: ApprovalCheck;
      /** Chinese notes the user should read: digest mismatch, totals that disagreed, upgrades */
      warnings: string[];
    }
  | { ok: false; error: string };

export const SUMMARY_FILE = '这是汇总文件，不能作为单份报告导入';
export const NOT_A_REPORT_FILE = '这不是政府信息公开工作年度报告文件，未导入';
export const DIGEST_MISMATCH = '文件在导出后被修改过（校验码不一致），请核对数据后再使用';

export async function importReport(text: string, now: Date = new Date()): Promise<ImportResult> {
  try {
    return await importUnsafe(text, now);
  } catch {
    // Every expected failure is returned above; this is the last guard of the never-throw promise.
    return { ok: false, error: '导入失败：文件无法处理，未导入' };
  }
}

async function importUnsafe(text: string, now: Date): Promise<ImportResult> {
  const read = readJsonObject(text, MAX_REPORT_FILE_BYTES, NOT_A_REPORT_FILE);
  if (!read.ok) return read;
  const raw = read.value;
  if (raw.format !== REPORT_FORMAT) {
    if (raw.format === BACKUP_FORMAT)
      return { ok: false, error: '这是备份文件（包含多份报告），不是单份报告文件，请通过恢复备份导入' };
    return { ok: false, error: NOT_A_REPORT_FILE };
  }
  // A 汇总 file has the report shape plus a `summary` block; imported it would be counted twice.
  if ('summary' in raw) return { ok: false, error: SUMMARY_FILE };
  const oldest = Math.min(REPORT_FORMAT_VERSION, ...REPORT_MIGRATIONS.map((s) => s.from));
  const version = checkFormatVersion(raw, REPORT_FORMAT_VERSION, oldest);
  if (!version.ok) return version;
  const migrated = runMigrations(raw, version.version, REPORT_FORMAT_VERSION, REPORT_MIGRATIONS);
  if (!migrated.ok) return migrated;

  const parsed = safeParseFile(exportFileSchema, migrated.file);
  if (!parsed.ok) return parsed;
  const file = parsed.data;

  const warnings: string[] = migrated.applied.flatMap((s) => (s.notice ? [s.notice] : []));
  const { report, disagreements } = recomputeDerived(file.report);
  warnings.push(...disagreements.map(describeDisagreement));

  // The digest seals the report as written, so it is checked against the file's own values.
  const digest = await reportDigest(file.report);
  const hadDigest = !migrated.applied.some((s) => s.addsDigest);
  if (hadDigest && digest !== file.digest.value) warnings.unshift(DIGEST_MISMATCH);
  const checked: ExportFile = {
    ...file,
    report,
    digest: hadDigest ? file.digest : { ...file.digest, value: await reportDigest(report) },
  };
  // The approval is checked against the report as imported (totals recomputed): that is what the
  // reviewer's browser signed, and what this one will hold.
  const approval = await checkApproval(file.review, await reportDigest(report));
  let review = file.review;
  if (approval.kind === 'unverified') {
    review = asUnverified(review, approval.reason, now);
    warnings.unshift(unverifiedApprovalWarning(approval.reason));
  }
  return { ok: true, file: checked, report, review, approval, warnings };
}
