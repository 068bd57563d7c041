// Figure 6: the production build and what it weighs over the wire (gzip), file by file, with the
// entry chunk that index.html loads and what it preloads (the JS a clerk waits for on first open).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_LOAD_BUDGET_BYTES, startupScripts } from '../build-guard/first-load-budget.ts';
import type { SizeRow } from './report-table';

export const DIST_DIR = 'dist';

export type BuildResult = { ok: true; ms: number } | { ok: false; ms: number; message: string };

/** Vite colours its output: ESC [ … m sequences. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const stripAnsi = (text: string) => text.replace(ANSI_COLOUR, '');

export function viteBuild(cwd: string): BuildResult {
  const t0 = performance.now();
  const r = spawnSync('npx', ['vite', 'build'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status === 0) return { ok: true, ms };
  const out = stripAnsi(`${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  // Rolldown/Vite name the cause on a line starting with the error code in brackets.
  const cause =
    out
      .split('\n')
      .find((l) => /^\s*\[[A-Z_]+\]/.test(l) || /error/i.test(l))
      ?.trim() ??
    r.error?.message ??
    `exit ${r.status}`;
  return { ok: false, ms, message: cause };
}

type JsFile = { file: string; rawBytes: number; gzipBytes: number };

function jsFiles(dir: string): JsFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: f, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const total = (list: readonly JsFile[]) => ({
  rawBytes: list.reduce((s, f) => s + f.rawBytes, 0),
  gzipBytes: list.reduce((s, f) => s + f.gzipBytes, 0),
});

export function bundleSizes(cwd: string): SizeRow[] {
  const dist = join(cwd, DIST_DIR);
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) throw new Error(`${assets} does not exist`);
  const { entry, preloads } = startupScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const files = jsFiles(assets);
  const role = (f: string) =>
    f === entry ? 'entry' : preloads.includes(f) ? 'modulepreload' : 'loaded on demand';
  const atStart = files.filter((f) => f.file === entry || preloads.includes(f.file));
  const entryFile = files.find((f) => f.file === entry);
  // The service worker and its runtime (vite-plugin-pwa) sit beside index.html: fetched by the
  // worker after the first visit, never by the page, so they are listed but not in the totals.
  const worker = jsFiles(dist).map((f) => ({
    label: f.file,
    ...total([f]),
    note: 'service worker (not in totals)',
  }));
  return [
    ...files.map((f) => ({ label: f.file, ...total([f]), note: role(f.file) })),
    ...worker,
    { label: `total JS in assets/ (${files.length} files)`, ...total(files) },
    {
      label: 'entry chunk',
      ...total(entryFile ? [entryFile] : []),
      note: entryFile?.file ?? 'not found in index.html',
    },
    {
      label: 'loaded at start',
      ...total(atStart),
      note: `entry + modulepreload; goal gzip ≤ ${FIRST_LOAD_BUDGET_BYTES / 1000} kB ${total(atStart).gzipBytes <= FIRST_LOAD_BUDGET_BYTES ? '✓' : '✗'} (the build fails above it)`,
    },
  ];
}
