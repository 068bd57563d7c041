// nianbao's benchmark: `npm run bench` (tsx scripts/bench.ts [--no-build] [--no-browser] [--only=11,12]
// [--port=4180]). --only takes just the browser figures of those numbers (and their setup): on a busy
// machine the time budget can skip the later figures of a full run. --port: where the production
// build is served (PREVIEW_PORT by default; on a machine shared with other runs, a port of one's
// own). Figure 16 (kill-the-browser, journal on every change vs on pagehide only, ~2 minutes) runs
// only when named: --only=16.
// Prints median / p95 against each goal with ✓ / ✗ and always exits 0: it is for reading on the
// machine at hand, not part of `npm test`. Budget: under 5 minutes on 2 cores.
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserBenches } from './bench/browser-benches';
import { SELECTORS } from './bench/browser-sampling';
import { bundleSizes, viteBuild } from './bench/bundle';
import { runFidelity } from './bench/fidelity-benches';
import { KILL_TITLE, killComparison } from './bench/kill-benches';
import { runNodeBenches } from './bench/node-benches';
import { sectionTitle, sizeTable, type TimingRow, timingTable } from './bench/report-table';
import { slowPcTable } from './bench/slow-pc-table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The browser figures stop taking samples past this point of the process's life (performance.now()
 * counts from process start), leaving time to close Chromium and the server: under 5 minutes in
 * all, even when the machine is busy (npm and tsx start-up take a few seconds before it).
 */
const BUDGET_MS = 4 * 60_000;

const argv = process.argv.slice(2);
const args = new Set(argv);
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter((n) => n !== '');
const portArg = argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
const port = portArg === undefined ? undefined : Number(portArg);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  process.stderr.write(`--port=${portArg}: not a port number\n`);
  process.exit(2);
}
const started = performance.now();
const deadline = BUDGET_MS;
const progress = (label: string) =>
  process.stderr.write(`… ${((performance.now() - started) / 1000).toFixed(1)} s ${label}\n`);
const print = (text: string) => process.stdout.write(`${text}\n`);
const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

async function main(): Promise<void> {
  const cpu = cpus();
  // A busy machine (other builds, test runs) inflates every figure: say how busy it was.
  const [load1 = 0] = loadavg();
  print(
    `nianbao benchmark — ${new Date().toISOString()} — Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, load average ${load1.toFixed(1)}`,
  );

  const nodeRows = only ? [] : await runNodeBenches(progress);
  let fidelity: ReturnType<typeof runFidelity> | null = null;
  try {
    if (!only) fidelity = runFidelity(progress);
  } catch (e) {
    print(`import fidelity failed: ${errorText(e)}`);
  }
  print(sectionTitle('Domain (Node, tsx)'));
  if (only) print(`skipped (--only=${only.join(',')})`);
  else print(timingTable([...nodeRows, ...(fidelity?.rows ?? [])]));
  if (fidelity) {
    print(sectionTitle('Import fidelity (corpus: every report in every published shape)'));
    print(fidelity.table);
    for (const m of fidelity.misses.slice(0, 40)) print(`  ${m}`);
    if (fidelity.misses.length > 40) print(`  … and ${fidelity.misses.length - 40} more`);
  }

  print(sectionTitle('6 Bundle (gzip, node:zlib default level)'));
  let buildReady = true;
  let firstLoadGzip: number | null = null;
  if (args.has('--no-build')) {
    print('build skipped (--no-build): sizes of the existing dist/');
  } else {
    progress('6 vite build');
    const build = viteBuild(ROOT);
    buildReady = build.ok;
    print(build.ok ? `vite build: ${(build.ms / 1000).toFixed(1)} s` : `vite build FAILED: ${build.message}`);
  }
  if (buildReady) {
    try {
      const sizes = bundleSizes(ROOT);
      print(sizeTable(sizes));
      firstLoadGzip = sizes.find((r) => r.label === 'loaded at start')?.gzipBytes ?? null;
    } catch (e) {
      buildReady = false;
      print(`no bundle to measure: ${errorText(e)}`);
    }
  }

  print(sectionTitle('Browser (production build, Chromium, timed inside the page)'));
  if (args.has('--no-browser')) {
    print('skipped (--no-browser)');
  } else if (!buildReady) {
    print('skipped (no production build to serve)');
  } else {
    // figure 16 only when asked for: its 40 browser kills take about two minutes
    const pageFigures = only?.filter((n) => n !== '16');
    if (!only || (pageFigures && pageFigures.length > 0)) {
      const browser = await runBrowserBenches(ROOT, deadline, progress, pageFigures, port);
      for (const line of browser.info) print(line);
      print(timingTable(browser.rows));
      printMissedHooks(browser.rows);
      print(sectionTitle('Slow PCs (issue 17 §3): Chromium CPU throttling, Emulation.setCPUThrottlingRate'));
      print(slowPcTable(browser.rows, firstLoadGzip));
    }
    if (only?.includes('16')) {
      print(sectionTitle(KILL_TITLE));
      try {
        print(await killComparison(ROOT, progress, port));
      } catch (e) {
        print(`failed: ${errorText(e)}`);
      }
    }
  }
  print(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** A failed browser figure usually means a DOM hook the UI does not render (yet): list the hooks. */
function printMissedHooks(rows: readonly TimingRow[]): void {
  const failed = rows.filter((r) => r.outcome.kind === 'failed');
  if (failed.length === 0) return;
  print(`\n${failed.length} browser figure(s) failed (error in the note column). DOM hooks the figures use:`);
  for (const [name, selector] of Object.entries(SELECTORS)) print(`  ${name.padEnd(16)} ${selector}`);
}

main()
  .catch((e: unknown) => {
    print(`benchmark aborted: ${errorText(e)}`);
  })
  .finally(() => {
    // Figures are for reading: a missed goal or an aborted section never fails the command.
    process.exit(0);
  });
