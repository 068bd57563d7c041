// No action fails silently: when the repository throws, 「创建」 says why in its own dialog (81b402b:
// what was typed stays), and under a handler that does not catch (a 设置 checkbox) the app-wide net
// shows 「操作未完成」 with an ErrorBanner in Chinese; nothing is written either way.
import { expect, type Page, test } from '@playwright/test';
import { OTHER_MATTERS_LABELS } from '../src/domain/report/labels';
import { ReportsListPage } from './pages/app-page';

/** Every IndexedDB write from now on throws, as a broken disk would make it (until the next load). */
async function breakWrites(page: Page) {
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('模拟的磁盘错误', 'UnknownError');
    };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });
}

test('a repository that throws under 「创建」 (said in its dialog) and a 设置 checkbox (「操作未完成」): in Chinese, data unchanged', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  await list.createReport('写入前已有的单位', 2024);
  await list.goto();
  await expect(list.row('写入前已有的单位')).toBeVisible();

  await breakWrites(page);
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill('写入失败的单位');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '浏览器读写本地数据库时出错' })).toBeVisible();
  await expect(dialog.getByLabel('机关名称')).toHaveValue('写入失败的单位');
  await expect(page).not.toHaveURL(/#\/r\//);
  await dialog.getByRole('button', { name: '取消' }).click();
  const failure = page.getByRole('dialog', { name: '操作未完成' });

  await page.goto('/#/settings');
  const box = page.getByRole('checkbox', { name: OTHER_MATTERS_LABELS.workPlan });
  const before = await box.isChecked();
  await box.click();
  await expect(failure.getByRole('alert')).toContainText('浏览器读写本地数据库时出错');
  await failure.getByRole('button', { name: '知道了' }).click();
  await expect(box).toBeChecked({ checked: before });

  // A fresh load (writes work again) reads what is stored: nothing of the failed actions.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: OTHER_MATTERS_LABELS.workPlan })).toBeChecked({
    checked: before,
  });
  await list.goto();
  await expect(list.row('写入前已有的单位')).toBeVisible();
  await expect(list.row('写入失败的单位')).toHaveCount(0);
});
