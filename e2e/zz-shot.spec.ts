import { test } from '@playwright/test';
import { pasteInto } from './clipboard';
import { matrixTsv } from './fixture-data';
import { ReportsListPage } from './pages/app-page';

test('shot', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('曲阜市人民政府办公室', 2021);
  await editor.step('三、依申请公开');
  await pasteInto(editor.cell('applications.newReceived.natural'), { text: matrixTsv() });
  await editor.fillCell('applications.granted.natural', '2');
  await editor.cell('applications.carriedForward.natural').focus();
  await page.screenshot({ path: '/tmp/matrix.png', fullPage: false });
  await editor.step('四、复议诉讼');
  await page.screenshot({ path: '/tmp/appeals.png' });
  await editor.step('校验与导出');
  await page.screenshot({ path: '/tmp/checks.png', fullPage: true });
  await page.goto(page.url().replace(/#\/r\/([^/]+).*/, '#/print/$1'));
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/print.png', fullPage: true });
  await list.goto();
  await page.screenshot({ path: '/tmp/list.png' });
});
