// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Dispatch, SetStateAction } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for vite-plugin-pwa's hook: real React state, driven by the test. */
const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  update: vi.fn(async (_reload?: boolean) => undefined),
  setNeedRefresh: undefined as Dispatch<SetStateAction<boolean>> | undefined,
  setOfflineReady: undefined as Dispatch<SetStateAction<boolean>> | undefined,
}));
vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: (options: RegisterSWOptions) => {
      sw.options = options;
      const needRefresh = useState(false);
      const offlineReady = useState(false);
      sw.setNeedRefresh = needRefresh[1];
      sw.setOfflineReady = offlineReady[1];
      return { needRefresh, offlineReady, updateServiceWorker: sw.update };
    },
  };
});

import { OFFLINE_READY_NOTICE_MS, UPDATE_CHECK_INTERVAL_MS, UpdatePrompt } from './update-prompt';

let reload: ReturnType<typeof vi.fn>;
beforeEach(() => {
  sw.update.mockClear();
  reload = vi.fn();
  Object.defineProperty(window, 'location', { value: { ...window.location, reload }, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('UpdatePrompt', () => {
  it('shows nothing until the worker reports something', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('「已可离线使用」: shown once ready, dismissed by 知道了', () => {
    render(<UpdatePrompt />);
    act(() => sw.setOfflineReady?.(true));
    expect(screen.getByText(/已可离线使用/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByText(/已可离线使用/)).toBeNull();
  });

  it('「已可离线使用」 hides itself after a while', () => {
    vi.useFakeTimers();
    render(<UpdatePrompt />);
    act(() => sw.setOfflineReady?.(true));
    act(() => vi.advanceTimersByTime(OFFLINE_READY_NOTICE_MS - 1));
    expect(screen.queryByText(/已可离线使用/)).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText(/已可离线使用/)).toBeNull();
  });

  it('「有新版本」 — 稍后 hides it and updates nothing', () => {
    render(<UpdatePrompt />);
    act(() => sw.setNeedRefresh?.(true));
    expect(screen.getByText('有新版本')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(screen.queryByText('有新版本')).toBeNull();
    expect(sw.update).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('「立即更新」 commits the field being edited, then activates the new version and reloads', async () => {
    render(
      <>
        <input aria-label="单元格" />
        <UpdatePrompt />
      </>,
    );
    const cell = screen.getByLabelText('单元格');
    cell.focus();
    const blurred = vi.fn();
    cell.addEventListener('blur', blurred);
    act(() => sw.setNeedRefresh?.(true));
    fireEvent.click(screen.getByRole('button', { name: '立即更新' }));
    expect(blurred).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(sw.update).toHaveBeenCalledWith(true));
    // The new worker takes control: this tab asked for it, so it reloads.
    act(() => sw.options?.onNeedReload?.());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('an update started in another tab does not reload this one: it asks', () => {
    render(<UpdatePrompt />);
    act(() => sw.options?.onNeedReload?.());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByText('新版本已在其他窗口启用')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '刷新' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks the server for a new version hourly, only while online and visible', () => {
    vi.useFakeTimers();
    const setOnline = (v: boolean) =>
      Object.defineProperty(navigator, 'onLine', { value: v, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    setOnline(true);
    const update = vi.fn(async () => undefined);
    render(<UpdatePrompt />);
    sw.options?.onRegisteredSW?.('sw.js', { update } as unknown as ServiceWorkerRegistration);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(update).toHaveBeenCalledTimes(1);
    setOnline(false);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(1);
  });
});
