// Shared expectation of the import tests: the numbers of qufu-2021.expected.json.
import { expect } from 'vitest';
import expected from '../fixtures/qufu-2021.expected.json';
import { parseCellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import type { TextImportResult } from './import-summary';

type Grid = Record<string, Record<string, number>>;
const expectedValue = (id: string): number | undefined => {
  const cell = parseCellId(id);
  return cell ? (expected[cell.part] as Grid)[cell.row]?.[cell.column] : undefined;
};

/** Every number of the draft and of the summary equals qufu-2021.expected.json. */
export function expectFixtureNumbers(r: TextImportResult): void {
  const report = draftToReport(r.draft);
  expect(report.proactive).toEqual(expected.proactive);
  expect(report.applications).toEqual(expected.applications);
  expect(report.appeals).toEqual(expected.appeals);
  for (const n of r.summary.numbers) expect([n.cell, n.value]).toEqual([n.cell, expectedValue(n.cell)]);
}
