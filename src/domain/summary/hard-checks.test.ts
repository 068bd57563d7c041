import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_CATALOG, type CheckFamily } from '../checks/catalog';
import { runChecks } from '../checks/run-checks';
import { withCells } from '../checks/test-kit';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress, cellId, INPUT_CELLS } from '../report/cell-address';
import { draftToReport, reportToDraft } from '../report/draft-convert';
import { HARD_CHECK_FAMILIES, hardCheckedReport, hardChecks, hardErrorCount } from './hard-checks';
import { generatedReportArb } from './test-arbitraries';

const TODAY = new Date(2022, 0, 15);
const failedErrors = (results: { id: string; status: string; severity: string }[]) =>
  results.filter((r) => r.status === 'failed' && r.severity === 'error').map((r) => r.id);

describe('hardChecks', () => {
  it('runs exactly the error families of the catalogue', () => {
    const errorFamilies = (Object.keys(CHECK_CATALOG) as CheckFamily[]).filter(
      (f) => CHECK_CATALOG[f].severity === 'error',
    );
    expect([...HARD_CHECK_FAMILIES].sort()).toEqual(errorFamilies.sort());
  });

  it('passes the sample report', () => {
    expect(hardErrorCount(reportToDraft(qufuReport()), TODAY)).toBe(0);
  });

  it.each([
    [
      'a blank matrix cell (its column balance is pending, not failed)',
      { [cellId(cellAddress('applications', 'granted', 'natural'))]: '' },
      ['required:applications'],
    ],
    [
      'text in a count cell',
      { [cellId(cellAddress('appeals', 'reconsideration', 'upheld'))]: '12a' },
      ['number-format:appeals'],
    ],
    [
      'an unbalanced column',
      { [cellId(cellAddress('applications', 'carriedForward', 'legal'))]: '3' },
      ['balance:legal', 'balance:total'],
    ],
  ])('fails on %s', (_, cells, expected) => {
    const draft = withCells(reportToDraft(qufuReport()), cells);
    const failed = failedErrors(hardChecks(draft, TODAY));
    expect(failed).toEqual(expected);
    expect(hardErrorCount(draft, TODAY)).toBe(failed.length);
  });

  it('fails on a missing 机关名称', () => {
    const draft = reportToDraft(qufuReport());
    draft.meta.agencyName = ' ';
    expect(failedErrors(hardChecks(draft, TODAY))).toEqual(['meta']);
  });

  it('gives the same errors as runChecks for any report (random counts, blanks and bad text)', () => {
    const textArb = fc.constantFrom('', 'x', '1.5', '－3', '１２', '7', '0');
    fc.assert(
      fc.property(
        generatedReportArb,
        fc.array(fc.tuple(fc.nat(INPUT_CELLS.length - 1), textArb), { maxLength: 6 }),
        ({ report }, edits) => {
          const draft = withCells(
            reportToDraft(report),
            Object.fromEntries(edits.map(([i, text]) => [cellId(INPUT_CELLS[i]!), text])),
          );
          const full = runChecks({ draft, today: TODAY });
          expect(failedErrors(hardChecks(draft, TODAY))).toEqual(failedErrors(full.results));
          expect(hardErrorCount(draft, TODAY)).toBe(full.counts.errors);
          expect(hardCheckedReport(draft, TODAY)).toEqual({
            report: draftToReport(draft),
            errorCount: full.counts.errors,
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
