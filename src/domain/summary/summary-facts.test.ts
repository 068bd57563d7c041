// The stored 汇总 record must say exactly what checking the whole draft on the day of the 汇总
// would: the same numbers as draftToReport, the same hard-check error count as hardErrorCount —
// also when the day moves on (a 报告年度 in the future becomes valid on 1 January).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { INPUT_CELLS } from '../report/cell-address';
import { draftToReport, reportToDraft, writeDraftCell } from '../report/draft-convert';
import { emptyDraft } from '../report/empty-report';
import type { ReportDraft } from '../report/report-schema';
import { hardErrorCount } from './hard-checks';
import { summaryErrorCount, summaryFacts } from './summary-facts';
import { generatedReportArb } from './test-arbitraries';

const DAYS = [new Date(2021, 11, 31), new Date(2022, 0, 1), new Date(2026, 5, 15)];

function expectSame(draft: ReportDraft) {
  const facts = summaryFacts(draft);
  const report = draftToReport(draft);
  expect(facts.numbers).toEqual({
    id: report.id,
    meta: report.meta,
    proactive: report.proactive,
    applications: report.applications,
    appeals: report.appeals,
  });
  for (const today of DAYS) expect(summaryErrorCount(facts, today)).toBe(hardErrorCount(draft, today));
  // what is stored survives a structured clone (IndexedDB) unchanged
  expect(structuredClone(facts)).toEqual(facts);
}

describe('summaryFacts / summaryErrorCount', () => {
  it('the sample report: its numbers, no errors', () => {
    const draft = reportToDraft(qufuReport());
    expectSame(draft);
    expect(summaryErrorCount(summaryFacts(draft), DAYS[2]!)).toBe(0);
  });

  it('a blank report and one with a blank 机关名称: errors counted as the whole check counts them', () => {
    const blank = emptyDraft({ id: 'e', agencyName: '', year: null, reportKind: 'department' });
    expectSame(blank);
    expect(summaryErrorCount(summaryFacts(blank), DAYS[2]!)).toBeGreaterThan(1);
  });

  it('a 报告年度 of 2022 is an error on 31 December 2021 and not on 1 January 2022', () => {
    const draft = reportToDraft(qufuReport());
    // Title and 统计期限 rewritten with the year: only the year's range is at stake here.
    const to2022 = (t: string) => t.replaceAll('2021', '2022');
    const meta = {
      ...draft.meta,
      year: 2022,
      title: to2022(draft.meta.title),
      preamble: to2022(draft.meta.preamble),
    };
    const ahead = { ...draft, meta };
    const facts = summaryFacts(ahead);
    expect(summaryErrorCount(facts, DAYS[0]!)).toBe(1);
    expect(summaryErrorCount(facts, DAYS[1]!)).toBe(0);
    expectSame(ahead);
  });

  it('any report, with any cell made unreadable or blank, agrees with the whole check', () => {
    fc.assert(
      fc.property(
        generatedReportArb,
        fc.nat(INPUT_CELLS.length - 1),
        fc.constantFrom('', '12a', '１２', '-3', '1.5', ' 7 '),
        fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }),
        ({ report }, cellIndex, text, year) => {
          const draft = writeDraftCell(reportToDraft(report), INPUT_CELLS[cellIndex]!, text);
          expectSame({ ...draft, meta: { ...draft.meta, year } });
        },
      ),
      { numRuns: 60 },
    );
  });
});
