// @vitest-environment happy-dom
// The list's 错误/警告 counts of a report go stale without a write of it (last year's report
// corrected, 设置 changed, a deadline passed): opening it writes back the counts its checks give.
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ReportRepository } from '../../storage/report-repository';
import { RepositoryProvider } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';
import { useListCounts } from './use-list-counts';

function setup(opts: { errors: number; warnings: number; pending?: boolean }) {
  let counts = { errors: opts.errors, warnings: opts.warnings };
  const listeners = new Set<() => void>();
  const store = {
    get: () => ({ shown: { checks: { counts } } }),
    subscribeShown: (cb: () => void) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  } as unknown as Pick<DraftStore, 'get' | 'subscribeShown'>;
  const setCounts = vi.fn(async () => undefined);
  const repo = { setCounts } as unknown as ReportRepository;
  let pending = opts.pending ?? false;
  const hasPending = () => pending;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <RepositoryProvider repo={repo}>{children}</RepositoryProvider>
  );
  const hook = renderHook(
    ({ ready, stored }: { ready: boolean; stored: { errorCount: number; warningCount: number } }) =>
      useListCounts('r1', stored, store, hasPending, ready),
    { wrapper, initialProps: { ready: false, stored: { errorCount: 0, warningCount: 2 } } },
  );
  return {
    hook,
    setCounts,
    /** a check run shown: new counts */
    show: (errors: number, warnings: number) => {
      counts = { errors, warnings };
      for (const l of [...listeners]) l();
    },
    setPending: (p: boolean) => {
      pending = p;
    },
  };
}

describe('useListCounts', () => {
  it('writes the counts the checks give once the context is read, not before', () => {
    const { hook, setCounts } = setup({ errors: 1, warnings: 2 });
    expect(setCounts).not.toHaveBeenCalled();
    hook.rerender({ ready: true, stored: { errorCount: 0, warningCount: 2 } });
    expect(setCounts).toHaveBeenCalledExactlyOnceWith('r1', { errorCount: 1, warningCount: 2 });
  });

  it('writes nothing when the stored counts agree', () => {
    const { hook, setCounts, show } = setup({ errors: 0, warnings: 2 });
    hook.rerender({ ready: true, stored: { errorCount: 0, warningCount: 2 } });
    show(0, 2);
    expect(setCounts).not.toHaveBeenCalled();
  });

  it('leaves the counts to a pending write of the report, and recounts when a later check run disagrees', () => {
    const { hook, setCounts, show, setPending } = setup({ errors: 3, warnings: 0, pending: true });
    hook.rerender({ ready: true, stored: { errorCount: 0, warningCount: 2 } });
    show(3, 1);
    expect(setCounts).not.toHaveBeenCalled();
    // the write stored 3/1; then last year's report changes the checks
    setPending(false);
    hook.rerender({ ready: true, stored: { errorCount: 3, warningCount: 1 } });
    show(3, 1);
    expect(setCounts).not.toHaveBeenCalled();
    show(2, 1);
    expect(setCounts).toHaveBeenCalledExactlyOnceWith('r1', { errorCount: 2, warningCount: 1 });
  });

  it('keeps going when the refresh fails (a cache: the next write replaces it)', async () => {
    const { hook, setCounts } = setup({ errors: 1, warnings: 0 });
    setCounts.mockRejectedValueOnce(new Error('QuotaExceededError'));
    hook.rerender({ ready: true, stored: { errorCount: 0, warningCount: 0 } });
    await Promise.resolve();
    expect(setCounts).toHaveBeenCalledTimes(1);
  });
});
