// The checks of a report that arrives in a file, and the warnings its sender had accepted.
//
// An acceptance is local state: check id → the fingerprint of the numbers and text the 说明 was
// written for (run-checks.ts). A file carries the 说明 (report.explanations) and, for each result,
// the status the sender saw — `accepted` exactly when the file's own report still had the numbers
// the 说明 was accepted for. So a warning that the file records as accepted, whose 说明 is the
// file's, and which fails here on the same report, is accepted here with this computer's
// fingerprint: it re-opens (「需重新确认」) only when the numbers or text behind it change.
// Earlier the import dropped every acceptance, and every explained warning came back as changed.
//
// The fingerprint is taken with this computer's check inputs (last year's report, the required
// sub-items), the ones the editor will use, so the editor sees the same acceptance.
import { runChecks } from '../checks/run-checks';
import type { CheckInput, CheckRun } from '../checks/types';
import type { ReportDraft } from '../report/report-schema';
import type { ChecksRecord } from './envelope-schema';

export type ImportedChecks = {
  /** check id → fingerprint, to store with the imported report */
  accepted: Record<string, string>;
  /** the checks of the imported report here, with those acceptances */
  run: CheckRun;
};

export function acceptancesFromFile(fileChecks: ChecksRecord, open: CheckRun): Record<string, string> {
  const sent = new Map(fileChecks.results.map((r) => [r.id, r]));
  const accepted: Record<string, string> = {};
  for (const r of open.results) {
    if (r.severity !== 'warning' || r.status !== 'failed' || r.explanation === undefined) continue;
    const theirs = sent.get(r.id);
    if (theirs?.status === 'accepted' && theirs.explanation === r.explanation) accepted[r.id] = r.fingerprint;
  }
  return accepted;
}

export function checkImported(
  draft: ReportDraft,
  fileChecks: ChecksRecord,
  input: Omit<CheckInput, 'draft' | 'accepted'>,
): ImportedChecks {
  const open = runChecks({ ...input, draft });
  const accepted = acceptancesFromFile(fileChecks, open);
  if (Object.keys(accepted).length === 0) return { accepted, run: open };
  return { accepted, run: runChecks({ ...input, draft, accepted }) };
}
