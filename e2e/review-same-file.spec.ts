// A supervisor (or a clerk) who opens the very same file twice is told 「完全相同」 and offered no
// replacement: nothing to import when the file holds nothing this copy lacks; when it brings review
// records or comments (a 退回 file of unchanged content), the button says that is what comes in.
import { expect, test } from '@playwright/test';
import { EditorPage, ReportsListPage } from './pages/app-page';
import { fillFixture } from './pages/fill-fixture';
import { computer, download, openImport } from './review-computers';

const IN_FORCE = 'narrative-number:overview.management:normativeInForce';

test('the same 送审 file opened twice: 「完全相同」, nothing to import, no replacement offered', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const clerk = await computer(browser, '孙科员', '填报');
  const sup = await computer(browser, '周审核', '审核');
  const path = (n: string) => testInfo.outputPath(`${n}.json`);
  const list = new ReportsListPage(clerk);
  await list.goto();
  const editor = await list.createReport('某县统计局', 2021);
  await fillFixture(editor);
  await editor.step('overview');
  await editor.field('overview.management').fill('清理后本机关现行有效的规范性文件共19件。');
  await editor.step('checks');
  await editor
    .check(IN_FORCE)
    .getByRole('button', { name: /填写说明|修改说明/ })
    .click();
  const dialog = clerk.getByRole('dialog', { name: '填写说明' });
  await dialog.getByLabel(/说明/).fill('文字含已废止的件数。');
  await dialog.getByRole('button', { name: '保存说明' }).click();
  const bar = clerk.getByRole('region', { name: '审核', exact: true });
  await download(clerk, bar.getByRole('button', { name: '提交审核' }), path('1-submitted'));

  let d = await openImport(sup, path('1-submitted'));
  await d.getByRole('button', { name: /^导入$/ }).click();
  await expect(sup).toHaveURL(/#\/r\/.+\/checks/);
  d = await openImport(sup, path('1-submitted'));
  await expect(d.locator('[data-import-decision]')).toHaveAttribute('data-import-decision', 'same');
  await expect(d.locator('[data-import-decision]')).toContainText('无需导入');
  await expect(d.getByRole('button', { name: /替换|导入审核记录/ })).toHaveCount(0);
  await d.getByRole('button', { name: '关闭' }).click();
  await sup.getByText('某县统计局').first().click();
  await new EditorPage(sup).step('checks');
  // the supervisor comments on the 说明, then opens the same file again
  await new EditorPage(sup).check(IN_FORCE).locator('[data-explanation-of]').click();
  await sup.getByRole('button', { name: '批注', exact: true }).click();
  const add = sup.getByRole('dialog', { name: '添加批注' });
  await add.getByLabel('批注内容').fill('请写明相差的8件是什么文件。');
  await add.getByRole('button', { name: '添加批注' }).click();
  await expect(add).toBeHidden();
  d = await openImport(sup, path('1-submitted'));
  await expect(d.locator('[data-import-decision]')).toHaveAttribute('data-import-decision', 'same');
  await expect(d.locator('[data-import-decision]')).toContainText('本机另有1条批注（文件中没有），不受影响');
  await expect(d.getByRole('button', { name: /替换|导入审核记录/ })).toHaveCount(0);
  await d.getByRole('button', { name: '关闭' }).click();
  await sup.getByText('某县统计局').first().click();
  await new EditorPage(sup).step('checks');
  const supBar = sup.getByRole('region', { name: '审核', exact: true });
  await supBar.getByRole('button', { name: '退回', exact: true }).click();
  const ret = sup.getByRole('dialog', { name: '退回' });
  await ret.getByLabel('退回意见').fill('说明过于简单。');
  await download(sup, ret.getByRole('button', { name: '退回' }), path('2-returned'));
  // The returned file on the clerk's computer: same content, its comments and 退回 come in.
  d = await openImport(clerk, path('2-returned'));
  await expect(d.locator('[data-import-decision]')).toHaveAttribute('data-import-decision', 'same');
  await d.getByRole('button', { name: '导入审核记录和批注' }).click();
  await expect(clerk).toHaveURL(/#\/r\/.+\/checks/);
  await expect(clerk.getByRole('region', { name: '退回意见' })).toContainText('请写明相差的8件是什么文件。');
  // and opened again: nothing left to import.
  d = await openImport(clerk, path('2-returned'));
  await expect(d.locator('[data-import-decision]')).toContainText('无需导入');
  await expect(d.getByRole('button', { name: /替换|导入审核记录/ })).toHaveCount(0);
});
