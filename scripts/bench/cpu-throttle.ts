// Office PCs are several times slower than a developer's (issue 17 §3): Chromium's CPU throttling
// (DevTools protocol Emulation.setCPUThrottlingRate) slows the page's main thread by a factor, so
// the same figure can be read at 1× and at 4×.
import type { Page } from '@playwright/test';

export const SLOW_PC_RATE = 4;

/** Runs `fn` with the page's CPU slowed `rate` times, and always puts it back to full speed. */
export async function withCpuRate<T>(page: Page, rate: number, fn: () => Promise<T>): Promise<T> {
  if (rate === 1) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** The label of a figure taken at `rate`: the plain label at 1×, suffixed otherwise. */
export const atRate = (label: string, rate: number): string =>
  rate === 1 ? label : `${label} @${rate}× CPU`;
