// The real app, built as in production (vite.config.ts, without the guard plugin so that these
// tests, not the plugin, judge the result), checked like the build checks it: every chunk and the
// service worker parse as ES2020, every platform API the built code names is one Chromium 86 and
// Firefox ESR 115 have or one api-exceptions.ts allows with a reason, and the JS loaded at start
// stays within the first-load budget. So `npm test` fails on `list.toSorted()` even where no
// browser test opens the screen that calls it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig, type PluginOption } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import appConfig from '../../vite.config.ts';
import { apiProblems, type BuiltFile } from './api-check.ts';
import { API_EXCEPTIONS } from './api-exceptions.ts';
import { apiUsage } from './api-usage.ts';
import { builtFiles } from './check-built-code.ts';
import { FIRST_LOAD_BUDGET_BYTES, firstLoad } from './first-load-budget.ts';
import { syntaxProblem } from './syntax-check.ts';

const GUARD = 'nianbao:legacy-browser-guard';

const withoutGuard = (plugins: PluginOption[]): PluginOption[] =>
  plugins.flat(Number.POSITIVE_INFINITY as 1).filter((p) => !(p && 'name' in p && p.name === GUARD));

let outDir = '';
let files: BuiltFile[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'nianbao-app-build-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const config: InlineConfig = {
      ...appConfig,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      plugins: withoutGuard(appConfig.plugins ?? []),
      build: { ...appConfig.build, outDir, emptyOutDir: true },
    };
    await build(config);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  files = builtFiles(outDir);
}, 300_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the production build of the app', () => {
  it('has its chunks and the service worker, all parsing as ES2020', () => {
    const names = files.map((f) => f.file);
    expect(names).toContain('sw.js');
    expect(names.filter((n) => n.startsWith('assets/')).length).toBeGreaterThan(10);
    expect(files.map((f) => syntaxProblem(f.file, f.code)).filter((p) => p !== null)).toEqual([]);
  });

  it('uses only platform APIs of Chromium 86 / Firefox 115, or ones api-exceptions.ts allows', () => {
    // The list of what the app names, so a failure shows the whole picture, not just the first file.
    const globals = new Set<string>();
    for (const f of files) for (const g of apiUsage(f.code).globals) globals.add(g);
    expect(globals).toContain('indexedDB');
    expect(globals).toContain('document');
    expect(apiProblems(files)).toEqual([]);
    // Every exception is still needed by some file (apiProblems reports the unused ones) and says why.
    for (const reason of Object.values(API_EXCEPTIONS)) expect(reason.length).toBeGreaterThan(10);
  });

  it(`loads at most ${FIRST_LOAD_BUDGET_BYTES / 1000} kB of JS (gzip) at start, no on-demand chunk preloaded`, () => {
    const load = firstLoad(outDir);
    expect(load.files.length).toBeGreaterThan(0);
    expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    // What the first screen does not need: the editor, printing, Word, the dialogs of the list.
    const onDemand =
      /^(report-editor|print|print-page|build-docx|import-dialog|new-report-dialog|summary-page|audit-page)-/;
    expect(load.files.map((f) => f.file).filter((f) => onDemand.test(f))).toEqual([]);
  });
});
