// What a clerk types into text boxes must survive the habits of an office PC: Esc pressed out of habit
// in a dialog, a reload, a paste in the middle of a paragraph followed by Ctrl+Z (h81's trial).
import { expect, test } from '@playwright/test';
import { ReportsListPage } from './pages/app-page';

test('a 说明 typed in 「填写说明」 survives Esc, 取消 and a reload until it is saved', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('说明保留测试局', 2021);
  await editor.step('校验与导出');
  const warning = editor.check('narrative-empty:overview.platforms');
  const dialog = page.getByRole('dialog', { name: '填写说明' });
  await warning.getByRole('button', { name: '填写说明' }).click();
  const said = '本单位平台建设情况已并入总述，不单独列出。';
  await dialog.getByLabel(/说明/).pressSequentially(said);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(warning.locator('[data-unsaved-explanation]')).toBeVisible();
  await warning.getByRole('button', { name: '填写说明' }).click();
  await expect(dialog.getByLabel(/说明/)).toHaveValue(said);
  await expect(dialog.locator('[data-kept-text]')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await page.reload();
  await warning.getByRole('button', { name: '填写说明' }).click();
  await expect(dialog.getByLabel(/说明/)).toHaveValue(said);
  await dialog.getByRole('button', { name: '保存说明' }).click();
  await expect(warning).toHaveAttribute('data-status', 'accepted');
  await expect(warning.locator('[data-unsaved-explanation]')).toHaveCount(0);
  // Once saved, 修改说明 opens on the saved text, with no 「已恢复」 note.
  await warning.getByRole('button', { name: '修改说明' }).click();
  await expect(dialog.getByLabel(/说明/)).toHaveValue(said);
  await expect(dialog.locator('[data-kept-text]')).toHaveCount(0);
});
