// Reports for the print and export tests, written straight into IndexedDB (e2e/raw-store.ts):
// typing a whole report through the UI would cost a minute per test and is covered elsewhere.
import type { Page } from '@playwright/test';
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
