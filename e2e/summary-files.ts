// Report files for the 汇总 e2e test: one file exported through the UI, turned into several units'
// files by changing the report's id, organ and numbers, and resealed with the digest as the app
// computes it (SHA-256 over the canonical JSON of `report`, SPEC §7) so the import shows no warning.
import { reportDigest } from '../src/domain/interchange/digest';
import type { Report } from '../src/domain/report/report-schema';
import { FIXTURE } from './fixture-data';

export type Variant = {
  id: string;
  agencyName: string;
  year?: number;
  /** 「行政事业性收费」 in 万元 */
  fee: number;
  /** false: leave part 四 blank, so the report fails its own 必填 check */
  appeals: boolean;
};

export async function variantFile(exported: string, v: Variant): Promise<string> {
  const file = JSON.parse(exported) as { report: Report; digest: { value: string } };
  const report = file.report;
  report.id = v.id;
  report.meta.agencyName = v.agencyName;
  report.meta.title = '';
  if (v.year !== undefined) report.meta.year = v.year;
  report.proactive = structuredClone(FIXTURE.proactive) as Report['proactive'];
  report.proactive.fees.amount = v.fee;
  if (v.appeals) report.appeals = structuredClone(FIXTURE.appeals) as Report['appeals'];
  file.digest.value = await reportDigest(report);
  return JSON.stringify(file, null, 2);
}
