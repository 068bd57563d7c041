// The 报告信息 step as a clerk fills it in (h81's trial): a 发布日期 typed as eight digits, a 报告年度
// corrected after the report was made.
import { expect, test } from '@playwright/test';
import { DEFAULT_PREAMBLE_BUTTON, defaultPreamble } from '../src/domain/report/labels';
import { ReportsListPage } from './pages/app-page';

test('a 发布日期 typed digit by digit keeps a four-digit year: no 20260-01-20 that the export refuses', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('日期录入测试局', 2025);
  const date = editor.field('meta.publishDate');
  const typeDate = async (digits: string) => {
    await date.fill('');
    await editor.field('meta.contactPhone').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type(digits);
    return date.inputValue();
  };
  // The parts' order follows the browser's own locale (月/日/年 in Debian's Chromium, 年/月/日 in a
  // Chinese Windows): typed straight on, the date comes out whole in one of them.
  const yearFirst = (await typeDate('01202026')) !== '2026-01-20';
  if (yearFirst) {
    expect(await typeDate('20260120')).toBe('2026-01-20');
  } else {
    // One digit too many into the year box: never a year of five or six digits.
    const over = await typeDate('0120202601');
    expect(over.split('-')[0]!.length).toBeLessThanOrEqual(4);
  }
  // A year no report is published in is said on the step.
  await date.fill('2601-01-20');
  await expect(page.locator('#flags-meta')).toContainText('发布日期「2601-01-20」不是有效日期');
});

test('a 发布日期 within the report year, or a title naming another year, is said on the 报告信息 step', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('年度核对测试局', 2025);
  const title = editor.field('meta.title');
  await expect(title).toHaveValue('年度核对测试局2025年政府信息公开工作年度报告');
  // The year corrected: the title the app wrote follows it.
  await editor.field('meta.year').fill('2024');
  await expect(title).toHaveValue('年度核对测试局2024年政府信息公开工作年度报告');
  // A title the clerk wrote is not changed; the check names the difference.
  await title.fill('年度核对测试局2024年度政府信息公开工作年度报告');
  await editor.field('meta.year').fill('2023');
  await expect(title).toHaveValue('年度核对测试局2024年度政府信息公开工作年度报告');
  await editor.field('meta.publishDate').fill('2023-01-20');
  const flags = page.locator('#flags-meta');
  await expect(flags).toContainText('报告标题中的年度（2024年）与报告年度（2023年）不一致');
  await expect(flags).toContainText('发布日期2023年1月20日早于统计期限截止日（2023年12月31日）');
});

test('a 网站 that is no web address, a 联系电话 with no number: a warning beside the field, gone once corrected', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('联系方式测试局', 2025);
  await editor.field('meta.website').fill('联系方式测试局门户网站');
  await editor.field('meta.contactPhone').fill('办公室');
  const web = page.locator('#flags-meta\\.website');
  const phone = page.locator('#flags-meta\\.contactPhone');
  await expect(web.locator('[data-severity="warning"]')).toContainText(
    '「联系方式测试局门户网站」看起来不是网址',
  );
  await expect(phone.locator('[data-severity="warning"]')).toContainText('「办公室」看起来不是电话号码');
  await editor.field('meta.website').fill('联系方式测试局门户网站（www.lxfs.gov.cn）');
  await editor.field('meta.contactPhone').fill('（0415）2271234转802');
  await expect(web).toHaveCount(0);
  await expect(phone).toHaveCount(0);
});

test('「按报告信息生成前言」 writes the opening paragraph from the step: year, 网站 and contact reach the report; a written 前言 is replaced only when confirmed', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('前言生成测试局', 2025);
  await editor.field('meta.website').fill('www.qianyan.example.gov.cn');
  await editor.field('meta.contactAddress').fill('某某县人民路8号');
  await editor.field('meta.contactPhone').fill('0537-7654321');
  const preamble = editor.field('meta.preamble');
  const button = page.getByRole('button', { name: DEFAULT_PREAMBLE_BUTTON });
  await button.click();
  const want = defaultPreamble({
    agencyName: '前言生成测试局',
    year: 2025,
    website: 'www.qianyan.example.gov.cn',
    contactAddress: '某某县人民路8号',
    contactPhone: '0537-7654321',
  });
  await expect(preamble).toHaveValue(want);
  await expect(preamble).toHaveValue(/www\.qianyan\.example\.gov\.cn.*0537-7654321/);
  // A 前言 the clerk wrote: declined, it stays; confirmed, it is replaced.
  await preamble.fill('本机关自行撰写的前言。');
  page.once('dialog', (d) => void d.dismiss());
  await button.click();
  await expect(preamble).toHaveValue('本机关自行撰写的前言。');
  page.once('dialog', (d) => void d.accept());
  await button.click();
  await expect(preamble).toHaveValue(want);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await page.reload();
  await expect(editor.field('meta.preamble')).toHaveValue(want);
});
