// "Does a page that draws less type faster?" without changing the app (issue 17 §3): A/B of
// figure 9′'s keystroke (floorKeystroke: the cell's text selected, 5 or 0 typed over it, to the
// frame after its input event) between static pages — copies of the matrix step without scripts
// (9″), edited by hand — and the floor's one input (9′), in one Chromium.
//   npx tsx scripts/bench/ab-static.ts --dump=/tmp/static.html [--dist=dir] [--port=4195]
// writes the open matrix step of a built app (dist/ unless --dist) as such a page (the same copy
// as 9″, editor-benches.ts staticCopyHtml); edit copies of it (drop elements, add CSS), then
//   npx tsx scripts/bench/ab-static.ts [--rounds=4] [--keys=24] [--rates=4] [--trace] a.html b.html …
// types into the element matching --cell (the matrix cell of figure 9 by default) of each, the
// order reversed every other round so a busy machine weighs on all alike, and prints per page and
// rate the median, p10 and p95 of `frame` and of `frameEnd` (page-harness.ts) with each round's
// median; --trace adds the median main-thread THREAD ms per key of the key's task and the frame's
// phases (as trace-keystroke.ts). On a loaded machine (another helper's build or tests) medians
// move by several ms between rounds: trust only differences that every round repeats.
//
// What it showed (helper-57, 2026-12-05, at 4×; load ~1.5–3 unless said): the static copy 17.2
// ms median, the same with the 143 other matrix inputs replaced by their text in a <span> 12.0
// (floor 11.2); at load 7–11 the two were alike (15.6 / 16.4 p10) — the ~5 ms show only on a quiet
// machine. The page without the matrix table (header, steps, review bar, balance table kept)
// 13.9–17.5 ≈ the floor + 1–2; the matrix table alone ≈ the whole page. `content-visibility:
// hidden` on the inputs not focused (their inner editors not drawn) gave layerize thread ms 3.4 →
// 2.0 but, once their values are drawn again by a span over each, no gain in wall time; removing
// `contain: size layout` or `position: relative` from the cells' inputs, or the grid's own
// scrolling box, made it slower or no faster.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchHarnessed } from './browser-benches';
import { SELECTORS } from './browser-sampling';
import { floorKeystroke, openFloorPage, openMatrixStep, staticCopyHtml } from './editor-benches';
import { startPreview } from './preview-server';
import { medianOrNaN, percentileOrNaN } from './stats';
import { startTrace, type TraceEvent, threadMs } from './trace-events';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const flag = (name: string) => process.argv.includes(`--${name}`);
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rounds = Number(arg('rounds', '4'));
const keys = Number(arg('keys', '24'));
const rates = arg('rates', '4').split(',').map(Number);
const cell = arg('cell', SELECTORS.matrixCell);
const WARMUP = 6;

const at = percentileOrNaN;
const median = medianOrNaN;

/** Per key, thread ms of the key's task and of the frame's phases until the next keydown. */
function phases(events: TraceEvent[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const keydowns = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  if (keydowns.length < 2) return out;
  const { pid, tid } = keydowns[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = main.filter((e) => e.name === 'RunTask');
  const ms = threadMs;
  for (const [i, kd] of keydowns.slice(0, -1).entries()) {
    const end = keydowns[i + 1]!.ts;
    const within = main.filter((e) => e.ts >= kd.ts && e.ts < end);
    const task = tasks.find((t) => t.ts <= kd.ts && kd.ts <= t.ts + t.dur!);
    const sum = (name: string) =>
      within
        .filter((e) => e.name === name && (name !== 'Paint' || e.args?.data?.nodeName === '#document'))
        .reduce((s, e) => s + ms(e), 0);
    const row: Record<string, number> = {
      'key task': task ? ms(task) : 0,
      layout: sum('Layout'),
      prepaint: sum('PrePaint'),
      paint: sum('Paint'),
      layerize: sum('Layerize'),
      commit: sum('Commit'),
    };
    for (const [k, v] of Object.entries(row)) out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
}

/** Figure 9's page (its report, the matrix step) of a built app served on its own port, as a static copy. */
async function dump(file: string) {
  const dist = arg('dist', '');
  const server = await startPreview(ROOT, { port: Number(arg('port', '4195')), outDir: dist || undefined });
  try {
    const { browser, page } = await launchHarnessed();
    await openMatrixStep(page, server.url);
    writeFileSync(file, await staticCopyHtml(page));
    console.log(`wrote ${file}`);
    await browser.close();
  } finally {
    await server.stop();
  }
}

async function compare() {
  const { browser, context } = await launchHarnessed();
  const pages: { name: string; page: Page; selector: string }[] = [];
  for (const [i, file] of files.entries()) {
    const page = await context.newPage();
    const address = `http://ab-static-${i}.bench.invalid/`;
    const body = readFileSync(file, 'utf8');
    await page.route(address, (route) => route.fulfill({ contentType: 'text/html', body }));
    await page.goto(address);
    await page.locator(cell).waitFor({ timeout: 10_000 });
    pages.push({ name: file, page, selector: cell });
  }
  const floor = await context.newPage();
  await openFloorPage(floor);
  pages.push({ name: '9′ floor (one plain input)', page: floor, selector: 'input' });
  const frames = new Map<string, number[]>();
  const ends = new Map<string, number[]>();
  const roundMedians = new Map<string, string[]>();
  const threads = new Map<string, Map<string, number[]>>();
  const add = (map: Map<string, number[]>, key: string, xs: number[]) =>
    map.set(key, [...(map.get(key) ?? []), ...xs]);
  const loads: string[] = [];
  for (let r = 0; r < rounds; r++) {
    loads.push(loadavg()[0]!.toFixed(1));
    const order = r % 2 === 0 ? pages : [...pages].reverse();
    for (const rate of rates)
      for (const { name, page, selector } of order) {
        await page.bringToFront();
        await page.locator(selector).focus();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const events: TraceEvent[] = [];
        const xs: number[] = [];
        const es: number[] = [];
        try {
          for (let k = 0; k < WARMUP; k++) await floorKeystroke(page, k, selector);
          const stopTrace = flag('trace') ? await startTrace(cdp) : null;
          for (let k = 0; k < keys; k++) {
            const t = await floorKeystroke(page, k, selector);
            if (!Number.isFinite(t.frame)) continue;
            xs.push(t.frame);
            if (t.frameEnd !== undefined) es.push(t.frameEnd);
          }
          if (stopTrace) events.push(...(await stopTrace()));
        } finally {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          await cdp.detach();
        }
        const key = `${name} @${rate}×`;
        add(frames, key, xs);
        add(ends, key, es);
        roundMedians.set(key, [...(roundMedians.get(key) ?? []), median(xs).toFixed(1)]);
        const byPhase = threads.get(key) ?? new Map<string, number[]>();
        threads.set(key, byPhase);
        for (const [phase, v] of phases(events)) add(byPhase, phase, v);
      }
    process.stderr.write(`round ${r + 1}/${rounds} done, load ${loadavg()[0]!.toFixed(1)}\n`);
  }
  console.log(`load average at each round's start: ${loads.join(' ')}; end ${loadavg()[0]!.toFixed(1)}`);
  const f = (x: number) => x.toFixed(1).padStart(5);
  for (const [key, xs] of frames) {
    const es = ends.get(key) ?? [];
    console.log(
      `${key}\n  frame median ${f(median(xs))} p10 ${f(at(xs, 0.1))} p95 ${f(at(xs, 0.95))}; frame end median ${f(median(es))} p10 ${f(at(es, 0.1))} p95 ${f(at(es, 0.95))} (n ${xs.length}; round medians ${roundMedians.get(key)!.join(' ')})`,
    );
    const byPhase = threads.get(key);
    if (byPhase?.size)
      console.log(
        `  thread ms per key (median): ${[...byPhase].map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ')}`,
      );
  }
  await browser.close();
}

const dumpTo = arg('dump', '');
(dumpTo ? dump(dumpTo) : compare()).catch((e) => {
  console.error(e);
  process.exit(1);
});
