// The supervisor opens a unit's two 送审 files in the wrong order: the later one (送审, 撤回提交,
// 送审 again with a corrected number), then the first. The first is older than what is here: it
// must not replace it as 「较新版本」 (it did, putting back the withdrawn numbers); only a copy.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { exportReport } from '../src/domain/interchange/export-report';
import { cellAddress } from '../src/domain/report/cell-address';
import { draftToReport } from '../src/domain/report/draft-convert';
import { emptyDraft } from '../src/domain/report/empty-report';
import type { HistoryEntry } from '../src/domain/report/review-schema';
import { EditorPage } from './pages/app-page';
import { computer, openImport } from './review-computers';

const ID = 'older-file-unit';
const step = (
  action: HistoryEntry['action'],
  at: string,
  from: HistoryEntry['from'],
  to: HistoryEntry['to'],
) => ({ action, actor: '王科员', at, from, to, note: '', revision: 3 }) as HistoryEntry;
const first = step('submit', '2025-01-20T08:00:00.000Z', 'draft', 'submitted');

async function submitted(natural: string, history: HistoryEntry[]): Promise<string> {
  const draft = emptyDraft({ id: ID, agencyName: '金乡县统计局', year: 2024, reportKind: 'department' });
  draft.applications.newReceived.natural = natural;
  return exportReport({
    report: draftToReport(draft),
    review: { status: 'submitted', comments: [], history },
    checks: { catalogVersion: '1', results: [] },
    generator: 'nianbao e2e',
    now: new Date(history.at(-1)!.at),
  });
}

test('an earlier 送审 file opened after the later one is not taken for a newer version', async ({
  browser,
}, info) => {
  const earlier = info.outputPath('1-送审.json');
  const later = info.outputPath('2-送审.json');
  writeFileSync(earlier, await submitted('5', [first]));
  writeFileSync(
    later,
    await submitted('7', [
      first,
      step('withdraw', '2025-01-20T09:00:00.000Z', 'submitted', 'draft'),
      step('submit', '2025-01-21T08:00:00.000Z', 'draft', 'submitted'),
    ]),
  );
  const sup = await computer(browser, '李审核', '审核');
  let dialog = await openImport(sup, later);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(sup).toHaveURL(new RegExp(`#/r/${ID}/`));

  dialog = await openImport(sup, earlier);
  await expect(dialog.locator('[data-import-decision="older"]')).toContainText(
    '导入的文件比本机的这份报告旧：本机已有其后的2条审核记录（现为「待审核」）',
  );
  await expect(dialog.getByRole('button', { name: '替换本机的报告' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '取消' }).click();
  await sup.goto(`/#/r/${ID}/applications`);
  await expect(new EditorPage(sup).cell(cellAddress('applications', 'newReceived', 'natural'))).toHaveValue(
    '7',
  );
});
