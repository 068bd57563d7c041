// Review between two computers, the way a 政务公开办 runs it (issue 15): two browser contexts are
// the unit's clerk (本浏览器用于「填报」) and the supervisor (「审核」), passing files. Three rounds —
// submit (and 撤回提交), return with comments, fix, submit, approve, the clerk imports the approval —
// checking at each step both sides' state, the file names, the buttons each person sees, the
// comments and the 说明, and the 汇总 before and after approval. The 审定 is signed (issue 16): the
// clerk's browser refuses a forged 已审定 (imported as 待审核) and believes the real one, showing the
// reviewer's key fingerprint as the reviewer's 「设置」 shows it.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { cellAddress, cellId } from '../src/domain/report/cell-address';
import { ORIGIN_LABELS, WITHDRAW_SUBMISSION } from '../src/domain/report/labels';
import { FIXTURE } from './fixture-data';
import { EditorPage, ReportsListPage } from './pages/app-page';
import { fillFixture } from './pages/fill-fixture';
import { computer, download, importedStatus, openImport, ownFingerprint } from './review-computers';
import { SummaryViewPage } from './summary-page';

const AGENCY = '曲阜市人民政府办公室';
/** The clerk writes 19 现行有效 规范性文件 of the organ's own; the table says 11 (a warning explained with a 说明). */
const NINETEEN = 'narrative-number:overview.management:normativeInForce';
const WHY = '文字所述19件含本年已废止的文件，表格为现行有效件数';
const ACTIONS = ['提交审核', WITHDRAW_SUBMISSION, '退回', '审定', '撤销审定'];
const fileName = (kind: string) => new RegExp(`^${AGENCY}_2021_${kind}_\\d{8}-\\d{6}\\.json$`);

/** The review steps shown at the top of the editor, by their labels. */
async function buttonsOf(page: Page): Promise<string[]> {
  const bar = page.getByRole('region', { name: '审核', exact: true });
  const shown: string[] = [];
  for (const label of ACTIONS)
    if (await bar.getByRole('button', { name: label, exact: true }).isVisible()) shown.push(label);
  return shown;
}

const badge = (page: Page) =>
  page.getByRole('region', { name: '审核', exact: true }).locator('.badge[data-status]');

async function importFile(page: Page, path: string, confirm: RegExp) {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(path);
  await expect(dialog.locator('.banner.warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  return { editor: new EditorPage(page), dialog };
}

/** The 19-vs-11 warning: accepted, its 说明 shown (defect 1: not 「需重新确认」 after a trip). */
async function explained(page: Page) {
  const item = new EditorPage(page).check(NINETEEN);
  await expect(item).toHaveAttribute('data-status', 'accepted');
  await expect(item).toContainText(WHY);
  await expect(item).not.toContainText('需重新确认');
}

async function summed2021(page: Page) {
  const summary = new SummaryViewPage(page);
  await summary.goto();
  await summary.chooseYear(2021);
  return summary;
}

test('three rounds between a clerk’s and a supervisor’s computer', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const clerk = await computer(browser, '张科员', '填报');
  const sup = await computer(browser, '李审核', '审核');
  // The fingerprint the supervisor reads out to the units (「设置」): the 审定 will carry this key.
  const supKey = await ownFingerprint(sup);
  const path = (n: string) => testInfo.outputPath(`${n}.json`);

  // ── Round 1, clerk: fill, explain the 19-vs-11 warning, submit → 送审 file; 撤回提交; submit again.
  const list = new ReportsListPage(clerk);
  await list.goto();
  const editor = await list.createReport(AGENCY, 2021);
  await fillFixture(editor);
  await editor.step('overview');
  await editor.field('overview.management').fill('重新整理本机关现行有效的规范性文件19件。');
  await editor.step('checks');
  await editor.check(NINETEEN).getByRole('button', { name: '填写说明' }).click();
  const accept = clerk.getByRole('dialog', { name: '填写说明' });
  await accept.getByLabel(/说明/).fill(WHY);
  await accept.getByRole('button', { name: '保存说明' }).click();
  await explained(clerk);
  // A 2021 report read in a later year has no deadline note (no 「已逾期…天」).
  await expect(editor.check('deadline')).toHaveCount(0);
  expect(await buttonsOf(clerk)).toEqual(['提交审核']);

  const bar = clerk.getByRole('region', { name: '审核', exact: true });
  const first = await download(clerk, bar.getByRole('button', { name: '提交审核' }), path('0-withdrawn'));
  expect(first).toMatch(fileName('送审'));
  await expect(badge(clerk)).toHaveAttribute('data-status', 'submitted');
  expect(await buttonsOf(clerk)).toEqual([WITHDRAW_SUBMISSION]);
  await expect(bar.locator('[data-exchange-file]')).toContainText(first);
  await editor.step('applications');
  await expect(editor.cell(cellAddress('applications', 'granted', 'natural'))).not.toBeEditable();
  // 撤回提交 while nothing came back: editable again.
  await bar.getByRole('button', { name: WITHDRAW_SUBMISSION }).click();
  await clerk
    .getByRole('dialog', { name: WITHDRAW_SUBMISSION })
    .getByRole('button', { name: WITHDRAW_SUBMISSION })
    .click();
  await expect(badge(clerk)).toHaveAttribute('data-status', 'draft');
  await expect(editor.cell(cellAddress('applications', 'granted', 'natural'))).toBeEditable();
  const submitted = await download(clerk, bar.getByRole('button', { name: '提交审核' }), path('1-submitted'));
  expect(submitted).toMatch(fileName('送审'));
  await expect(badge(clerk)).toHaveAttribute('data-status', 'submitted');

  // ── Round 1, supervisor: the 送审 file lands in the review list as 待审核; nothing final to sum yet.
  const received = await importFile(sup, path('1-submitted'), /^导入$/);
  const supEditor = received.editor;
  const supId = supEditor.reportId;
  await expect(sup.getByRole('region', { name: '审核', exact: true })).toContainText(ORIGIN_LABELS.received);
  await expect(badge(sup)).toHaveAttribute('data-status', 'submitted');
  expect(await buttonsOf(sup)).toEqual(['退回', '审定']);
  await explained(sup);
  await new ReportsListPage(sup).goto();
  await expect(sup.getByRole('combobox', { name: '按类别筛选' })).toHaveValue('received');
  await expect(new ReportsListPage(sup).row(AGENCY)).toContainText('待审核');

  let summary = await summed2021(sup);
  await expect(sup.locator('[data-status-basis]')).toContainText('已审定0份；未审定的待审核1份未计入');
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText('');
  await sup.getByLabel(/计入未审定的报告/).check();
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(FIXTURE.applications.newReceived.natural),
  );
  await expect(sup.locator('[data-summary-basis]')).toContainText('含未审定：待审核1份');

  // Comments on a cell and on a field of the read-only report, then 退回 → 退回 file.
  await sup.goto(`/#/r/${supId}/applications`);
  await supEditor.cell(cellAddress('applications', 'granted', 'natural')).focus();
  await expect(supEditor.cell(cellAddress('applications', 'granted', 'natural'))).not.toBeEditable();
  const addComment = async (text: string) => {
    await sup.getByRole('button', { name: '批注', exact: true }).click();
    const add = sup.getByRole('dialog', { name: '添加批注' });
    await add.getByLabel('批注内容').fill(text);
    await add.getByRole('button', { name: '添加批注' }).click();
    await expect(add).toBeHidden();
  };
  await addComment('予以公开为0件？请核对。');
  await supEditor.step('overview');
  await supEditor.field('overview.onRequest').focus();
  await addComment('请写明收到申请的件数。');
  const supBar = sup.getByRole('region', { name: '审核', exact: true });
  await supBar.getByRole('button', { name: '退回', exact: true }).click();
  const ret = sup.getByRole('dialog', { name: '退回' });
  await ret.getByLabel('退回意见').fill('请核对第三部分，并补充申请件数。');
  const returned = await download(sup, ret.getByRole('button', { name: '退回' }), path('2-returned'));
  expect(returned).toMatch(fileName('退回'));
  await expect(badge(sup)).toHaveAttribute('data-status', 'returned');
  expect(await buttonsOf(sup)).toEqual([]);

  // ── Round 2, clerk: the return — 退回意见 at the top, every comment on its cell and in a list.
  const back = (await importFile(clerk, path('2-returned'), /导入审核记录和批注/)).editor;
  await expect(badge(clerk)).toHaveAttribute('data-status', 'returned');
  expect(await buttonsOf(clerk)).toEqual(['提交审核']);
  const note = clerk.getByRole('region', { name: '退回意见' });
  await expect(note.locator('[data-return-note]')).toContainText('请核对第三部分，并补充申请件数。');
  await expect(note.locator('[data-comment-item]')).toHaveCount(2);
  await explained(clerk);
  await note
    .locator(`[data-comment-item="${cellId(cellAddress('applications', 'granted', 'natural'))}"] a`)
    .click();
  await expect(back.cell(cellAddress('applications', 'granted', 'natural'))).toBeFocused();
  // The comment is on the status line above the table when its cell is selected (never over the cells).
  await expect(
    clerk.locator(
      `[data-cell-status="${cellId(cellAddress('applications', 'granted', 'natural'))}"] .cell-comment`,
    ),
  ).toContainText('予以公开为0件？请核对。');
  await back.fillCell(cellAddress('applications', 'granted', 'natural'), '1');
  await back.fillCell(cellAddress('applications', 'partiallyGranted', 'natural'), '2');
  await expect(clerk.locator('[data-balance="natural"]')).toHaveAttribute('data-state', 'equal');
  await back.step('overview');
  await expect(clerk.locator('[data-field-comments="overview.onRequest"]')).toContainText(
    '请写明收到申请的件数。',
  );
  await back.field('overview.onRequest').fill('本年度共收到依申请公开件23件，已核对予以公开数量。');
  await back.saved();
  await clerk.getByRole('button', { name: '与上次送审比较' }).click();
  const sinceSubmit = clerk.getByRole('dialog', { name: '与上次送审比较' });
  await expect(sinceSubmit.locator('[data-changed-cell]')).toHaveCount(2);
  await expect(sinceSubmit.locator('[data-changed-field="overview.onRequest"]')).toContainText('23件');
  await sinceSubmit.getByRole('button', { name: '关闭' }).click();
  const again = await download(clerk, bar.getByRole('button', { name: '提交审核' }), path('3-resubmitted'));
  expect(again).toMatch(fileName('送审'));

  // ── Round 2, supervisor: what changed since the review; 审定 → 审定 file; the 汇总 now counts it.
  await importFile(sup, path('3-resubmitted'), /替换本机的报告/);
  await expect(badge(sup)).toHaveAttribute('data-status', 'submitted');
  await sup.getByRole('button', { name: '与上次审阅比较' }).click();
  const sinceReview = sup.getByRole('dialog', { name: '与上次审阅比较' });
  await expect(
    sinceReview.locator(`[data-changed-cell="${cellId(cellAddress('applications', 'granted', 'natural'))}"]`),
  ).toContainText('1');
  await expect(sinceReview.locator('[data-changed-field="overview.onRequest"]')).toContainText('23件');
  await sinceReview.getByRole('button', { name: '关闭' }).click();
  await explained(sup);
  await supBar.getByRole('button', { name: '审定', exact: true }).click();
  const approve = sup.getByRole('dialog', { name: '审定' });
  const approved = await download(sup, approve.getByRole('button', { name: '审定' }), path('4-approved'));
  expect(approved).toMatch(fileName('审定'));
  await expect(badge(sup)).toHaveAttribute('data-status', 'approved');
  expect(await buttonsOf(sup)).toEqual(['撤销审定']);
  await expect(supBar.locator('[data-approval="signed"] [data-fingerprint]')).toHaveText(supKey);
  expect(JSON.parse(await readFile(path('4-approved'), 'utf8')).review.approval).toMatchObject({
    algorithm: 'ECDSA-P256-SHA256',
    approver: '李审核',
  });

  summary = await summed2021(sup);
  await expect(sup.locator('[data-status-basis]')).toContainText('已审定1份');
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(FIXTURE.applications.newReceived.natural),
  );
  await expect(summary.sumCell(cellAddress('applications', 'granted', 'natural'))).toHaveText('1');

  // ── Round 3, clerk: first a forged approval — the 送审 file with its status edited to 已审定 and a
  // made-up 审定 entry (its digest still matches: the report is untouched). Not believed: 待审核.
  const forged = JSON.parse(await readFile(path('3-resubmitted'), 'utf8'));
  forged.review.status = 'approved';
  forged.review.history.push({
    ...forged.review.history.at(-1),
    action: 'approve',
    actor: '李审核',
    from: 'submitted',
    to: 'approved',
  });
  await writeFile(path('4-forged'), JSON.stringify(forged));
  let dialog = await openImport(clerk, path('4-forged'));
  await expect(dialog.locator('.banner.warning')).toContainText('已作为「待审核」导入');
  await expect(dialog.locator('.banner.warning')).toContainText('文件中没有审定签名');
  await expect(importedStatus(dialog)).toHaveText('待审核');
  await dialog.getByRole('button', { name: '导入审核记录和批注' }).click();
  await expect(clerk).toHaveURL(/#\/r\/.+\/checks/);
  await expect(badge(clerk)).toHaveAttribute('data-status', 'submitted');
  expect(await buttonsOf(clerk)).toEqual([WITHDRAW_SUBMISSION]);

  // The real 审定 file: its signature verifies, and this first reviewer key is remembered.
  dialog = await openImport(clerk, path('4-approved'));
  await expect(dialog.locator('.banner.warning')).toHaveCount(0);
  await expect(dialog.locator('[data-approval-trust="first"] [data-fingerprint]')).toHaveText(supKey);
  await expect(importedStatus(dialog)).toHaveText('已审定');
  await dialog.getByRole('button', { name: '导入审核记录和批注' }).click();
  await expect(clerk).toHaveURL(/#\/r\/.+\/checks/);
  const final = new EditorPage(clerk);
  await expect(badge(clerk)).toHaveAttribute('data-status', 'approved');
  expect(await buttonsOf(clerk)).toEqual([]);
  await expect(clerk.getByRole('region', { name: '审核', exact: true })).toContainText(
    '本报告已审定，所有内容只读',
  );
  await explained(clerk);
  await final.step('applications');
  await expect(final.cell(cellAddress('applications', 'granted', 'natural'))).not.toBeEditable();
  await expect(final.cell(cellAddress('applications', 'granted', 'natural'))).toHaveValue('1');
  await expect(bar.locator('[data-approval="signed"] [data-fingerprint]')).toHaveText(supKey);
  await clerk.goto('/#/settings');
  await expect(clerk.getByTestId('trusted-reviewers')).toContainText(supKey);

  await clerk.context().close();
  await sup.context().close();
});

test('importing a report changed on both sides since the last exchange keeps both', async ({
  page,
}, testInfo) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('双方修改测试', 2021);
  await editor.step('overview');
  await editor.field('overview.proactive').fill('第一版');
  await editor.step('checks');
  const path = testInfo.outputPath('a.json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出JSON' }).click(),
  ]);
  await download.saveAs(path);
  // Change the file as the other PC would (digest no longer matches: a warning, not a refusal).
  const file = JSON.parse(await readFile(path, 'utf8'));
  file.report.overview.proactive = '对方的修改';
  await writeFile(path, JSON.stringify(file));
  // And change it here too.
  await editor.step('overview');
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
