// @vitest-environment happy-dom
// A preloaded page renders in the same commit as its route (no fallback, no reveal delay); a page
// whose code is not in yet shows the Suspense fallback, then the page; a failed preload is silent
// and the page still loads when opened.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OnDemandPage, onDemandPage } from './on-demand-page';

afterEach(cleanup);

function Page({ label }: { label: string }) {
  return <p>{label}</p>;
}

const shown = (page: ReturnType<typeof onDemandPage<{ label: string }>>) =>
  render(
    <Suspense fallback={<p>正在加载…</p>}>
      <OnDemandPage page={page} label="页面内容" />
    </Suspense>,
  );

describe('onDemandPage', () => {
  it('once preloaded, renders the page at once, without the fallback', async () => {
    let loads = 0;
    const page = onDemandPage(async () => {
      loads++;
      return Page;
    });
    expect(page.loaded()).toBeNull();
    await page.preload();
    expect(page.loaded()).toBe(Page);
    shown(page);
    // Synchronously after render: no act() flush and no waiting for a reveal.
    expect(screen.getByText('页面内容')).toBeTruthy();
    expect(screen.queryByText('正在加载…')).toBeNull();
    expect(loads).toBe(1);
  });

  it('not preloaded: the fallback first, then the page', async () => {
    let release: (page: typeof Page) => void = () => {};
    const page = onDemandPage(() => new Promise<typeof Page>((resolve) => (release = resolve)));
    shown(page);
    expect(screen.getByText('正在加载…')).toBeTruthy();
    await act(async () => release(Page));
    expect(await screen.findByText('页面内容')).toBeTruthy();
  });

  it('a failed preload (offline, not cached) is silent; opening loads it again', async () => {
    let attempts = 0;
    const page = onDemandPage(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return Page;
    });
    await expect(page.preload()).resolves.toBeUndefined();
    expect(page.loaded()).toBeNull();
    shown(page);
    expect(await screen.findByText('页面内容')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
