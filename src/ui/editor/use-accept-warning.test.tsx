// @vitest-environment happy-dom
// 「填写说明」 then 导出JSON at once (seen as an e2e flake under load): the autosave of the 说明 lands
// before the fingerprint's own write, and that stored record — with the old fingerprints — must not
// un-accept the warning in between, nor an equal record re-run the checks.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../domain/checks/types';
import type { ReportRepository } from '../../storage/report-repository';
import { RepositoryProvider } from '../hooks/use-repository';
import { useAcceptWarning } from './use-accept-warning';

type Accepted = Record<string, string>;
type Latest = { revision: number; acceptedFingerprints: Accepted };

const WARNING = { id: 'narrative-empty:overview.proactive', fingerprint: 'fp1' } as CheckResult;

function setup() {
  const contexts: Accepted[] = [];
  const store = { setContext: (c: { accepted?: Accepted }) => c.accepted && contexts.push(c.accepted) };
  let explanations: Record<string, string> = {};
  const form = {
    getValues: () => explanations,
    setValue: (_name: string, value: Record<string, string>) => {
      explanations = value;
    },
  } as unknown as Parameters<typeof useAcceptWarning>[2];
  let settle: { resolve: (revision: number) => void; reject: (e: Error) => void } | null = null;
  const autosave = {
    exclusive: () =>
      new Promise((resolve, reject) => {
        settle = {
          resolve: (revision) => resolve({ revision, writeId: 'w', updatedAt: '' }),
          reject,
        };
      }),
  } as unknown as Parameters<typeof useAcceptWarning>[4];
  const repo = { setAccepted: async () => ({}) } as unknown as ReportRepository;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <RepositoryProvider repo={repo}>{children}</RepositoryProvider>
  );
  const hook = renderHook(
    ({ latest }: { latest: Latest }) => useAcceptWarning('r1', latest, form, store, autosave),
    {
      wrapper,
      initialProps: { latest: { revision: 3, acceptedFingerprints: {} } },
    },
  );
  const shown = () => contexts.at(-1);
  return { hook, contexts, shown, settle: () => settle!, explanations: () => explanations };
}

describe('useAcceptWarning', () => {
  it('keeps the warning accepted while the records written before its fingerprint arrive', async () => {
    const { hook, shown, settle, explanations } = setup();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = hook.result.current(WARNING, '已在总述中说明');
    });
    expect(explanations()).toEqual({ [WARNING.id]: '已在总述中说明' });
    expect(shown()).toEqual({ [WARNING.id]: 'fp1' });
    // the autosave of the 说明 (revision 4) still has the old fingerprints
    hook.rerender({ latest: { revision: 4, acceptedFingerprints: {} } });
    expect(shown()).toEqual({ [WARNING.id]: 'fp1' });
    await act(async () => {
      settle().resolve(5);
      await done;
    });
    expect(shown()).toEqual({ [WARNING.id]: 'fp1' });
    // a record from before the write, delivered late, changes nothing either
    hook.rerender({ latest: { revision: 4, acceptedFingerprints: {} } });
    expect(shown()).toEqual({ [WARNING.id]: 'fp1' });
    hook.rerender({ latest: { revision: 5, acceptedFingerprints: { [WARNING.id]: 'fp1' } } });
    expect(shown()).toEqual({ [WARNING.id]: 'fp1' });
    // from then on the stored record is the truth (another tab re-opened the warning)
    hook.rerender({ latest: { revision: 6, acceptedFingerprints: {} } });
    expect(shown()).toEqual({});
  });

  it('shows the stored fingerprints again when the write fails', async () => {
    const { hook, shown, settle } = setup();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = hook.result.current(WARNING, '说明');
    });
    expect(shown()).toEqual({ [WARNING.id]: 'fp1' });
    await act(async () => {
      settle().reject(new Error('磁盘已满'));
      await expect(done).rejects.toThrow('磁盘已满');
    });
    expect(shown()).toEqual({});
  });

  it('does not re-run the checks for a saved record with the same fingerprints', () => {
    const { hook, contexts } = setup();
    const before = contexts.length;
    hook.rerender({ latest: { revision: 4, acceptedFingerprints: {} } });
    hook.rerender({ latest: { revision: 5, acceptedFingerprints: {} } });
    expect(contexts.length).toBe(before);
  });
});
