// Accessibility (issue 8): axe-core on every page and dialog — no serious or critical violations —
// and the keyboard path a clerk takes first: Tab to 新建报告, Enter, with a visible focus ring.
import { expect, type Page, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { WIZARD_STEPS } from '../src/domain/report/labels';
import { type Finding, formatFindings, scan } from './hardening-axe';
import { ReportsListPage } from './pages/app-page';

const EDITOR_STEPS = WIZARD_STEPS.map((s) => s.label);

async function reportWithContent(page: Page) {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('无障碍测试局', 2025);
  await editor.field('meta.contactPhone').fill('0537-1234567');
  await editor.step('overview');
  await editor.field('overview.proactive').fill('主动公开情况。');
  await editor.step('applications');
  await editor.fillCell(cellAddress('applications', 'newReceived', 'natural'), '3');
  await editor.saved();
  return { list, editor };
}

test('reports list, its dialogs, trash and settings: no serious or critical violations', async ({ page }) => {
  test.setTimeout(120_000);
  const { list } = await reportWithContent(page);
  const findings: Finding[] = [];

  await list.goto();
  await expect(list.row('无障碍测试局')).toBeVisible();
  findings.push(...(await scan(page, '报告列表')));

  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('dialog', { name: '新建报告' })).toBeVisible();
  findings.push(...(await scan(page, '新建报告 dialog')));
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '导入' })).toBeVisible();
  findings.push(...(await scan(page, '导入 dialog')));
  await page.keyboard.press('Escape');

  // A duplicate goes to the trash, so the trash shows its table rather than the empty note.
  await page.getByRole('button', { name: '复制 无障碍测试局' }).click();
  await expect(page.getByRole('button', { name: /^删除 .*（移入回收站）$/ })).toHaveCount(2);
  await page
    .getByRole('button', { name: /^删除 .*（移入回收站）$/ })
    .last()
    .click();
  await page.goto('/#/trash');
  await expect(page.getByRole('heading', { name: '回收站' })).toBeVisible();
  await expect(page.getByRole('table', { name: '回收站中的报告' })).toBeVisible();
  findings.push(...(await scan(page, '回收站')));

  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  findings.push(...(await scan(page, '设置')));

  expect(findings, formatFindings(findings)).toEqual([]);
});

// The editor in two halves: axe on the large grids takes a while on a slow machine.
for (const [half, steps] of [
  ['1–4', EDITOR_STEPS.slice(0, 4)],
  ['5–8', EDITOR_STEPS.slice(4)],
] as const) {
  test(`editor steps ${half}${half === '5–8' ? ', 历史版本 and the print view' : ''}: no serious or critical violations`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { editor } = await reportWithContent(page);
    const findings: Finding[] = [];
    for (const step of steps) {
      await editor.step(step);
      await expect(
        page.getByRole('navigation', { name: '填报步骤' }).getByRole('link', { name: new RegExp(step) }),
      ).toHaveAttribute('aria-current', 'step');
      findings.push(...(await scan(page, `编辑 ${step}`)));
    }
    if (half === '5–8') {
      await page.getByRole('button', { name: '历史版本' }).click();
      const history = page.getByRole('dialog', { name: '历史版本' });
      await expect(history.getByRole('table', { name: '历史版本' })).toBeVisible();
      findings.push(...(await scan(page, '历史版本 dialog')));
      await page.keyboard.press('Escape');

      await page.goto(`/#/print/${encodeURIComponent(editor.reportId)}`);
      await expect(page.locator('article.doc h1')).toBeVisible();
      findings.push(...(await scan(page, '打印预览')));
    }
    expect(findings, formatFindings(findings)).toEqual([]);
  });
}

test('keyboard: Tab from page load reaches 新建报告, Enter opens it, focus is visible', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  const target = page.getByRole('button', { name: '新建报告' });
  let presses = 0;
  for (; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  expect(presses, '新建报告 is reached by Tab from page load').toBeLessThan(30);
  // Keyboard focus shows a ring: :focus-visible applies and its outline is drawn.
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      visible: el.matches(':focus-visible'),
      style: s.outlineStyle,
      width: Number.parseFloat(s.outlineWidth),
    };
  });
  expect(ring.visible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThan(0);

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog).toBeVisible();
  // The dialog takes the focus (its first field), so typing goes where the clerk expects.
  await expect(dialog.getByLabel('机关名称')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
