// What a clerk types into text boxes must survive the habits of an office PC: Esc pressed out of habit
// in a dialog, a reload, a paste in the middle of a paragraph followed by Ctrl+Z (h81's trial).
import { expect, type Page, test } from '@playwright/test';
import { ReportsListPage } from './pages/app-page';

test('a 说明 typed in 「填写说明」 survives Esc, 取消 and a reload until it is saved', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('说明保留测试局', 2021);
  await editor.step('checks');
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

test('a 说明 pasted over a selection: the caret after the pasted text, and Ctrl+Z gives the old text back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('粘贴撤销测试局', 2021);
  await editor.step('overview');
  const box = editor.field('overview.proactive');
  await box.click();
  await page.keyboard.type('ABCD EFGH');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await page.evaluate(() => navigator.clipboard.writeText('第一段\r\n\r\n\r\n第二段  \r\n'));
  await page.keyboard.press('Control+v');
  await page.keyboard.type('X');
  // Cleaned (CRLF, blank lines, trailing spaces), written at the caret, the caret after it.
  await expect(box).toHaveValue('ABCD第一段\n\n第二段X EFGH');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('ABCD第一段\n\n第二段 EFGH');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('ABCD EFGH');
  // Select all and paste over it: one Ctrl+Z brings the whole text back.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await expect(box).toHaveValue('第一段\n\n第二段');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('ABCD EFGH');
  await page.keyboard.press('Control+y');
  await expect(box).toHaveValue('第一段\n\n第二段');
  await editor.saved();
  await page.reload();
  await expect(editor.field('overview.proactive')).toHaveValue('第一段\n\n第二段');
});

test('Ctrl+Z in a 说明 typed through an IME takes back a clause, not one commit', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('输入法撤销测试局', 2021);
  await editor.step('problems');
  const box = editor.field('problems.problems');
  await box.click();
  const cdp = await page.context().newCDPSession(page);
  // Each phrase composed then committed, as a pinyin IME does.
  for (const phrase of ['一是', '公开', '内容', '不够', '全面，', '二是', '解读', '形式', '单一。']) {
    await cdp.send('Input.imeSetComposition', {
      text: phrase,
      selectionStart: phrase.length,
      selectionEnd: phrase.length,
    });
    await cdp.send('Input.insertText', { text: phrase });
  }
  await expect(box).toHaveValue('一是公开内容不够全面，二是解读形式单一。');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('一是公开内容不够全面，');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(box).toHaveValue('一是公开内容不够全面，');
  await editor.saved();
  await page.reload();
  await expect(editor.field('problems.problems')).toHaveValue('一是公开内容不够全面，');
});

test('two tabs writing the 说明 of the same warning at once: neither overwrites the other’s kept text', async ({
  context,
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('两窗口说明测试局', 2021);
  await editor.step('checks');
  const other = await context.newPage();
  await other.goto(page.url());
  const checkId = 'narrative-empty:overview.platforms';
  const open = async (p: Page) => {
    const warning = p.getByRole('region', { name: '校验结果' }).locator(`[data-check-id="${checkId}"]`);
    await warning.getByRole('button', { name: '填写说明' }).click();
    return p.getByRole('dialog', { name: '填写说明' }).getByLabel(/说明/);
  };
  // both dialogs open before either types, then each types in turn
  const inA = await open(page);
  const inB = await open(other);
  await inA.pressSequentially('甲窗口：平台建设已并入总述。');
  await inB.pressSequentially('乙窗口：本年度未新建平台。');
  await inA.pressSequentially('另有说明。');
  await other.close(); // the second tab closed with its 说明 unsent
  await page.keyboard.press('Escape');
  const again = await open(page);
  await expect(again).toHaveValue(/甲窗口：平台建设已并入总述。另有说明。/);
  await expect(again).toHaveValue(/乙窗口：本年度未新建平台。/);
});
