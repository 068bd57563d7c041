// The kill-the-browser trial (issue 16, item 7), shared by e2e/kill-browser.spec.ts (CI, the
// shipped per-change journal) and `npm run bench -- --only=16` (the same trial with the journal
// written on pagehide only, for comparison). The WHOLE browser is killed (SIGKILL of Chromium and
// every process under it) at a random moment 0–70 ms after the last keystroke into a narrative,
// then started again on the same profile. What the editor shows then must be a prefix of what was
// typed (never other text, never older than the trial began with); the keystrokes missing at the
// end are the ones lost — counted, with their age (how long before the kill they were typed).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { PAGEHIDE_ONLY_QUERY } from '../src/storage/unsaved-journal';
import { killBrowser, launchBrowser, type RunningBrowser } from './browser-kill';
import { seededRandom } from './hardening-crash';
import { ReportsListPage } from './pages/app-page';

const FIELD = '[data-field="overview.proactive"]';
const CHARS = [...'政务公开年报信息申请办理复议诉讼，。abcXYZ0123'];
/** A report of realistic size: each of the other narratives holds this much text. */
const FILLER = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，'.repeat(80);

export type Trial = {
  trial: number;
  typed: number;
  killAfterMs: number;
  lost: number;
  /** ms between each lost keystroke and the kill, oldest first */
  lostAgesMs: number[];
};

export type TrialSummary = {
  journal: 'every change' | 'pagehide only';
  kills: number;
  keystrokes: number;
  trialsWithLoss: number;
  keystrokesLost: number;
  maxLostPerTrial: number;
  oldestLostKeystrokeMs: number | null;
  youngestLostKeystrokeMs: number | null;
  /**
   * The machine's 1-minute load average when the trials began and ended: the keys lost grow older on
   * a busy machine (the write waits for the frame, the queued tasks and a write in flight, and takes
   * longer itself) — 2026-12-06, load 8–25 on 2 cores: up to 121 ms, once 0.96 s (README).
   */
  load: { start: number; end: number };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number) => Math.round(x * 10) / 10;

async function openReport(run: RunningBrowser, url: string): Promise<Page> {
  const context = run.browser.contexts()[0] ?? (await run.browser.newContext());
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator(FIELD)).toBeVisible({ timeout: 30_000 });
  return page;
}

export async function runKillTrials(opts: {
  baseURL: string;
  kills: number;
  seed: number;
  /** the measurement switch of unsaved-journal.ts: journal on pagehide only */
  pagehideOnly?: boolean;
}): Promise<{ summary: TrialSummary; trials: Trial[] }> {
  const loadAtStart = loadavg()[0]!;
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-kill-'));
  const rnd = seededRandom(opts.seed);
  const trials: Trial[] = [];
  let run = await launchBrowser(profile);
  try {
    let page = await run.browser.contexts()[0]!.newPage();
    await page.goto(`${opts.baseURL}/${opts.pagehideOnly ? `?${PAGEHIDE_ONLY_QUERY}` : ''}#/`);
    const editor = await new ReportsListPage(page).createReport('断电测试局', 2025);
    await editor.step('overview');
    for (const other of ['overview.onRequest', 'overview.management', 'overview.platforms']) {
      await editor.field(other).fill(FILLER);
      await editor.saved();
    }
    const url = page.url();

    for (let trial = 0; trial < opts.kills; trial++) {
      const field = page.locator(FIELD);
      const before = await field.inputValue();
      const stream = Array.from(
        { length: 6 + Math.floor(rnd() * 10) },
        () => CHARS[Math.floor(rnd() * CHARS.length)]!,
      );
      const pauses = stream.map(() => Math.floor(rnd() * 40));
      const killAfterMs = Math.floor(rnd() * 71);
      await field.click();
      await page.keyboard.press('Control+End');
      const typedAt: number[] = [];
      for (const [i, ch] of stream.entries()) {
        await page.keyboard.type(ch);
        typedAt.push(Date.now());
        if (i < stream.length - 1) await sleep(pauses[i]!);
      }
      await sleep(killAfterMs);
      const killedAt = Date.now();
      await killBrowser(run);

      run = await launchBrowser(profile);
      page = await openReport(run, url);
      // the measurement switch is in the address the editor is opened at again
      expect(page.url().includes(PAGEHIDE_ONLY_QUERY)).toBe(Boolean(opts.pagehideOnly));
      const shown = await page.locator(FIELD).inputValue();
      const typed = before + stream.join('');
      const label = `trial ${trial} (kill ${killAfterMs} ms after the last keystroke)`;
      expect(typed.startsWith(shown), `${label}: shows ${JSON.stringify(shown)}, never typed`).toBe(true);
      expect(shown.length, `${label}: text from before the trial is gone`).toBeGreaterThanOrEqual(
        before.length,
      );
      await expect(page.locator('[data-error-boundary]')).toHaveCount(0);
      const kept = [...shown].length - [...before].length;
      trials.push({
        trial,
        typed: stream.length,
        killAfterMs,
        lost: stream.length - kept,
        lostAgesMs: typedAt.slice(kept).map((t) => killedAt - t),
      });
    }
  } finally {
    await killBrowser(run).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }

  const lossy = trials.filter((t) => t.lost > 0);
  const ages = lossy.flatMap((t) => t.lostAgesMs);
  const summary: TrialSummary = {
    journal: opts.pagehideOnly ? 'pagehide only' : 'every change',
    kills: trials.length,
    keystrokes: trials.reduce((n, t) => n + t.typed, 0),
    trialsWithLoss: lossy.length,
    keystrokesLost: ages.length,
    maxLostPerTrial: Math.max(0, ...trials.map((t) => t.lost)),
    oldestLostKeystrokeMs: ages.length ? Math.max(...ages) : null,
    youngestLostKeystrokeMs: ages.length ? Math.min(...ages) : null,
    load: { start: round1(loadAtStart), end: round1(loadavg()[0]!) },
  };
  return { summary, trials };
}

export function trialsText({ summary, trials }: { summary: TrialSummary; trials: Trial[] }): string {
  return [
    `kill-the-browser trials: ${JSON.stringify(summary)}`,
    ...trials.map(
      (t) =>
        `  trial ${t.trial}: killed ${t.killAfterMs} ms after the last of ${t.typed} keystrokes; lost ${t.lost}` +
        (t.lost ? ` (typed ${t.lostAgesMs.join(', ')} ms before the kill)` : ''),
    ),
  ].join('\n');
}
