// The one-report interchange file of SPEC §7, version 1. Every object is strict: a key this
// version does not define is an error, so a typo never silently drops data.
import '../zod-setup';
import { z } from 'zod';
import { MAX_TEXT, reportSchema } from '../report/report-schema';
import { reviewSchema } from '../report/review-schema';
import { DIGEST_ALGORITHM } from './digest';

export const REPORT_FORMAT = 'gov-info-disclosure-annual-report';
export const REPORT_FORMAT_VERSION = 1;
/** The backup envelope (backup-schema.ts); named here so a report import can recognise it. */
export const BACKUP_FORMAT = 'gov-info-disclosure-annual-report-backup';

export const exportedAtSchema = z.iso.datetime({ offset: true, error: '导出时间格式不正确' });
export const generatorSchema = z.string().min(1, { error: '不能为空' }).max(200);

export const digestSchema = z.strictObject({
  algorithm: z.literal(DIGEST_ALGORITHM),
  value: z.string().regex(/^[0-9a-f]{64}$/, { error: '校验码应为64位小写十六进制' }),
});
export type Digest = z.infer<typeof digestSchema>;

export const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;
export const CHECK_STATUSES = ['failed', 'passed', 'pending', 'accepted'] as const;

/** One check result as exported for readers; the app re-runs its checks on import. */
export const checkResultSchema = z.strictObject({
  id: z.string().min(1).max(200),
  severity: z.enum(CHECK_SEVERITIES),
  status: z.enum(CHECK_STATUSES),
  message: z.string().max(5000),
  /** `data-cell` / `data-field` addresses (SPEC §8) the check points at */
  cells: z.array(z.string().min(1).max(200)).max(1000),
  /** 说明 written when a warning was accepted */
  explanation: z.string().max(MAX_TEXT).optional(),
});
export type CheckResultRecord = z.infer<typeof checkResultSchema>;

export const checksSchema = z.strictObject({
  catalogVersion: z.string().min(1).max(100),
  results: z.array(checkResultSchema).max(10_000),
});
export type ChecksRecord = z.infer<typeof checksSchema>;

export const exportFileSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  formatVersion: z.literal(REPORT_FORMAT_VERSION),
  exportedAt: exportedAtSchema,
  generator: generatorSchema,
  report: reportSchema,
  review: reviewSchema,
  checks: checksSchema,
  digest: digestSchema,
});
export type ExportFile = z.infer<typeof exportFileSchema>;
