// A/B of figure 9 (issue 17 §3) between builds, in the same conditions: `npx tsx
// scripts/bench/ab-keystroke.ts --dists=a,b[,…] [--rounds=4] [--keys=40] [--rates=1,4] [--port=4193]
// [--static]`. One preview server per build (ports from --port on), one Chromium; each round takes
// `keys` of figure 9's keystrokes (editor-benches.ts matrixKeystroke) at every rate from every
// build in turn (the order reversed every other round) and the floor page's (9′), so a busy
// machine weighs on all alike; --static adds a copy of the first build's page without its scripts
// (9″: the page's DOM alone). Prints per build and rate the median / p95 of the frame times of all
// rounds, and each round's median, with the load average, and the median / p95 of the frame's own
// end (page-harness.ts frameEnd: without what the page queued after its frame, the autosave's
// write). Never another helper's port: choose --port. Static pages edited by hand: ab-static.ts.
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { launchHarnessed } from './browser-benches';
import { SELECTORS } from './browser-sampling';
import {
  floorKeystroke,
  matrixKeystroke,
  openFloorPage,
  openMatrixStep,
  openStaticCopy,
} from './editor-benches';
import type { PageTiming } from './page-harness';
import { type PreviewServer, startPreview } from './preview-server';
import { medianOrNaN, percentileOrNaN } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dists = arg('dists', 'dist').split(',');
const rounds = Number(arg('rounds', '4'));
const keys = Number(arg('keys', '40'));
const rates = arg('rates', '1,4').split(',').map(Number);
const port0 = Number(arg('port', '4193'));
const flag = (name: string) => process.argv.includes(`--${name}`);
const WARMUP = 6;

async function keysAt(page: Page, rate: number, n: number, one: (i: number) => Promise<PageTiming>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const out = { frame: [] as number[], frameEnd: [] as number[] };
  try {
    for (let i = 0; i < WARMUP + n; i++) {
      const t = await one(i);
      if (i < WARMUP || !Number.isFinite(t.frame)) continue;
      out.frame.push(t.frame);
      if (t.frameEnd !== undefined) out.frameEnd.push(t.frameEnd);
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  return out;
}

const median = medianOrNaN;
const p95 = (xs: number[]) => percentileOrNaN(xs, 0.95);

async function main() {
  const servers: PreviewServer[] = [];
  try {
    for (const [i, d] of dists.entries())
      servers.push(await startPreview(ROOT, { port: port0 + i, outDir: resolve(ROOT, d) }));
    const { browser, context } = await launchHarnessed();
    const pages: Page[] = [];
    for (const s of servers) {
      const page = await context.newPage();
      await openMatrixStep(page, s.url);
      pages.push(page);
    }
    // The browser alone: one plain input (9′), and with --static a copy of the first build's page
    // without its scripts (9″: what this page's DOM costs the browser, editor-benches.ts).
    const refs: { name: string; page: Page; input: Locator; selector: string }[] = [];
    if (flag('static')) {
      const page = await context.newPage();
      refs.push({
        name: '9″ static copy',
        page,
        input: await openStaticCopy(pages[0]!, page),
        selector: SELECTORS.matrixCell,
      });
    }
    const floor = await context.newPage();
    refs.push({ name: '9′ floor', page: floor, input: await openFloorPage(floor), selector: 'input' });
    const names = [...dists, ...refs.map((r) => r.name)];
    const all = new Map<string, number[]>();
    const ends = new Map<string, number[]>();
    const perRound = new Map<string, string[]>();
    const loads: string[] = [];
    for (let r = 0; r < rounds; r++) {
      loads.push(loadavg()[0]!.toFixed(1));
      const order = names.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const rate of rates)
        for (const i of order) {
          const name = names[i]!;
          const ref = refs[i - pages.length];
          const page = ref ? ref.page : pages[i]!;
          await page.bringToFront();
          await (ref ? ref.input : page.locator(SELECTORS.matrixCell)).focus();
          const { frame: xs, frameEnd } = await keysAt(page, rate, keys, (k) =>
            ref ? floorKeystroke(page, k, ref.selector) : matrixKeystroke(page, k),
          );
          const key = `${name} @${rate}×`;
          all.set(key, [...(all.get(key) ?? []), ...xs]);
          ends.set(key, [...(ends.get(key) ?? []), ...frameEnd]);
          perRound.set(key, [...(perRound.get(key) ?? []), median(xs).toFixed(1)]);
        }
      process.stderr.write(`round ${r + 1}/${rounds} done, load ${loadavg()[0]!.toFixed(1)}\n`);
    }
    console.log(`load average at each round's start: ${loads.join(' ')}; end ${loadavg()[0]!.toFixed(1)}`);
    for (const [key, xs] of all) {
      const end = ends.get(key) ?? [];
      console.log(
        `${key.padEnd(34)} frame median ${median(xs).toFixed(1).padStart(5)}  p95 ${p95(xs).toFixed(1).padStart(5)}  (n ${xs.length}; round medians ${perRound.get(key)!.join(' ')})` +
          (end.length
            ? `; frame end median ${median(end).toFixed(1)} p95 ${p95(end).toFixed(1)} (n ${end.length})`
            : ''),
      );
    }
    await browser.close();
  } finally {
    for (const s of servers) await s.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
