import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { readReportCell, reportCellText } from './report-cell';

describe('report cells', () => {
  const report = qufuReport();
  it('reads counts, derived totals and blanks', () => {
    expect(readReportCell(report, { part: 'applications', row: 'newReceived', column: 'natural' })).toBe(23);
    expect(reportCellText(report, { part: 'applications', row: 'totalHandled', column: 'total' })).toBe('23');
    const blank = structuredClone(report);
    blank.appeals.reconsideration.upheld = null;
    expect(reportCellText(blank, { part: 'appeals', row: 'reconsideration', column: 'upheld' })).toBe('');
  });
  it.each([
    [0.000001, '0.000001'],
    [24252.311082, '24252.311082'],
    [12, '12'],
    [0, '0'],
  ])('writes the fee %s as %s', (amount, text) => {
    const r = structuredClone(report);
    r.proactive.fees.amount = amount;
    expect(reportCellText(r, { part: 'proactive', row: 'fees', column: 'amount' })).toBe(text);
  });
});
