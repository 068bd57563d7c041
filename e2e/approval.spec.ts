// Signed approvals (issue 16, item 8), three browsers as three computers: a reviewer approves and
// the unit's browser believes the signature (and pins the key); a file whose status was edited to
// 已审定 is imported as 待审核 with a warning; an approval signed by another key is not believed
// until the clerk says so, and a browser used only for 审核 believes no other key unasked.
import { readFile, writeFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  computer,
  download,
  importedStatus,
  openImport,
  ownFingerprint,
  submittedFile,
} from './review-computers';

const ID = 'sign-qufu-2021';

const bar = (page: Page) => page.getByRole('region', { name: '审核', exact: true });

/** A reviewer's browser: imports the submitted file, 审定 (which writes the 审定 file); returns its key fingerprint. */
async function reviewerApproves(browser: Browser, name: string, submitted: string, out: string) {
  const page = await computer(browser, name, '审核');
  const fingerprint = await ownFingerprint(page);
  const dialog = await openImport(page, submitted);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  await bar(page).getByRole('button', { name: '审定', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '审定' }).getByRole('button', { name: '审定' });
  expect(await download(page, confirm, out)).toMatch(/_审定_/);
  await expect(bar(page).locator('.badge[data-status="approved"]')).toBeVisible();
  await expect(bar(page).locator('[data-approval="signed"] [data-fingerprint]')).toHaveText(fingerprint);
  await page.context().close();
  return fingerprint;
}

test('an approval is believed only when signed by a trusted key; a forged 已审定 imports as 待审核', async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const path = (n: string) => info.outputPath(`${n}.json`);
  await writeFile(path('submitted'), await submittedFile(ID, '曲阜市人民政府办公室'));

  // The unit's browser receives a file whose status was edited to approved, with a forged 审定 entry.
  const forged = JSON.parse(await readFile(path('submitted'), 'utf8'));
  forged.review.status = 'approved';
  forged.review.history.push({
    action: 'approve',
    actor: '市政务公开办',
    at: '2022-01-21T08:00:00.000Z',
    from: 'submitted',
    to: 'approved',
    note: '',
    revision: 4,
  });
  await writeFile(path('forged'), JSON.stringify(forged));
  const clerk = await computer(browser, '办公室', '填报');
  let dialog = await openImport(clerk, path('forged'));
  await expect(dialog.getByText('已作为「待审核」导入')).toBeVisible();
  await expect(dialog.getByText('文件中没有审定签名')).toBeVisible();
  await expect(importedStatus(dialog)).toHaveText('待审核');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(bar(clerk).locator('.badge[data-status="submitted"]')).toBeVisible();
  await expect(bar(clerk)).not.toContainText('本报告已审定');

  // The reviewer approves for real: the unit's browser believes it and remembers the key.
  const x = await reviewerApproves(browser, '审核人甲', path('submitted'), path('approved-x'));
  dialog = await openImport(clerk, path('approved-x'));
  await expect(dialog.locator('[data-approval-trust="first"] [data-fingerprint]')).toHaveText(x);
  await expect(importedStatus(dialog)).toHaveText('已审定');
  await dialog.getByRole('button', { name: /替换本机的报告|导入/ }).click();
  await expect(bar(clerk).locator('.badge[data-status="approved"]')).toBeVisible();
  await expect(bar(clerk).locator('[data-approval="signed"] [data-fingerprint]')).toHaveText(x);
  await clerk.goto('/#/settings');
  await expect(clerk.getByTestId('trusted-reviewers')).toContainText(x);

  // A tampered approved file (a number changed after 审定) is not believed either.
  const tampered = JSON.parse(await readFile(path('approved-x'), 'utf8'));
  tampered.report.applications.newReceived.natural = 1;
  await writeFile(path('tampered'), JSON.stringify(tampered));
  dialog = await openImport(clerk, path('tampered'));
  await expect(dialog.getByText(/报告在审定后被修改过/)).toBeVisible();
  await expect(importedStatus(dialog)).toHaveText('待审核');
  await dialog.getByRole('button', { name: '取消' }).click();

  // Another key signs an approval: the clerk is asked, and 不信任 imports it as 待审核.
  const y = await reviewerApproves(browser, '冒名审核人', path('submitted'), path('approved-y'));
  expect(y).not.toBe(x);
  dialog = await openImport(clerk, path('approved-y'));
  const question = dialog.locator('[data-approval-trust="unknown"]');
  await expect(question).toContainText(y);
  await expect(question).toContainText(x);
  const confirm = dialog.getByRole('button', { name: /替换本机的报告|作为副本导入|导入/ }).last();
  await expect(confirm).toBeDisabled();
  await question.getByLabel('不信任，作为「待审核」导入').check();
  await expect(importedStatus(dialog)).toHaveText('待审核');
  await confirm.click();
  await expect(clerk).toHaveURL(/#\/r\/.+\/checks/);
  await expect(bar(clerk).locator('.badge[data-status="submitted"]')).toBeVisible();
  await clerk.context().close();

  // A browser used only for 审核 pins no one by itself: another reviewer's approval is asked about.
  const reviewer = await computer(browser, '审核人丙', '审核');
  dialog = await openImport(reviewer, path('approved-x'));
  await expect(dialog.locator('[data-approval-trust="unknown"]')).toContainText(x);
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await reviewer.context().close();
});
