// Export → import → export is the identity (issue 15, defect 1): for generated reports with
// warnings accepted with a 说明, 说明 re-opened because their numbers changed, stale 说明, comments
// and review history, the file written after an import on another computer is the file that was
// imported — byte for byte, digest included. Before the fix, the import dropped every acceptance,
// so the second file said `failed` where the first said `accepted`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/run-checks';
import type { CheckRun } from '../checks/types';
import { draftToReport, reportToDraft } from '../report/draft-convert';
import type { Report, ReportDraft } from '../report/report-schema';
import type { Review } from '../report/review-schema';
import { toChecksRecord } from './checks-record';
import { exportReport } from './export-report';
import { importReport } from './import-report';
import { checkImported } from './imported-checks';
import { reportArb, reviewArb, textArb } from './test-arbitraries';
import { GENERATOR, NOW, signedIfApproved } from './test-files';

const TODAY = new Date(2022, 0, 15);

/** Statements the narrative-number check compares with the tables, so warnings are common. */
const statementArb = fc.constantFrom(
  (n: number) => `本年度共收到依申请公开件${n}件。`,
  (n: number) => `重新整理全市现行有效的规范性文件${n}件。`,
  (n: number) => `结转下年度继续办理${n}件。`,
  (n: number) => `共受理政府信息公开行政复议${n}件。`,
);

/** A generated report whose narratives sometimes state counts, and sometimes are empty. */
const clerkReportArb: fc.Arbitrary<Report> = fc
  .record({
    report: reportArb,
    onRequest: fc.option(fc.tuple(statementArb, fc.nat(30)), { nil: undefined }),
    management: fc.option(fc.tuple(statementArb, fc.nat(30)), { nil: undefined }),
    empty: fc.boolean(),
  })
  .map(({ report, onRequest, management, empty }) => {
    const overview = { ...report.overview };
    if (onRequest) overview.onRequest = onRequest[0](onRequest[1]);
    if (management) overview.management = management[0](management[1]);
    if (empty) overview.platforms = '';
    return { ...report, overview };
  });

type Case = {
  draft: ReportDraft;
  accepted: Record<string, string>;
  previous: Report | null;
  review: Review;
};

/** The clerk's state: some failing warnings accepted, some accepted for other numbers (re-opened). */
const caseArb: fc.Arbitrary<Case> = fc
  .record({ report: clerkReportArb, previous: fc.option(reportArb, { nil: null }), review: reviewArb })
  .chain(({ report, previous, review }) => {
    const draft = reportToDraft(report);
    const failing = runChecks({ draft, previous, today: TODAY }).results.filter(
      (r) => r.severity === 'warning' && r.status === 'failed',
    );
    return fc
      .record({
        accept: fc.subarray(failing),
        reopen: fc.subarray(failing),
        text: textArb(2).filter((t) => t.trim() !== ''),
      })
      .map(({ accept, reopen, text }): Case => {
        const explanations = { ...draft.explanations };
        const accepted: Record<string, string> = {};
        for (const r of reopen) {
          explanations[r.id] = `${text}（旧）`;
          accepted[r.id] = `${r.fingerprint}|此前的数字`;
        }
        for (const r of accept) {
          explanations[r.id] = text;
          accepted[r.id] = r.fingerprint;
        }
        return { draft: { ...draft, explanations }, accepted, previous, review };
      });
  });

const fileOf = (draft: ReportDraft, review: Review, run: CheckRun) =>
  exportReport({
    report: draftToReport(draft),
    review,
    checks: toChecksRecord(run),
    generator: GENERATOR,
    now: NOW,
  });

/** What the other computer does: import the file, store it with its acceptances, export it again. */
async function reimport(text: string, previous: Report | null) {
  const imported = await importReport(text);
  if (!imported.ok) throw new Error(imported.error);
  expect(imported.warnings).toEqual([]);
  const draft = reportToDraft(imported.report);
  const here = checkImported(draft, imported.file.checks, { previous, today: TODAY });
  return { here, text: await fileOf(draft, imported.review, here.run) };
}

describe('report file round trip with accepted warnings', () => {
  it('export → import → export gives the same file, digest included', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ draft, accepted, previous, review: generated }) => {
        // a 已审定 review carries its signature, as the reviewing browser writes it
        const review = await signedIfApproved(generated, draftToReport(draft));
        const run = runChecks({ draft, accepted, previous, today: TODAY });
        const first = await fileOf(draft, review, run);
        const { here, text: second } = await reimport(first, previous);
        expect(second).toBe(first);
        // The acceptances themselves survive, not only their effect on this file.
        const acceptedIds = run.results.filter((r) => r.status === 'accepted').map((r) => r.id);
        expect(Object.keys(here.accepted).sort()).toEqual(acceptedIds.sort());
        expect(here.run.counts).toEqual(run.counts);
        // …and again, from the second computer back to the first.
        expect((await reimport(second, previous)).text).toBe(first);
      }),
      { numRuns: 60 },
    );
  });

  it('the generated cases do accept and re-open warnings (the property is not vacuous)', () => {
    const runs = fc
      .sample(caseArb, { numRuns: 60, seed: 15 })
      .map((c) => runChecks({ draft: c.draft, accepted: c.accepted, previous: c.previous, today: TODAY }));
    const statuses = runs.flatMap((r) =>
      r.results.filter((x) => x.explanation !== undefined).map((x) => x.status),
    );
    expect(statuses).toContain('accepted');
    expect(statuses).toContain('failed');
    expect(
      runs.some((r) => r.results.some((x) => x.id.startsWith('narrative-number') && x.status === 'accepted')),
    ).toBe(true);
  });

  it('a file whose explained numbers were changed after acceptance arrives re-opened, 说明 attached', async () => {
    const [c] = fc.sample(
      caseArb.filter((x) => Object.values(x.accepted).length > 0),
      { numRuns: 1, seed: 3 },
    );
    if (!c) throw new Error('no case');
    const run = runChecks({ draft: c.draft, accepted: c.accepted, previous: c.previous, today: TODAY });
    // Tamper-free, but the clerk's acceptance no longer matches: nothing accepted may appear.
    const stale = Object.fromEntries(Object.keys(c.accepted).map((k) => [k, 'other-numbers']));
    const reopened = runChecks({ draft: c.draft, accepted: stale, previous: c.previous, today: TODAY });
    const review = await signedIfApproved(c.review, draftToReport(c.draft));
    const { here } = await reimport(await fileOf(c.draft, review, reopened), c.previous);
    expect(Object.keys(here.accepted)).toEqual([]);
    const explained = here.run.results.filter((r) => r.explanation !== undefined && r.severity === 'warning');
    expect(explained.every((r) => r.status !== 'accepted')).toBe(true);
    expect(run.results.some((r) => r.status === 'accepted')).toBe(true);
  });
});
