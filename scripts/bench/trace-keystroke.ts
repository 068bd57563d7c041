// A DevTools trace of figure 9's keystrokes, or of figure 14's typing with Tab (issue 17 §3), to see
// where a key's time goes: `npx tsx scripts/bench/trace-keystroke.ts [--tab] [--floor] [--static]
// [--rate=4] [--keys=24] [--dist=dir] [--css=rules] [--categories=a,b] [--layers] [--out=file.json]`,
// against a built app (dist/ unless --dist; build it first). The same page, report and keys as the figure
// (editor-benches.ts, slow-pc-benches.ts), the CPU slowed `rate` times; --floor and --static take
// the same key into the floor's one input (9′) or into a copy of the page without its scripts (9″);
// with --tab, --floor types figure 14's keys into its floor's 144 plain inputs (14′).
// Prints, per kind of key, the median main-thread THREAD time of each phase (the trace's tdur: other
// processes on a busy machine do not count, CPU throttling does), and writes the trace for DevTools
// (Performance → load profile). For figure 9 it also sums what runs between the key's task and the
// harness's message (the frame, the autosave's write and IndexedDB's answers, keyup…). --css adds
// rules as a constructed style sheet (the CSP refuses inline styles), to try one before writing it;
// --layers first prints, for three keys, the composited layers each made (CDP LayerTree: Chromium's
// reasons and the element), the layer churn that makes a frame's layerize and commit dearer;
// --profile adds the JS sampling profile (slower keys); --categories more trace categories (blink,
// cc: they slow what they trace — Editor::SyncSelection looks 3 ms with them, 0.1 ms without).
// Uses its own port: never another helper's server.
//
// What it showed at 4× (helper-52, 2026-12-05, thread ms per key, load 3–10): figure 9's key task
// ~10–12 (the key's events and the input's editing ~4–5 as on the static copy, the app's script
// ~5–7: React's render and commit of the cell, its totals, the balance row and the save state ~2.5,
// the draft store ~1, the crash journal ~1, events and the form library ~1), then style 0.4, layout
// 1.3 (the 16 relayout boundaries), pre-paint ~2, paint ~2.5, layerize ~3, commit ~1; before the
// harness's message, the autosave's write with its check run ~1.2, IndexedDB's answers ~2, keyup.
// The static copy 9″: editing ~4–5, pre-paint ~1, paint ~2.2, layerize ~2.7, commit ~1.3 — a frame
// ~7 ms dearer than the floor 9′'s (0.1, 0.1, 0.5, 0.8): the caret or selection of the focused input
// moving makes Chromium layerize the whole page again at every key (PaintArtifactCompositor::Update;
// a changed total or balance text alone takes the repaint-only path), and its cost follows the
// page's content (two thirds of the matrix's rows hidden: ~3 → ~2 ms). ab-keystroke.ts --static
// puts it in wall time: at load ~10, figure 9 43.2, 9″ 23.7, 9′ 15.1 ms median at 4×.
// It also prints, in wall time, the key's task → the end of its frame's commit beside the key's
// task → the harness's message that figure 9 waits for: at 4× (helper-57, load 6–8) 36.0 against
// 51.4 ms median — figure 9 counts ~15 ms of what the page ran after its frame (the autosave's
// write queued "right after the next frame", IndexedDB's answers) before the harness's task; the
// harness's own `frameEnd` (page-harness.ts) gave 35.2 ms in the same run. 9″: 18.7 against 21.0.
// helper-60 (2026-12-05, --profile on a build with `vite build --minify false`, 4×, sampled ms per
// key): the key task's script ~7.5 — react-hook-form's setValue 2.4 (of it a deep copy of all the
// form's values for form.watch's callback, 0.3), the draft store 1.2 (the matrix converted again,
// 0.6), autosave.change 0.8 (the crash journal 0.5, a product rule), React's render 1.5 and
// commit 2.2 of the cell, its three totals, the balance row and the save indicator (保存中…);
// the key task also lays out again after the input event (~2, the editing needs layout after
// React's commit). After the frame, before the harness's message: the autosave's write (Dexie put
// of report, list and summary records ~2.7, the checks it reads ~0.6). A key's idle callbacks
// (requestIdleCallback after its frame) never ran before their 100 ms timeout in Chromium: no idle
// time comes within 100 ms of a key, so "in idle time" means 100 ms later, not right after the
// frame. Landed: the watch copy gone, the matrix converted row by row, the write posted behind
// what is queued after the frame (scheduler.postTask background). Alternating runs at load 5–6:
// the key's React event dispatch 11.9 / 9.8 → 9.7 / 7.7 sampled ms (store.set 2.0 → 1.1, its
// conversion 1.05 → 0.35), key task 23.5 / 21.9 → 21.7 / 18.8 thread ms; ab-keystroke.ts at 4× in
// four runs (load 2–9): figure 9 median 47.5→37.8, 48.4→47.7, 46.2→44.2, 39.2→37.5, p95
// 90.7→62.7, 104.9→81.3, 103.8→84.3, 65.0→60.6 ms; its frame end did not move (~30–37).
// h74 (2026-12-05 evening; a new machine, 2 cores of an AMD EPYC, load 5–13 from four other agents):
// figure 9 at 4× in five `npm run bench --only=9` runs (load 6.6–8.7) 16.5–26.0 ms median, p95
// 28.7–38.3 (the p95 goal met in one); 9″ 14.1–14.2 and 9′ 11.2–12.0 in two of them, 13.1–16.4 and
// 10.7–13.2 in the A/B tools' rounds. The page's DOM without its scripts is now only 1–3 ms above one
// plain input: what stands between figure 9 and its goal is the app's work per key.
// Thread ms per key at 4× (load ~5): the key's task 6.3–8.3 (the input's own editing ~2.5 as on the
// floor; React's input handler 3.5–5 — draft store and form ~1.6, render ~1.3, commit ~1.4 in the
// sampled profile, no piece above ~0.9; the layout of the changed totals and balance value 0.7–1.7;
// keydown ~0.8) and the frame ~6 (pre-paint 0.8, paint 1.8–2.3, layerize 1.9–2.6, commit 1.8–2.4),
// the static copy's frame 4–5. --layers: while a cell is edited its caret is a composited layer
// (Chromium's reason Caret) and what paints after it and may overlap it gets layers too — the rest
// of the row (639×31) and the sticky row-label column (320×946): 22 layers, not 19. Layerize runs in
// full at every key either way (typing on without a selection costs the same ~2.0). `z-index: 5` on
// the edited input leaves the caret alone in its layer: layerize 1.9–2.1 → 1.0–1.5 on the static
// copy, yet no difference in wall time (three alternated `npm run bench --only=9` pairs, load 7–10:
// main 26.0 / 16.5 / 22.4, with it 20.0 / 18.3 / 27.9), and the edited cell would be drawn over the
// sticky headers when the grid scrolls under them: not landed. No gain beyond the noise either
// (ab-keystroke, same Chromium, an A/A pair 1.5 ms apart): the journal on pagehide only, no 保存中…
// per key, no onSelect on the cells; `content-visibility: auto` on the balance breakdown was worse
// (its state-change events); on the static copy no sticky cells, a sticky thead, the row guidance
// tooltips display: none, `contain: strict` on the inputs, `overflow: visible`, the focus ring as a
// box-shadow. Medians of one build swing 15–35 ms from round to round on this shared machine; the
// A/B under `nice -n -10` gave an A/A pair within 0.1 ms once.
// h83 (2026-12-06, figure 14, load 7–22 from five other agents): `--tab --floor` now traces figure
// 14′'s own floor (144 plain inputs in a page of their own), and every run prints the thread ms of
// every task from the first key to the last, per key; ab-typing.ts alternates builds on figure 14
// itself and reads Chromium's own counters of the main thread (CDP Performance.getMetrics: ThreadTime,
// ScriptDuration…) with no trace running. Under this load neither wall nor thread time at 4× is
// stable: one build gave 9.9, 18.1 and 30.1 thread ms per key in three traces (the throttling counts
// in thread time too), and wall per round swings ±50 %; 1× ThreadTime, median of 20 alternated
// rounds, is the steadiest measure found. There (1×, load 10–11, the 290 keys of the 144 values):
// the app 389 ms of main thread (ScriptDuration 160, style 30, layout 15) against the floor's 164
// (script 0, style 9, layout 18) — script is most of the gap, ~0.55 ms a key. In the sampled profile
// (1×, profiler on, per key): React's render and commit ~0.4–0.7 (of it the input's value set by
// React, with the style and layout it forces, ~0.27), the next cell's focus() on Tab ~0.8 a Tab
// (native, with its style recalc; the floor's own Tab costs as much: Chromium's autofill reads its
// 144 form-less inputs, 3.7–4.3 thread ms a Tab at 4×, more than the app's Tab), the autosave's write
// cycle ~0.4–0.6 (the Dexie transaction and its promise zones, the live query's read back, the
// checks it stores), the journal 0.07–0.14, gc 0.07 — no piece above ~0.3 a key besides focus().
// Frames: 1.0–1.16 a key against the floor's 0.6–0.8, each as dear (~6 thread ms at 4×). Tried, not
// landed (no gain in the total): a grid cell told of the selection only when it is or was the
// selected cell (React's checkIfSnapshotChanged 0.03 sampled ms a key → none) with the autosave's
// write reading one record fewer — 20 alternated rounds at 1×: ThreadTime 389 → 397, ScriptDuration
// 160 → 163, within the noise (an A/A pair of one build, 12 rounds: 405 / 370; branch
// h83-less-work); a build whose autosave write returned at once, writing nothing (an experiment:
// no IndexedDB, no live query's read back), 14 rounds: ThreadTime 399 → 408 — the write cycle is
// not where the gap is; the key's own task (React's render and commit, the handlers, focus()) and
// the frames are. Also tried: the checks shown with
// 已保存 when the write lands (one React pass instead of two): idle callbacks (24–29 per 200 keys) and
// frames per key unchanged. What is left is spread thin: a single live editor over text cells, or
// fewer React and Dexie layers per key, not a small change.
// h89 (2026-12-06, load 6–16): frames come at 60 a second for the app and the floor alike (1×:
// 1.69 thread ms each against the floor's 1.30; layerize +0.16, pre-paint +0.09), so their count
// follows the wall time. At 1× the autosave's write cycle is the app-only block: 26–78 writes per
// typing run on main (IDBObjectStore.put counted; the count alone swings ThreadTime ±15 %), ~3 ms
// each; a build writing nothing during the typing: ThreadTime 389 against 581 / 588 (A/A), 14
// rounds. Tried, not landed (branch h89-write-gap): a write no sooner than 50 ms after the last
// began — 1× ThreadTime −9 to −28 % in three A/Bs (A/A pairs 1–10 % apart), but at 4× no gain
// readable (walls 5–7 s under load against 2.3 s idle; 12 rounds each, 1.80× → 1.98× and 1.75× →
// 1.90×, within the swing), and at 4× main already writes only once per ~130 ms (24–45 a run: the
// background-priority write is starved by the keys), so the gap does not bite where figure 14 is
// unmet; it changes nothing for keys a clerk types (> 50 ms apart), only machine-speed bursts,
// and in the kill-the-browser trial (keys 0–40 ms apart) it lost 8/20, 5/20 and 3/20 against
// main's 0/20 in the same hour (main's own runs vary 0–9/20 with the load). Also tried: the first digit on a selected cell typed by the
// browser (not prevented and set by React — `set value` on the focused input is a third of the
// digit's task in the sampled profile): worse, ThreadTime 499 → 609 (14 rounds): the browser's
// own typing (keypress, beforeinput, the editing, autofill's notice of a user edit) costs more.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from '@playwright/test';
import { launchHarnessed } from './browser-benches';
import { SELECTORS } from './browser-sampling';
import {
  floorKeystroke,
  matrixKeystroke,
  openFloorPage,
  openMatrixStep,
  openStaticCopy,
} from './editor-benches';
import { startPreview } from './preview-server';
import { emptyRecord } from './seed';
import { VALUES } from './slow-pc-benches';
import { medianOrNaN } from './stats';
import { startTrace, type TraceEvent, threadMs } from './trace-events';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const flag = (name: string) => process.argv.includes(`--${name}`);
const rate = Number(arg('rate', '4'));
const keys = Number(arg('keys', '24'));
const port = Number(arg('port', '4191'));
const out = arg('out', '/tmp/key-trace.json');
const dist = arg('dist', '');
const css = arg('css', '');
const tab = flag('tab');
// 9′ and 9″ (editor-benches.ts): the same key into one plain input, or into a copy of the page
// without its scripts — to set this page's frames beside the browser's alone.
const floor = flag('floor');
const staticCopy = flag('static');
const TAB_REPORT = 'bench-trace-tab';

async function main() {
  const server = await startPreview(ROOT, { port, outDir: dist || undefined });
  try {
    const { browser, context, page } = await launchHarnessed();
    await openMatrixStep(page, server.url, [emptyRecord(TAB_REPORT)], tab ? TAB_REPORT : undefined);
    // With --tab, the floor is figure 14′'s: the same keys into 144 plain inputs.
    let cell = floor
      ? tab
        ? await openPlainInputs(page)
        : await openFloorPage(page)
      : page.locator(tab ? SELECTORS.pasteCell : SELECTORS.matrixCell);
    await cell.waitFor({ timeout: 10_000 });
    if (!floor) await page.locator(SELECTORS.balanceNatural).waitFor({ timeout: 10_000 });
    if (staticCopy) cell = await openStaticCopy(page, page);
    if (css)
      await page.evaluate((rules) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rules);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, css);
    await cell.focus();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const values = VALUES;
    let next = 0;
    // Figure 9: select the cell's text, type 5 or 0, wait for the harness's next frame.
    // Figure 14: type the next value and Tab.
    const one = async (i: number) => {
      if (tab) {
        await page.keyboard.type(values[next++ % values.length]!);
        await page.keyboard.press('Tab');
        return { frame: Number.NaN };
      }
      if (floor || staticCopy) return floorKeystroke(page, i, floor ? 'input' : SELECTORS.matrixCell);
      return matrixKeystroke(page, i);
    };
    for (let i = 0; i < 10; i++) await one(i);
    if (flag('layers')) console.log((await layersMadeByKeys(cdp, 3, (i) => one(10 + i))).join('\n'));
    const stopTrace = await startTrace(cdp, [
      ...(flag('invalidations') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
      ...(flag('profile') ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ...(arg('categories', '') ? arg('categories', '').split(',') : []),
    ]);
    const frames: { frame: number; frameEnd?: number }[] = [];
    for (let i = 0; i < keys; i++) frames.push(await one(i));
    const events = await stopTrace();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    writeFileSync(out, JSON.stringify({ traceEvents: events }));
    if (!tab) {
      console.log(`harness keydown → next frame (ms): ${frames.map((t) => t.frame.toFixed(1)).join(' ')}`);
      const ends = frames.flatMap((t) => (t.frameEnd === undefined ? [] : [t.frameEnd]));
      if (ends.length)
        console.log(
          `harness keydown → frame end (ms; page-harness.ts frameEnd): median ${median(ends).toFixed(1)}; median next frame ${median(frames.map((t) => t.frame)).toFixed(1)}`,
        );
    }
    console.log(analyse(events).join('\n'));
    console.log(`trace: ${out}`);
    await browser.close();
  } finally {
    await server.stop();
  }
}

/**
 * The composited layers a key makes that were not there before it (CDP LayerTree), with Chromium's
 * reasons and the element each paints: what the frame's layerize and commit must build again. The
 * layer tree is read after the key's frame; ids are new per layer, so a layer made again counts (a
 * caret that went away with the text selected before the key, when a frame came in between).
 */
async function layersMadeByKeys(cdp: CDPSession, n: number, key: (i: number) => Promise<unknown>) {
  type Layer = { layerId: string; width: number; height: number; backendNodeId?: number };
  let layers: Layer[] = [];
  const onChange = (e: { layers?: Layer[] }) => {
    if (e.layers) layers = e.layers;
  };
  cdp.on('LayerTree.layerTreeDidChange', onChange);
  await cdp.send('DOM.getDocument', { depth: -1 });
  await cdp.send('LayerTree.enable');
  const settle = () => new Promise((done) => setTimeout(done, 150));
  const out: string[] = [];
  try {
    // The layer tree comes with its first change after enabling: one key first.
    await key(0);
    await settle();
    for (let i = 1; i <= n; i++) {
      const before = new Set(layers.map((l) => l.layerId));
      await key(i);
      await settle();
      const made = layers.filter((l) => !before.has(l.layerId));
      const lines = await Promise.all(
        made.map(async (l) => {
          const { compositingReasonIds } = await cdp.send('LayerTree.compositingReasons', {
            layerId: l.layerId,
          });
          const node =
            l.backendNodeId === undefined
              ? ''
              : await cdp
                  .send('DOM.describeNode', { backendNodeId: l.backendNodeId })
                  .then(({ node }) => `${node.nodeName.toLowerCase()}${classOf(node.attributes)}`)
                  .catch(() => '');
          return `${l.width}×${l.height} ${(compositingReasonIds ?? []).join('+')} ${node}`.trim();
        }),
      );
      out.push(
        `key ${i}: ${layers.length} layers, made ${made.length}${lines.length ? `: ${lines.join('; ')}` : ''}`,
      );
    }
  } finally {
    await cdp.send('LayerTree.disable');
    cdp.off('LayerTree.layerTreeDidChange', onChange);
  }
  return out;
}

/** Figure 14′'s floor, 144 plain inputs, as a page of its own (no script of the app's left in it). */
async function openPlainInputs(page: Page) {
  const url = 'http://plain-inputs.bench.invalid/';
  const body = `<!doctype html><meta charset="utf-8"><body>${'<input inputmode="numeric">'.repeat(VALUES.length)}</body>`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  return page.locator('input').first();
}

const classOf = (attributes: string[] = []) => {
  const i = attributes.indexOf('class');
  const names = i >= 0 ? (attributes[i + 1] ?? '').trim() : '';
  return names ? `.${names.split(/\s+/).join('.')}` : '';
};

const median = medianOrNaN;
const typeOf = (e: TraceEvent) => e.args?.data?.type;

/**
 * Per key, from its task to the next key's task, thread time (ms) of: the task handling the key
 * (the key's events, the app's handlers, the layouts they force), the layouts, and the frame (pre-
 * paint, paint, layerize, commit); `all` is every task on the main thread. Keys are told apart:
 * a Tab moves focus (a blur in its task), a digit typed over a selected cell is prevented (no
 * keypress), a digit typed on goes through the input's editing (a keypress).
 */
function analyse(events: TraceEvent[]): string[] {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && typeOf(e) === 'keydown');
  if (keydowns.length < 2) return ['no keydowns in the trace'];
  const { pid, tid } = keydowns[0]!;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.cat === 'disabled-by-default-devtools.timeline');
  const ms = threadMs;
  const rows = new Map<string, Map<string, number[]>>();
  const taskOf = (kd: TraceEvent) => tasks.find((t) => t.ts <= kd.ts && kd.ts <= t.ts + t.dur!);
  for (const [i, kd] of keydowns.slice(0, -1).entries()) {
    // Up to the next key's task: what runs from one key's task to the next's is this key's.
    const end = taskOf(keydowns[i + 1]!)?.ts ?? keydowns[i + 1]!.ts;
    const within = main.filter((e) => e.ts >= kd.ts && e.ts < end);
    const task = taskOf(kd);
    const taskEnd = task ? task.ts + task.dur! : kd.ts;
    const events = (type: string, to = end) =>
      main.filter((e) => e.name === 'EventDispatch' && typeOf(e) === type && e.ts >= kd.ts && e.ts < to);
    const kind = events('blur', taskEnd).length
      ? 'Tab'
      : events('keypress').length
        ? 'digit typed on'
        : 'digit over a selected cell';
    const sum = (names: string[]) =>
      within
        .filter(
          (e) => names.includes(e.name) && (e.name !== 'Paint' || e.args?.data?.nodeName === '#document'),
        )
        .reduce((s, e) => s + ms(e), 0);
    const phases: Record<string, number> = {
      'key task': task ? ms(task) : 0,
      layout: sum(['Layout']),
      style: sum(['UpdateLayoutTree']),
      prepaint: sum(['PrePaint']),
      paint: sum(['Paint']),
      layerize: sum(['Layerize']),
      commit: sum(['Commit']),
      all: tasks.filter((t) => t.ts >= (task?.ts ?? kd.ts) && t.ts < end).reduce((s, t) => s + ms(t), 0),
    };
    const row = rows.get(kind) ?? new Map<string, number[]>();
    rows.set(kind, row);
    for (const [k, v] of Object.entries(phases)) row.set(k, [...(row.get(k) ?? []), v]);
  }
  // Every task on the main thread from the first key's task to the last's, per key: what typing
  // costs the page in all (figure 14 when the keys are digits and Tab).
  const first = taskOf(keydowns[0]!)?.ts ?? keydowns[0]!.ts;
  const last = taskOf(keydowns.at(-1)!)?.ts ?? keydowns.at(-1)!.ts;
  const every = tasks.filter((t) => t.ts >= first && t.ts < last).reduce((s, t) => s + ms(t), 0);
  return [
    `every task from the first key's to the last's: ${(every / (keydowns.length - 1)).toFixed(2)} thread ms per key, ${((last - first) / 1000 / (keydowns.length - 1)).toFixed(2)} wall ms per key (${keydowns.length - 1} keys)`,
    ...[...rows].map(
      ([kind, row]) =>
        `${kind} (${row.get('all')!.length} keys), median thread ms: ${[...row]
          .map(([k, v]) => `${k} ${median(v).toFixed(1)}`)
          .join(', ')}`,
    ),
    ...untilHarness(keydowns, main, tasks),
  ];
}

/**
 * Figure 9 counts until the harness's message after the next frame (page-harness.ts): per key,
 * the thread time of every task between the key's task and that message — the frame, and what the
 * page queued before the message (the autosave's write and IndexedDB's answers, keyup…) — as mean
 * ms per key (tasks of a kind come on some keys only).
 */
function untilHarness(keydowns: TraceEvent[], main: TraceEvent[], tasks: TraceEvent[]): string[] {
  const ms = threadMs;
  const messages = main.filter(
    (e) => e.name === 'FunctionCall' && e.args?.data?.functionName === 'channel.port1.onmessage',
  );
  const sums = new Map<string, number>();
  let keys = 0;
  for (const [i, kd] of keydowns.slice(0, -1).entries()) {
    const task = tasks.find((t) => t.ts <= kd.ts && kd.ts <= t.ts + t.dur!);
    const message = messages.find((m) => m.ts > kd.ts && m.ts < keydowns[i + 1]!.ts);
    if (!task || !message) continue;
    keys++;
    for (const t of tasks) {
      if (t.ts <= task.ts || t.ts >= message.ts) continue;
      const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts <= t.ts + t.dur!);
      const has = (name: string) => inside.find((e) => e.name === name);
      const event = has('EventDispatch');
      const kind = has('PrePaint')
        ? 'frame'
        : event
          ? `${String(typeOf(event))} event`
          : has('TimerFire')
            ? 'timers (the autosave write)'
            : has('FunctionCall')
              ? 'other callbacks (IndexedDB answers, React scheduler)'
              : 'browser tasks';
      sums.set(kind, (sums.get(kind) ?? 0) + ms(t));
    }
  }
  if (keys === 0) return [];
  // Wall time (not thread time) from the key's task to the end of its frame's commit, and to the
  // harness's message: what figure 9 waits for after its frame (page-harness.ts frameEnd).
  const walls = keydowns.slice(0, -1).flatMap((kd, i) => {
    const task = tasks.find((t) => t.ts <= kd.ts && kd.ts <= t.ts + t.dur!);
    const next = keydowns[i + 1]!.ts;
    const commit = task && main.find((e) => e.name === 'Commit' && e.ts > task.ts + task.dur! && e.ts < next);
    const message = messages.find((m) => m.ts > kd.ts && m.ts < next);
    return task && commit && message
      ? [{ commit: (commit.ts + commit.dur! - task.ts) / 1000, message: (message.ts - task.ts) / 1000 }]
      : [];
  });
  return [
    `wall ms from the key's task to its frame's commit end: median ${median(walls.map((w) => w.commit)).toFixed(1)}; to the harness's message: median ${median(walls.map((w) => w.message)).toFixed(1)} (${walls.length} keys)`,
    `from the key's task to the harness's message (${keys} keys), mean thread ms per key: ${[...sums]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${(v / keys).toFixed(1)}`)
      .join(', ')}`,
  ];
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
