// @vitest-environment happy-dom
// 「恢复备份」 while it runs (issue 16, item 3): the dialog's buttons are off and a second click on
// 「合并」 starts nothing, the progress is spoken (aria-live) and shown as a progress bar, and a
// failure says that nothing was restored and why.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../domain/interchange/backup';
import { backupEntry } from '../../domain/interchange/test-backup-entry';
import { emptyDraft } from '../../domain/report/empty-report';
import type { RestoreOutcome, RestoreProgress } from '../../storage/report-repository';
import { createReportRepository, type ReportRepository } from '../../storage/report-repository';
import { QuotaError } from '../../storage/storage-errors';
import { freshDb, manualClock } from '../../storage/test-helpers';
import { RepositoryProvider } from '../hooks/use-repository';
import { BackupButtons } from './backup-buttons';

afterEach(cleanup);

const AT = '2024-03-01T08:00:00.000Z';

async function backupOf(count: number): Promise<File> {
  const reports = Array.from({ length: count }, (_, i) =>
    backupEntry(emptyDraft({ id: `b${i}`, agencyName: `单位${i}`, year: 2024, reportKind: 'department' }), {
      at: AT,
    }),
  );
  const text = await exportBackup({ reports, rosters: [], generator: 'test', now: new Date(AT) });
  return new File([text], '备份.json', { type: 'application/json' });
}

/** A repository whose restore waits until the test lets it finish (or fail), counting the calls. */
function heldRestore() {
  const repo = createReportRepository(freshDb(), { now: manualClock().now });
  const held = {
    calls: 0,
    progress: (_: RestoreProgress) => {},
    finish: (_: RestoreOutcome) => {},
    fail: (_: unknown) => {},
  };
  const restoreBackup: ReportRepository['restoreBackup'] = (mode, _entries, _rosters, opts) => {
    held.calls++;
    held.progress = (p) => opts?.onProgress?.(p);
    return new Promise<RestoreOutcome>((resolve, reject) => {
      held.finish = resolve;
      held.fail = reject;
    }).then((o) => ({ ...o, mode }));
  };
  return { repo: { ...repo, restoreBackup }, held };
}

async function openDialog(repo: ReportRepository, count: number) {
  render(
    <RepositoryProvider repo={repo}>
      <BackupButtons />
    </RepositoryProvider>,
  );
  fireEvent.change(screen.getByTestId('restore-input'), { target: { files: [await backupOf(count)] } });
  return within(await screen.findByRole('dialog', { name: '恢复备份' }));
}

describe('「恢复备份」 while it runs', () => {
  it('switches the buttons off, starts one restore for two clicks, shows progress and the account', async () => {
    const { repo, held } = heldRestore();
    const dialog = await openDialog(repo, 3);
    const merge = dialog.getByRole('button', { name: '合并' });
    fireEvent.click(merge);
    fireEvent.click(merge);
    expect(held.calls).toBe(1);
    expect(merge).toHaveProperty('disabled', true);
    expect(dialog.getByRole('button', { name: '替换全部' })).toHaveProperty('disabled', true);
    expect(dialog.getByRole('button', { name: '取消' })).toHaveProperty('disabled', true);

    act(() => held.progress({ done: 1200, total: 10000 }));
    expect(dialog.getByText(/正在恢复… 1,200 \/ 10,000 份/).getAttribute('aria-live')).toBe('polite');
    const bar = dialog.getByRole('progressbar', { name: '恢复进度' });
    expect(bar.getAttribute('value')).toBe('1200');
    expect(bar.getAttribute('max')).toBe('10000');

    await act(async () =>
      held.finish({
        mode: 'merge',
        added: ['b0', 'b1', 'b2'],
        replaced: [],
        keptLocal: [],
        unchanged: [],
        versionsAdded: 0,
        rostersRestored: 0,
      }),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已合并备份：新增3份'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a failed restore says nothing was restored, and why', async () => {
    const { repo, held } = heldRestore();
    const dialog = await openDialog(repo, 2);
    fireEvent.click(dialog.getByRole('button', { name: '合并' }));
    await act(async () => held.fail(new QuotaError()));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('恢复失败：未恢复任何报告，本机数据未改变');
    expect(alert.textContent).toContain('原因：磁盘空间不足');
  });
});
