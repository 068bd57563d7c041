// The sum of many units' reports as a `Report`, so that the checks, the table UI and the print view
// render a 汇总 the same way as one organ's report; and the `summary` block that marks an
// interchange file (SPEC §7) as a 汇总 and names the reports it was summed from, each with the
// SHA-256 of its report's canonical JSON so a reader can tell which versions went into it.
// The file envelope (format, version, digest of `report`) is the interchange helper's.
import { cloneData } from '../clone-data';
import '../zod-setup';
import { z } from 'zod';
import { reportDigest } from '../interchange/digest';
import { emptyDraft } from '../report/empty-report';
import type { ReportKind } from '../report/keys';
import { defaultTitle } from '../report/labels';
import { type Report, reportIdSchema } from '../report/report-schema';
import type { SummedTables } from './sum-reports';

/** The default 机关名称 of a 汇总; the caller may choose another (e.g. 「曲阜市汇总」). */
export function summaryAgencyName(memberCount: number): string {
  return `汇总（${memberCount}个单位）`;
}

export type SummaryMeta = {
  id: string;
  agencyName: string;
  year: number | null;
  reportKind: ReportKind;
  /** default: 「<agencyName><year>年政府信息公开工作年度报告」 */
  title?: string;
};

/** A Report holding the summed tables; every narrative empty (a 汇总 has no text of its own). */
export function summaryReport(summed: SummedTables, meta: SummaryMeta): Report {
  const base = emptyDraft(meta);
  return {
    id: meta.id,
    meta: { ...base.meta, title: meta.title ?? defaultTitle(meta.agencyName, meta.year) },
    overview: base.overview,
    proactive: cloneData(summed.proactive),
    applications: cloneData(summed.applications),
    appeals: cloneData(summed.appeals),
    problems: base.problems,
    otherMatters: base.otherMatters,
    explanations: {},
  };
}

export const summaryMemberSchema = z.strictObject({
  id: reportIdSchema,
  agencyName: z.string().max(200),
  /** SHA-256 (hex) of the canonical JSON of the member's report, as in the file `digest` */
  digest: z.string().regex(/^[0-9a-f]{64}$/, { error: '校验码应为64位小写十六进制' }),
});
export type SummaryMember = z.infer<typeof summaryMemberSchema>;

/** The top-level `summary` block of a 汇总 file. */
export const summaryBlockSchema = z.strictObject({
  members: z
    .array(summaryMemberSchema)
    .max(10_000)
    .refine((m) => new Set(m.map((x) => x.id)).size === m.length, { error: '汇总单位的报告编号重复' }),
  createdAt: z.iso.datetime({ offset: true, error: '时间格式不正确' }),
});
export type SummaryBlock = z.infer<typeof summaryBlockSchema>;

/** A member entry for a report that went into the sum (its digest computed as the export does). */
export async function summaryMember(report: Report): Promise<SummaryMember> {
  return { id: report.id, agencyName: report.meta.agencyName, digest: await reportDigest(report) };
}

export type SummaryExportInput = {
  summed: SummedTables;
  meta: SummaryMeta;
  members: readonly SummaryMember[];
  createdAt: Date;
};

/** Thrown when asked to export a summary whose parts disagree (a bug in the caller, not user input). */
export class SummaryExportError extends Error {
  override name = 'SummaryExportError';
}

/**
 * The plain `{ report, summary }` to put in an interchange file; the envelope is added by the
 * interchange helper. Refuses a member list that does not match the number of reports summed.
 */
export function summaryExport({ summed, meta, members, createdAt }: SummaryExportInput): {
  report: Report;
  summary: SummaryBlock;
} {
  if (members.length !== summed.memberCount)
    throw new SummaryExportError(
      `汇总单位名单有${members.length}个单位，但汇总了${summed.memberCount}份报告`,
    );
  const parsed = summaryBlockSchema.safeParse({
    members: members.map((m) => ({ ...m })),
    createdAt: createdAt.toISOString(),
  });
  if (!parsed.success) throw new SummaryExportError(parsed.error.issues.map((i) => i.message).join('；'));
  return { report: summaryReport(summed, meta), summary: parsed.data };
}
