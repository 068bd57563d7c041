// Two (or three) computers of a review, as browser contexts (issue 15): each says in 「设置」 who
// uses it (填报 or 审核), and files pass between them through 「导入」.
import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import { exportReport } from '../src/domain/interchange/export-report';
import { draftToReport } from '../src/domain/report/draft-convert';
import { emptyDraft } from '../src/domain/report/empty-report';
import { ReportsListPage } from './pages/app-page';

/** A fresh browser: its user's name, and what it is used for (only one of 填报 / 审核). */
export async function computer(browser: Browser, name: string, use: '填报' | '审核'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/#/settings');
  const input = page.getByLabel(/您的姓名/);
  await input.fill(name);
  await input.blur();
  const other = use === '填报' ? '审核' : '填报';
  const uses = page.locator('[data-setting="browser-use"]');
  await uses.getByLabel(use).check();
  await uses.getByLabel(other).uncheck();
  await expect(uses.getByLabel(use)).toBeDisabled(); // the one left on cannot be switched off
  return page;
}

/** Chooses a file in 「导入」 and waits until the dialog shows what it holds (nothing written yet). */
export async function openImport(page: Page, path: string): Promise<Locator> {
  await new ReportsListPage(page).goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(path);
  await expect(dialog.getByRole('table', { name: '文件内容' })).toBeVisible();
  return dialog;
}

/** The 「状态」 row of the import dialog: the status the report will have here. */
export const importedStatus = (dialog: Locator) =>
  dialog.getByRole('row').filter({ hasText: '状态' }).locator('td');

/** This browser's approval key fingerprint, as 「设置」 shows it (a browser used for 审核). */
export async function ownFingerprint(page: Page): Promise<string> {
  await page.goto('/#/settings');
  const shown = page.getByTestId('own-fingerprint').locator('[data-fingerprint]');
  await expect(shown).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  return (await shown.textContent()) ?? '';
}

/** Clicks, waits for the file the click offers, saves it; returns its suggested name. */
export async function download(page: Page, click: Locator, path: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click.click()]);
  await file.saveAs(path);
  return file.suggestedFilename();
}

/** A unit's 送审 file of an empty 2021 report, as a reviewer receives it (status 待审核). */
export function submittedFile(id: string, agencyName: string): Promise<string> {
  return exportReport({
    report: draftToReport(emptyDraft({ id, agencyName, year: 2021, reportKind: 'department' })),
    review: {
      status: 'submitted',
      comments: [],
      history: [
        {
          action: 'submit',
          actor: '办公室',
          at: '2022-01-20T08:00:00.000Z',
          from: 'draft',
          to: 'submitted',
          note: '',
          revision: 3,
        },
      ],
    },
    checks: { catalogVersion: '1', results: [] },
    generator: 'nianbao e2e',
    now: new Date('2022-01-20T08:30:00.000Z'),
  });
}
