// @vitest-environment happy-dom
// When the whole browser is killed, what keeps the last keystrokes is their IndexedDB write starting
// right after the frame that shows them — the localStorage journal written just before a kill was
// not kept (README 「意外关闭时能保留什么」, e2e/kill-browser.spec.ts, bench 16). So the write of a
// change may wait for the next frame, never for a pause in typing: a clerk typing on and on keeps
// reaching IndexedDB (a change once slipped in that waited for a 250 ms pause and passed every test).
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../domain/report/empty-report';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { ReportRepository } from '../../storage/report-repository';
import type { StoredReport } from '../../storage/stored-report';
import { RepositoryProvider } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';
import { useAutosaveBinding } from './use-autosave-binding';

function setup() {
  const draft = emptyDraft({
    id: 'r1',
    agencyName: '某某县交通运输局',
    year: 2025,
    reportKind: 'department',
  });
  const initial = {
    id: 'r1',
    revision: 1,
    writeId: 'w1',
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
    deletedAt: null,
    kind: 'draft',
    draft,
    acceptedFingerprints: {},
  } as unknown as StoredReport;
  const written: string[] = [];
  let revision = 1;
  const repo = {
    saveDraft: vi.fn(async (_id: string, d: ReportDraft) => {
      written.push(d.overview.proactive);
      revision += 1;
      return { revision, writeId: `w${revision}`, updatedAt: new Date().toISOString() };
    }),
  } as unknown as ReportRepository;
  const checked = { checks: { counts: { errors: 0, warnings: 0 } } };
  const store = { get: () => ({ ...checked, shown: checked }) } as unknown as DraftStore;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <RepositoryProvider repo={repo}>{children}</RepositoryProvider>
  );
  const hook = renderHook(() => useAutosaveBinding(initial, store), { wrapper });
  const type = (text: string) =>
    act(() =>
      hook.result.current.autosave.change({ ...draft, overview: { ...draft.overview, proactive: text } }),
    );
  return { hook, written, type };
}

describe('useAutosaveBinding', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance', 'Date'],
    });
    window.localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('starts writing each change within a frame or two while the clerk keeps typing, without waiting for a pause', async () => {
    const { written, type, hook } = setup();
    let text = '';
    for (const ch of '本年度主动公开政府信息') {
      text += ch;
      type(text);
      // 40 ms between keys: never a pause in typing
      await act(async () => {
        await vi.advanceTimersByTimeAsync(40);
      });
      expect(written.at(-1), `after 「${text}」`).toBe(text);
    }
    hook.unmount();
  });

  it('keys typed before the next frame cost one write, of the last text; each is journaled at once', async () => {
    const { written, type, hook } = setup();
    const journaled = () =>
      Object.keys(window.localStorage)
        .map((k) => window.localStorage.getItem(k))
        .join('');
    for (const text of ['本', '本年', '本年度']) {
      type(text);
      expect(journaled()).toContain(text);
    }
    expect(written).toEqual([]);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40);
    });
    expect(written).toEqual(['本年度']);
    hook.unmount();
  });

  it('journals every change synchronously before its write', () => {
    const { type, hook } = setup();
    type('本');
    const keys = Object.keys(window.localStorage);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.map((k) => window.localStorage.getItem(k)).join('')).toContain('本');
    hook.unmount();
  });
});
