// 「导出JSON」 (SPEC §7): one report, its review and its check results in one file, stamped with
// the format id and version and sealed with the SHA-256 of the report's canonical JSON.
import { deriveAppeals, deriveApplications } from '../report/derive';
import { defaultTitle, EXCHANGE_FILE_KINDS } from '../report/labels';
import type { Report, ReportMeta } from '../report/report-schema';
import type { Review } from '../report/review-schema';
import { DIGEST_ALGORITHM, reportDigest } from './digest';
import {
  type ChecksRecord,
  type ExportFile,
  exportFileSchema,
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
} from './envelope-schema';
import { safeParseFile } from './zod-issues';

export type ExportInput = {
  report: Report;
  review: Review;
  checks: ChecksRecord;
  /** app name and version, e.g. `nianbao 0.1.0` */
  generator: string;
  now: Date;
};

/** Thrown when the app asks to export something the format cannot hold (a bug, not user input). */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** The validated file object; derived values are recomputed so a file never carries stale totals. */
export async function buildExportFile({
  report,
  review,
  checks,
  generator,
  now,
}: ExportInput): Promise<ExportFile> {
  const derived: Report = {
    ...report,
    applications: deriveApplications(report.applications),
    appeals: deriveAppeals(report.appeals),
  };
  const candidate = {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    generator,
    report: derived,
    review,
    checks,
    digest: { algorithm: DIGEST_ALGORITHM, value: '0'.repeat(64) },
  };
  // Validating before writing keeps the promise of the format: whatever we export, we can import.
  const parsed = safeParseFile(exportFileSchema, candidate, '无法导出', '');
  if (!parsed.ok) throw new ExportError(parsed.error);
  // zod's output lists keys in schema order, which makes the written file read in report order.
  const file = parsed.data;
  file.digest = { algorithm: DIGEST_ALGORITHM, value: await reportDigest(file.report) };
  return file;
}

/** The text of the file: 2-space indented JSON, ending with a newline. */
export async function exportReport(input: ExportInput): Promise<string> {
  return `${JSON.stringify(await buildExportFile(input), null, 2)}\n`;
}

/** Windows forbids these in file names (and control characters); other systems forbid a subset. */
const ILLEGAL_IN_FILE_NAME = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);
/**
 * Invisible format characters (a name pasted from a web page: U+200B, U+FEFF; direction marks and
 * overrides, U+200E–U+202E, U+2066–U+2069): a 「\u202e」 in an organ's name made its 送审 file show as
 * 「某nosj.325080-02102202_审送_1202_局」 in the mail and in Explorer, its real type hidden.
 */
const FORMAT_CHAR = /\p{Cf}/u;
const isIllegalChar = (ch: string) =>
  ILLEGAL_IN_FILE_NAME.has(ch) || ch.charCodeAt(0) < 0x20 || ch === '\u007f' || FORMAT_CHAR.test(ch);
/** File systems cap names at 255 bytes; a CJK character is 3 bytes in UTF-8. */
const MAX_AGENCY_CHARS = 60;

const agencyPart = (meta: Pick<ReportMeta, 'agencyName'>) =>
  [...meta.agencyName.trim()].slice(0, MAX_AGENCY_CHARS).join('');
const safeName = (name: string) => [...name].map((ch) => (isIllegalChar(ch) ? '_' : ch)).join('');

/** 「<机关名称><年度>年政府信息公开工作年度报告.json」 */
export function exportFileName(meta: Pick<ReportMeta, 'agencyName' | 'year'>): string {
  return safeName(`${defaultTitle(agencyPart(meta), meta.year)}.json`);
}

export type ExchangeFileKind = keyof typeof EXCHANGE_FILE_KINDS;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** The local date and time, e.g. 「20220120-083005」: sorts as text in the order it happened. */
export const fileStamp = (d: Date) =>
  `${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/**
 * A file handed between the unit and the 政务公开办 (issue 15): 「机关名称_年度_送审_日期时间.json」,
 * 「…_退回_….json」, 「…_审定_….json」 — a supervisor's folder of them sorts by unit, year and time.
 */
export function exchangeFileName(
  meta: Pick<ReportMeta, 'agencyName' | 'year'>,
  kind: ExchangeFileKind,
  at: Date,
): string {
  const agency = agencyPart(meta) || '未填写机关名称';
  return safeName(`${agency}_${meta.year ?? '年度未填'}_${EXCHANGE_FILE_KINDS[kind]}_${fileStamp(at)}.json`);
}
