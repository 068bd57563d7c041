// A supervisor returns a report for its 说明 alone (the text accepting a warning), with a 批注 on that
// 说明; the clerk sees the 批注 beside the 说明, rewrites only the 说明 and sends it again.
// Before: the 批注 could only be put on 「报告信息」 from the 「校验与导出」 step, and 「与上次审阅比较」
// said 「没有任何改动」 (it looked at cells, narratives and 报告信息 only).
import { expect, test } from '@playwright/test';
import { EditorPage, ReportsListPage } from './pages/app-page';
import { fillFixture } from './pages/fill-fixture';
import { computer, download } from './review-computers';

const AGENCY = '某县统计局';
const IN_FORCE = 'narrative-number:overview.management:normativeInForce';

async function explain(page: EditorPage['page'], text: string) {
  const editor = new EditorPage(page);
  await editor.step('checks');
  await editor
    .check(IN_FORCE)
    .getByRole('button', { name: /填写说明|修改说明/ })
    .click();
  const dialog = page.getByRole('dialog', { name: '填写说明' });
  await dialog.getByLabel(/说明/).fill(text);
  await dialog.getByRole('button', { name: '保存说明' }).click();
  await expect(editor.check(IN_FORCE)).toContainText(text);
}

async function importInto(page: EditorPage['page'], path: string, confirm: RegExp) {
  await new ReportsListPage(page).goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(path);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
}

test('a 批注 on a 说明 reaches the clerk beside it; 「与上次审阅比较」 shows the rewritten 说明', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const clerk = await computer(browser, '孙科员', '填报');
  const sup = await computer(browser, '周审核', '审核');
  const path = (n: string) => testInfo.outputPath(`${n}.json`);
  const list = new ReportsListPage(clerk);
  await list.goto();
  const editor = await list.createReport(AGENCY, 2021);
  await fillFixture(editor);
  await editor.step('overview');
  await editor.field('overview.management').fill('清理后本机关现行有效的规范性文件共19件。');
  await explain(clerk, '文字含已废止的件数。');
  const bar = clerk.getByRole('region', { name: '审核', exact: true });
  await download(clerk, bar.getByRole('button', { name: '提交审核' }), path('1-submitted'));

  await importInto(sup, path('1-submitted'), /^导入$/);
  // The supervisor clicks the 说明 and comments on it.
  await new EditorPage(sup).check(IN_FORCE).locator('[data-explanation-of]').click();
  await sup.getByRole('button', { name: '批注', exact: true }).click();
  const add = sup.getByRole('dialog', { name: '添加批注' });
  await expect(add.getByRole('radio').first()).toBeChecked();
  await expect(add.locator('fieldset label').first()).toHaveText(/校验说明：文字与表格数字/);
  await add.getByLabel('批注内容').fill('请写明相差的8件是什么文件。');
  await add.getByRole('button', { name: '添加批注' }).click();
  await expect(add).toBeHidden();
  const supBar = sup.getByRole('region', { name: '审核', exact: true });
  await supBar.getByRole('button', { name: '退回', exact: true }).click();
  const ret = sup.getByRole('dialog', { name: '退回' });
  await ret.getByLabel('退回意见').fill('说明过于简单，请写明19件与表格11件的差别。');
  await download(sup, ret.getByRole('button', { name: '退回' }), path('2-returned'));

  await importInto(clerk, path('2-returned'), /导入审核记录和批注/);
  const note = clerk.getByRole('region', { name: '退回意见' });
  const item = note.locator(`[data-comment-item="explanations.${IN_FORCE}"]`);
  await expect(item).toContainText('校验说明：文字与表格数字');
  await item.getByRole('link').click();
  await expect(clerk).toHaveURL(/\/checks/);
  await expect(new EditorPage(clerk).check(IN_FORCE).locator('[data-explanation-comments]')).toContainText(
    '请写明相差的8件是什么文件。',
  );
  const rewritten = '文字所述19件含本年废止的8件，表格填写的是年末现行有效的11件。';
  await explain(clerk, rewritten);
  await new EditorPage(clerk).saved();
  await download(clerk, bar.getByRole('button', { name: '提交审核' }), path('3-resubmitted'));

  await importInto(sup, path('3-resubmitted'), /替换本机的报告/);
  await sup.getByRole('button', { name: '与上次审阅比较' }).click();
  const compare = sup.getByRole('dialog', { name: '与上次审阅比较' });
  const changed = compare.locator(`[data-changed-explanation="${IN_FORCE}"]`);
  await expect(changed).toContainText('文字含已废止的件数。');
  await expect(changed).toContainText(rewritten);
  await expect(changed).toContainText('文字与表格数字');
  await expect(compare).not.toContainText('没有任何改动');
});
