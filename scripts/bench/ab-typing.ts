// A/B of figure 14 (issue 17 §3: the 144 matrix values typed with Tab) between builds, in the same
// conditions: `npx tsx scripts/bench/ab-typing.ts --dists=a,b[,…] [--rounds=6] [--rate=4]
// [--port=4193]`. One preview server per build (ports from --port on), one Chromium; each round
// types the 144 values (slow-pc-benches.ts typeAll) into a new empty report of every build in turn
// (the order reversed every other round) and into the floor's 144 plain inputs, at `rate`, so a
// busy machine weighs on all alike. Prints per build the median wall ms of all rounds, each round's
// figure with the load average, and the ratio to the floor's median (goal ≤ 1.5); and Chromium's
// own counters of the page's main thread over the typing (CDP Performance.getMetrics: ThreadTime,
// its CPU time, which a busy machine inflates less than the wall time — at 4× the throttling counts
// in it too, so compare CPU at --rate=1, over many rounds; TaskDuration, ScriptDuration,
// RecalcStyleDuration, LayoutDuration), with no trace running, which costs the app's many small
// calls more than the floor's. The same build twice is an A/A pair. Never another helper's port:
// choose --port.
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchHarnessed } from './browser-benches';
import { gotoHash, SELECTORS } from './browser-sampling';
import { withCpuRate } from './cpu-throttle';
import { openMatrixStep } from './editor-benches';
import { type PreviewServer, startPreview } from './preview-server';
import { benchId, emptyRecord } from './seed';
import { typeAll, VALUES } from './slow-pc-benches';
import { medianOrNaN } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dists = arg('dists', 'dist').split(',');
const rounds = Number(arg('rounds', '6'));
const rate = Number(arg('rate', '4'));
const port0 = Number(arg('port', '4193'));
const FLOOR = '14′ plain inputs';
const reportId = (round: number) => benchId(`ab-type144-${String(round).padStart(2, '0')}`);

type Metrics = Record<string, number>;
/** Chromium's own counters of the page's main thread (CDP Performance.getMetrics), in ms. */
const METRICS = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
type Typed = { ms: number; metrics: Metrics };

/** Wall ms of `type`, and how much each of METRICS grew meanwhile (ms). */
async function measured(page: Page, type: () => Promise<number>): Promise<Typed> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map((m) => [m.name, m.value]));
  };
  try {
    const before = await read();
    const ms = await type();
    const after = await read();
    const metrics: Metrics = {};
    for (const name of METRICS) metrics[name] = ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    return { ms, metrics };
  } finally {
    await cdp.send('Performance.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** Types the 144 values into a new empty report of the page's build; checks the balance and the save. */
async function typeIntoReport(page: Page, round: number): Promise<Typed> {
  await gotoHash(page, `#/r/${reportId(round)}/applications`);
  const first = page.locator(SELECTORS.pasteCell);
  await first.waitFor({ timeout: 20_000 });
  await first.focus();
  const typed = await withCpuRate(page, rate, () => measured(page, () => typeAll(page)));
  const total = await page.locator(SELECTORS.balanceTotal).getAttribute('data-state');
  if (total !== 'equal') throw new Error(`after typing, ${SELECTORS.balanceTotal} is ${total}`);
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
  return typed;
}

async function typeIntoFloor(page: Page): Promise<Typed> {
  await page.evaluate(() => {
    for (const input of document.querySelectorAll('input')) input.value = '';
    document.querySelector('input')!.focus();
  });
  return withCpuRate(page, rate, () => measured(page, () => typeAll(page)));
}

async function main() {
  const servers: PreviewServer[] = [];
  try {
    for (const [i, d] of dists.entries())
      servers.push(await startPreview(ROOT, { port: port0 + i, outDir: resolve(ROOT, d) }));
    const { browser, context } = await launchHarnessed();
    const pages: Page[] = [];
    // One warm-up report (round -1 is not counted) and one per round.
    const records = Array.from({ length: rounds + 1 }, (_, r) => emptyRecord(reportId(r)));
    for (const s of servers) {
      const page = await context.newPage();
      await openMatrixStep(page, s.url, records);
      pages.push(page);
    }
    const floor = await context.newPage();
    await floor.setContent(
      `<!doctype html><meta charset="utf-8"><body>${'<input inputmode="numeric">'.repeat(VALUES.length)}</body>`,
    );
    // The same build twice (an A/A pair) under two names.
    const names = [...dists.map((d, i) => (dists.indexOf(d) === i ? d : `${d} (again)`)), FLOOR];
    const all = new Map<string, Typed[]>(names.map((n) => [n, []]));
    const loads: string[] = [];
    for (let r = 0; r <= rounds; r++) {
      loads.push(loadavg()[0]!.toFixed(1));
      const order = names.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const i of order) {
        const page = pages[i] ?? floor;
        await page.bringToFront();
        const typed = pages[i] ? await typeIntoReport(page, r) : await typeIntoFloor(page);
        if (r > 0) all.get(names[i]!)!.push(typed);
      }
      process.stderr.write(
        `round ${r}/${rounds} done${r === 0 ? ' (warm-up)' : ''}, load ${loadavg()[0]!.toFixed(1)}\n`,
      );
    }
    console.log(
      `rate ${rate}×; load average at each round's start: ${loads.slice(1).join(' ')}; end ${loadavg()[0]!.toFixed(1)}`,
    );
    const floorMedian = medianOrNaN(all.get(FLOOR)!.map((t) => t.ms));
    for (const [name, typed] of all) {
      const xs = typed.map((t) => t.ms);
      console.log(
        `${name}: wall median ${medianOrNaN(xs).toFixed(0)} ms = ${(medianOrNaN(xs) / floorMedian).toFixed(2)}× the floor (rounds ${xs.map((x) => x.toFixed(0)).join(' ')})`,
      );
      console.log(
        `  main thread, median ms per round: ${METRICS.map((m) => `${m} ${medianOrNaN(typed.map((t) => t.metrics[m]!)).toFixed(0)}`).join(', ')}`,
      );
      console.log(`  ThreadTime per round: ${typed.map((t) => t.metrics.ThreadTime!.toFixed(0)).join(' ')}`);
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
