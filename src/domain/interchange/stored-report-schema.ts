// One report as the app keeps it in IndexedDB (src/storage/stored-report.ts `StoredReport`) and
// as a backup carries it: the editable draft with its raw cell text, its review state, the
// warnings accepted with a 说明, and its saved versions. Storage does not import this file (it
// must not depend on interchange); the shapes are kept equal by hand, and backup.test.ts builds
// its records exactly as storage writes them.
import '../zod-setup';
import { z } from 'zod';
import { REVIEW_STATUSES } from '../report/keys';
import { MAX_YEAR, MIN_YEAR, reportDraftSchema, reportIdSchema } from '../report/report-schema';
import { reviewSchema, revisionSchema } from '../report/review-schema';
import { REPORT_ORIGINS } from '../review/roles';

const when = z.iso.datetime({ offset: true, error: '时间格式不正确' });
const revision = revisionSchema;
const tally = z.int().min(0).max(1_000_000);
/** Storage keeps `importSummary` opaque (`unknown | null`): validating it as JSON keeps a backup
 * writable and its digest computable; typing it `unknown` keeps storage's record assignable. */
const opaqueJson = z.json().nullable() as unknown as z.ZodType<unknown>;

/** `draft`: a report being written; `reference`: an imported published report (e.g. last year's). */
export const STORED_REPORT_KINDS = ['draft', 'reference'] as const;

export const storedReportSchema = z
  .strictObject({
    id: reportIdSchema,
    /** increases with every save; an older tab cannot overwrite a newer revision */
    revision,
    createdAt: when,
    updatedAt: when,
    /** in the 回收站 (trash) since then; null when live */
    deletedAt: when.nullable(),
    kind: z.enum(STORED_REPORT_KINDS),
    /** 'received': a unit's report received here for review; absent = own (review/roles.ts) */
    origin: z.enum(REPORT_ORIGINS).optional(),
    draft: reportDraftSchema,
    review: reviewSchema,
    /** check id → fingerprint of the values a warning was accepted for (a change re-opens it) */
    acceptedFingerprints: z
      .record(z.string().min(1).max(200), z.string().max(200))
      .refine((r) => Object.keys(r).length <= 2000, { error: '已接受的警告过多' }),
    /** the same agency's previous-year report, for carry-over and 内容雷同 checks */
    previousYearId: reportIdSchema.nullable(),
    /** findings of a text import, opaque here (JSON; depth and size bounded by the file reader) */
    importSummary: opaqueJson,
    lastExchangeDigest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .optional(),
    // Denormalised from draft/review for the reports list; importBackup recomputes the first three.
    agencyName: z.string().max(200),
    year: z.int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
    status: z.enum(REVIEW_STATUSES),
    errorCount: tally,
    warningCount: tally,
  })
  .refine((r) => r.draft.id === r.id, { error: '草稿编号与记录编号不一致', path: ['draft', 'id'] });
export type StoredReportRecord = z.infer<typeof storedReportSchema>;

/** A saved version (版本记录): the draft as it was at a revision, and why it was kept. */
export const reportVersionSchema = z.strictObject({
  /** redundant inside a backup entry (must then equal `stored.id`); storage keeps it per row */
  reportId: reportIdSchema.optional(),
  at: when,
  revision,
  /** storage's VERSION_REASONS (step, interval, restore, import, review, manual) */
  reason: z.string().min(1).max(100),
  draft: reportDraftSchema,
  review: reviewSchema.optional(),
});
export type ReportVersion = z.infer<typeof reportVersionSchema>;
