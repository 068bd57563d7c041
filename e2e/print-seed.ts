// Reports for the print and export tests, written straight into IndexedDB (e2e/raw-store.ts):
// typing a whole report through the UI would cost a minute per test and is covered elsewhere.
import type { Page } from '@playwright/test';
import { qufuReport } from '../src/domain/fixtures/qufu-2021';
import { reportToDraft } from '../src/domain/report/draft-convert';
import { emptyReview } from '../src/domain/report/empty-review';
import type { Report } from '../src/domain/report/report-schema';
import { newStoredRecord } from '../src/storage/report-fields';
import { replaceStoredReports } from './raw-store';

/** Stores `reports` (approved, so no 「草稿」 mark) as the only reports of this browser. */
export async function seedReports(page: Page, reports: readonly Report[], approved = true): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: '新建报告' }).waitFor();
  const at = '2026-01-15T08:00:00.000Z';
  await replaceStoredReports(
    page,
    reports.map((r) =>
      newStoredRecord(
        reportToDraft(r),
        { review: { ...emptyReview(), status: approved ? 'approved' : 'draft' } },
        at,
      ),
    ),
  );
  await page.reload();
}

/**
 * The sample report with fourteen more lines in 一、总体情况: part 三 then starts near a page foot.
 * Before issue 14 this left 「三、收到和处理政府信息公开申请情况」 and its note alone at the foot of
 * a page and 「四、结转下年度继续办理」 alone on the next (found by moving part 三 line by line).
 */
export function qufuPushedDown(id: string): Report {
  const report = qufuReport(id);
  report.overview.proactive = Array.from({ length: 14 }, (_, i) => `第${i + 1}项工作。`).join('\n');
  return report;
}
