import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { EditorPage, ReportsListPage } from './pages/app-page';
import { fillFixture } from './pages/fill-fixture';

async function exportJson(page: Page, path: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出JSON' }).click(),
  ]);
  await download.saveAs(path);
}

async function importJson(page: Page, path: string, confirm: RegExp) {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(path);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  return new EditorPage(page);
}

async function setName(page: Page, name: string) {
  await page.goto('/#/settings');
  const input = page.getByLabel(/您的姓名/);
  await input.fill(name);
  await input.blur();
}

test('a clerk and a supervisor exchange a report: submit, comment, return, fix, compare, approve, read-only', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const clerkCtx = await browser.newContext();
  const supCtx = await browser.newContext();
  const clerk = await clerkCtx.newPage();
  const sup = await supCtx.newPage();
  const file = (n: string) => testInfo.outputPath(`${n}.json`);

  // Clerk fills the fixture, submits and exports.
  await setName(clerk, '张科员');
  const list = new ReportsListPage(clerk);
  await list.goto();
  const editor = await list.createReport('曲阜市人民政府办公室', 2021);
  await fillFixture(editor);
  await editor.step('校验与导出');
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(clerk.locator('.badge[data-status="submitted"]')).toBeVisible();
  await exportJson(clerk, file('1-submitted'));

  // Supervisor imports, comments on a cell, returns, exports.
  await setName(sup, '李审核');
  const supEditor = await importJson(sup, file('1-submitted'), /^导入$/);
  await supEditor.step('三、依申请公开');
  await supEditor.cell('applications.granted.natural').focus();
  await sup.getByRole('button', { name: '批注' }).click();
  const add = sup.getByRole('dialog', { name: '添加批注' });
  await expect(add.getByLabel(/（一）予以公开 — 自然人/)).toBeChecked();
  await add.getByLabel('批注内容').fill('予以公开为0件？请核对。');
  await add.getByRole('button', { name: '添加批注' }).click();
  await expect(sup.locator('[data-comment-marker="applications.granted.natural"]')).toBeVisible();
  await supEditor.step('校验与导出');
  await sup.getByRole('button', { name: '退回' }).click();
  const ret = sup.getByRole('dialog', { name: '退回' });
  await ret.getByLabel('退回意见').fill('请核对第三部分。');
  await ret.getByRole('button', { name: '退回' }).click();
  await expect(sup.locator('.badge[data-status="returned"]')).toBeVisible();
  await exportJson(sup, file('2-returned'));

  // Clerk imports (a later revision of the same report → replace), sees the comment, fixes, resubmits.
  const back = await importJson(clerk, file('2-returned'), /替换本机的报告/);
  await back.step('三、依申请公开');
  await expect(back.cell('applications.granted.natural')).toHaveAccessibleName(/有1条批注/);
  await back.fillCell('applications.granted.natural', '1');
  await back.fillCell('applications.partiallyGranted.natural', '2');
  await expect(clerk.locator('[data-balance="natural"]')).toHaveAttribute('data-state', 'equal');
  await back.step('一、总体情况');
  await back
    .field('overview.onRequest')
    .fill('overview.onRequest：本年度按要求开展相关工作。已核对予以公开数量。');
  await back.step('校验与导出');
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(clerk.locator('.badge[data-status="submitted"]')).toBeVisible();
  await exportJson(clerk, file('3-resubmitted'));

  // Supervisor imports, compares with the last review, approves, exports.
  const again = await importJson(sup, file('3-resubmitted'), /替换本机的报告/);
  await sup.getByRole('button', { name: '与上次审阅比较' }).click();
  const compare = sup.getByRole('dialog', { name: '与上次审阅比较' });
  await expect(compare.locator('[data-changed-cell]')).toHaveCount(2);
  await expect(compare.locator('[data-changed-cell="applications.granted.natural"]')).toContainText('1');
  await expect(compare.locator('[data-changed-field="overview.onRequest"]')).toContainText(
    '已核对予以公开数量',
  );
  await compare.getByRole('button', { name: '关闭' }).click();
  await sup.getByRole('button', { name: '审定' }).click();
  await expect(sup.locator('.badge[data-status="approved"]')).toBeVisible();
  await exportJson(sup, file('4-approved'));
  await again.step('三、依申请公开');
  await expect(again.cell('applications.granted.natural')).toBeDisabled();

  // Clerk imports the approved report: read-only there too.
  const final = await importJson(clerk, file('4-approved'), /替换本机的报告/);
  await expect(clerk.getByText('本报告已审定，所有内容只读')).toBeVisible();
  await final.step('三、依申请公开');
  await expect(final.cell('applications.granted.natural')).toBeDisabled();
  await final.step('一、总体情况');
  await expect(final.field('overview.onRequest')).toBeDisabled();

  await clerkCtx.close();
  await supCtx.close();
});

test('importing a report changed on both sides since the last exchange keeps both', async ({
  page,
}, testInfo) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('双方修改测试', 2021);
  await editor.step('一、总体情况');
  await editor.field('overview.proactive').fill('第一版');
  await editor.step('校验与导出');
  const path = testInfo.outputPath('a.json');
  await exportJson(page, path);
  // Change the file as the other PC would (digest no longer matches: a warning, not a refusal).
  const file = JSON.parse(await readFile(path, 'utf8'));
  file.report.overview.proactive = '对方的修改';
  await writeFile(path, JSON.stringify(file));
  // And change it here too.
  await editor.step('一、总体情况');
  await editor.field('overview.proactive').fill('本机的修改');
  await editor.saved();
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(path);
  await expect(dialog.locator('[data-import-decision="keep-both"]')).toBeVisible();
  await expect(dialog.getByText('校验码不一致')).toBeVisible();
  await dialog.getByRole('button', { name: '作为副本导入' }).click();
  // The copy is written, then its editor opens: only then is the list sure to hold it.
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  await list.goto();
  await expect(list.row('双方修改测试')).toHaveCount(2);
});
