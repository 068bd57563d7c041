// Crash consistency (issue 8): while a clerk types, the tab is killed at random moments — closed
// without beforeunload, or its renderer crashed. On reopening, the report must open, its record
// must be whole, and the stored value must never be older than what the save indicator last
// reported as 已保存 (it may be newer: a write can commit after the indicator was read).
// Seeded: the kill moments and keystrokes are the same on every run.
import { expect, type Page, test } from '@playwright/test';
import { cellAddress, cellId } from '../src/domain/report/cell-address';
import { reportDraftSchema } from '../src/domain/report/report-schema';
import { installSaveRecorder, type KillMethod, killPage, seededRandom } from './hardening-crash';
import { storedReport } from './idb';
import { ReportsListPage } from './pages/app-page';

/** Two runs of 5 kills per target, 20 kills in all; split so each test stays well under 30 s. */
const TRIALS = 5;
const SEEDS = [20261129, 8] as const;

type Draft = Record<string, Record<string, unknown>>;
type Target = {
  name: string;
  step: string;
  selector: string;
  read: (draft: Draft) => string;
  /** what to type this trial; `old` is the field's value when the page opened */
  stream: (rnd: () => number, old: string) => string;
  /** every value the field passes through while `stream` is typed, `old` first */
  values: (old: string, stream: string) => string[];
  /** puts the caret where typing continues */
  prepare: (page: Page, selector: string) => Promise<void>;
};

const NARRATIVE_CHARS = [...'政务公开年报信息申请办理复议诉讼，。abcXYZ0123'];
const prefixes = (s: string) => [...s].map((_, i) => [...s].slice(0, i + 1).join(''));

const TARGETS: Target[] = [
  {
    name: '一段文字（一、总体情况 — 主动公开）',
    step: 'overview',
    selector: '[data-field="overview.proactive"]',
    read: (d) => String(d.overview?.proactive ?? ''),
    stream: (rnd) =>
      Array.from(
        { length: 25 + Math.floor(rnd() * 20) },
        () => NARRATIVE_CHARS[Math.floor(rnd() * NARRATIVE_CHARS.length)]!,
      ).join(''),
    // Appending: each keystroke's value extends the last one, so "older" is "a shorter prefix".
    values: (old, stream) => [old, ...prefixes(stream).map((p) => old + p)],
    prepare: async (page, selector) => {
      await page.locator(selector).click();
      await page.keyboard.press('Control+End');
    },
  },
  {
    name: '表格单元格（三、依申请公开 — 本年新收 · 自然人）',
    step: 'applications',
    selector: `[data-cell="${cellId(cellAddress('applications', 'newReceived', 'natural'))}"]`,
    read: (d) => String((d.applications?.newReceived as Record<string, unknown> | undefined)?.natural ?? ''),
    // Typing on a selected cell replaces it; the first digit differs from the old value's, so no
    // typed prefix can be mistaken for the old value. Digits 1–9: no leading zero to normalise.
    stream: (rnd, old) => {
      const digits = Array.from({ length: 4 + Math.floor(rnd() * 6) }, () =>
        String(1 + Math.floor(rnd() * 9)),
      );
      if (digits[0] === old[0]) digits[0] = digits[0] === '9' ? '1' : String(Number(digits[0]) + 1);
      return digits.join('');
    },
    values: (old, stream) => [old, ...prefixes(stream)],
    prepare: async (page, selector) => {
      await page.locator(selector).click(); // focus selects the cell: the next digit replaces it
    },
  },
];

for (const [t, target] of TARGETS.entries())
  for (const baseSeed of SEEDS) {
    const seed = baseSeed + t;
    test(`crash while typing into ${target.name}, seed ${seed}: ${TRIALS} random kills, nothing reported saved is lost`, async ({
      browser,
    }) => {
      // ~12 s on an idle machine; generous because opening the grid step slows badly under CPU load.
      test.setTimeout(120_000);
      const context = await browser.newContext();
      await installSaveRecorder(context);
      let page = await context.newPage();
      const list = new ReportsListPage(page);
      await list.goto();
      const id = (await list.createReport(`断电测试局${seed}`, 2025)).reportId;
      const url = `/#/r/${encodeURIComponent(id)}/${target.step}`;
      const rnd = seededRandom(seed);
      await page.goto(url);

      for (let trial = 0; trial < TRIALS; trial++) {
        const field = page.locator(target.selector);
        await expect(field).toBeVisible();
        const old = await field.inputValue();
        const stream = target.stream(rnd, old);
        const values = target.values(old, stream);
        // Drawn up front: the typing runs concurrently and must not interleave its draws with ours.
        const pauses = [...stream].map(() => Math.floor(rnd() * 60));
        const killAfterMs = 50 + Math.floor(rnd() * 1200);
        const method: KillMethod = trial % 2 === 0 ? 'close' : 'crash';
        const label = `trial ${trial} (seed ${seed}, ${method} after ${killAfterMs} ms)`;

        await page.evaluate((selector) => {
          window.__crashTarget = selector;
          window.__savedValues = [];
        }, target.selector);
        await target.prepare(page, target.selector);
        const typing = (async () => {
          for (const [i, ch] of [...stream].entries()) {
            await page.keyboard.type(ch);
            await page.waitForTimeout(pauses[i]!);
          }
        })().catch(() => undefined); // the kill interrupts it

        await page.waitForTimeout(killAfterMs);
        const reported = await page.evaluate(() => window.__savedValues ?? []).catch(() => [] as string[]);
        await killPage(page, method);
        await typing;

        page = await context.newPage();
        await page.goto(url);
        // The report opens: the editor, not an error page.
        await expect(page.locator(target.selector), label).toBeVisible({ timeout: 30_000 });
        await expect(page.locator('[data-error-boundary]')).toHaveCount(0);
        await expect(page.getByText('找不到这份报告')).toHaveCount(0);

        const record = await storedReport(page, id);
        expect(record, label).not.toBeNull();
        expect(typeof record!.revision, label).toBe('number');
        const parsed = reportDraftSchema.safeParse(record!.draft);
        expect(parsed.success, `${label}: ${parsed.error?.message ?? ''}`).toBe(true);

        const stored = target.read(record!.draft as unknown as Draft);
        const lastSaved = reported.at(-1) ?? old; // nothing reported this trial: the value it opened with
        const storedAt = values.indexOf(stored);
        const savedAt = values.indexOf(lastSaved);
        expect(
          savedAt,
          `${label}: the recorder saw a value that was never typed: ${lastSaved}`,
        ).toBeGreaterThanOrEqual(0);
        expect(
          storedAt,
          `${label}: stored ${JSON.stringify(stored)} is not a value that was typed`,
        ).toBeGreaterThanOrEqual(0);
        expect(
          storedAt,
          `${label}: stored ${JSON.stringify(stored)} is older than 已保存 ${JSON.stringify(lastSaved)}`,
        ).toBeGreaterThanOrEqual(savedAt);
        // And the editor shows what is stored.
        await expect(page.locator(target.selector)).toHaveValue(stored);
      }
      await context.close();
    });
  }
