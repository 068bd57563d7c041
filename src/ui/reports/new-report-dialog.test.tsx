// @vitest-environment happy-dom
// 「新建报告」 on a full disk (h87's trial): the clerk saw the message only through the app's net for
// uncaught failures, and the console showed an unhandled QuotaExceededError. The dialog now says it
// itself and stays open with what was typed.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportRepository, type ReportRepository } from '../../storage/report-repository';
import { freshDb, manualClock } from '../../storage/test-helpers';
import { RepositoryProvider } from '../hooks/use-repository';
import { NewReportDialog } from './new-report-dialog';

afterEach(cleanup);

describe('新建报告 dialog', () => {
  it('a full disk: the message is in the dialog, which stays open with the name typed; nothing goes uncaught', async () => {
    const repo = createReportRepository(freshDb(), { now: manualClock().now });
    const full: ReportRepository = {
      ...repo,
      create: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const uncaught = vi.fn();
    window.addEventListener('unhandledrejection', uncaught);
    process.on('unhandledRejection', uncaught);
    const created = vi.fn();
    try {
      render(
        <RepositoryProvider repo={full}>
          <NewReportDialog onClose={() => {}} onCreated={created} />
        </RepositoryProvider>,
      );
      fireEvent.input(screen.getByLabelText('机关名称'), { target: { value: '某区市场监督管理局' } });
      fireEvent.click(screen.getByRole('button', { name: '创建' }));
      const alert = await waitFor(() => screen.getByText(/磁盘空间不足/));
      expect(alert.getAttribute('role')).toBe('alert');
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught).not.toHaveBeenCalled();
      expect(created).not.toHaveBeenCalled();
      expect(screen.getByLabelText<HTMLInputElement>('机关名称').value).toBe('某区市场监督管理局');
    } finally {
      window.removeEventListener('unhandledrejection', uncaught);
      process.off('unhandledRejection', uncaught);
    }
  });
});
