// A backup file of many units' reports for the 汇总 e2e test, built with the app's own backup
// writer (domain/interchange/backup.ts) and restored through 「恢复备份」, the way a supervisor
// moves a year's reports to another PC. Every report is the sample's tables with the 自然人 column
// shifted by its index (新收 23+i, 无法提供·不掌握 19+i), so each one balances and the sums are known.

import { exportBackup } from '../src/domain/interchange/backup';
import { backupEntry } from '../src/domain/interchange/test-backup-entry';
import { emptyDraft } from '../src/domain/report/empty-report';
import type { ReviewStatus } from '../src/domain/report/keys';
import type { ReportDraft } from '../src/domain/report/report-schema';
import { FIXTURE } from './fixture-data';

type Grid = Record<string, Record<string, number>>;

/** The input cells of a fixture table as the raw text a draft keeps (derived rows and columns left out). */
const asText = (grid: Grid, derivedRows: readonly string[] = []) =>
  Object.fromEntries(
    Object.entries(grid)
      .filter(([row]) => !derivedRows.includes(row))
      .map(([row, cells]) => [
        row,
        Object.fromEntries(
          Object.entries(cells)
            .filter(([col]) => col !== 'total')
            .map(([col, v]) => [col, String(v)]),
        ),
      ]),
  );

export const unitName = (i: number) => `测试单位${String(i).padStart(4, '0')}`;

export function unitDraft(i: number, year: number): ReportDraft {
  const base = emptyDraft({ id: `u-${year}-${i}`, agencyName: unitName(i), year, reportKind: 'department' });
  const applications = asText(FIXTURE.applications as Grid, ['totalHandled']);
  applications.newReceived!.natural = String(FIXTURE.applications.newReceived.natural + i);
  applications.unavailableNotHeld!.natural = String(FIXTURE.applications.unavailableNotHeld.natural + i);
  return {
    ...base,
    proactive: asText(FIXTURE.proactive as Grid) as ReportDraft['proactive'],
    applications: applications as ReportDraft['applications'],
    appeals: asText(FIXTURE.appeals as Grid) as ReportDraft['appeals'],
  };
}

export function manyUnitsBackup(count: number, year: number): Promise<string> {
  return unitsBackup(
    Array.from({ length: count }, (_, i) => ({ draft: unitDraft(i, year), status: 'submitted' })),
  );
}

/** A backup of the given units' reports, each in the given review status. */
export function unitsBackup(units: readonly { draft: ReportDraft; status: ReviewStatus }[]): Promise<string> {
  const at = '2022-01-20T08:00:00.000Z';
  return exportBackup({
    reports: units.map(({ draft, status }) => backupEntry(draft, { at, status })),
    generator: 'nianbao e2e',
    now: new Date(at),
  });
}
