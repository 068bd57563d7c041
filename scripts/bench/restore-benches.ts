// Figure 12: 「恢复备份」 → 「合并」 of a 10,000-report backup (issue 16: it once took 229 s with no
// sign of life; the goal is ≤ 30 s). Half of the backup's reports are here already — half of those
// saved later here, half earlier — and half are new, so every merge path runs: add, replace (the
// local copy kept as a history version), keep local (the backup's copy kept as a history version).
// Timed from choosing the file to the account 「已合并备份…」: reading, validating and sealing the
// file (digest), then the one IndexedDB transaction. One sample: it is a long, one-off action.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { replaceStoredReports } from '../../e2e/raw-store';
import { runChecks } from '../../src/domain/checks/run-checks';
import { exportBackup } from '../../src/domain/interchange/backup';
import type { BackupEntry } from '../../src/domain/interchange/backup-schema';
import { DEFAULT_DB_NAME } from '../../src/storage/db';
import { newStoredRecord } from '../../src/storage/report-fields';
import type { StoredReport } from '../../src/storage/stored-report';
import { errorText, reloadAt } from './browser-sampling';
import { waitForAppDb } from './page-store';
import type { TimingRow } from './report-table';
import { benchId, variedDrafts } from './seed';
import { summarize } from './stats';

const BACKUP_SIZE = 10_000;
const HERE = BACKUP_SIZE / 2;
const GOAL = { stat: 'median', maxMs: 30_000 } as const;
const n = BACKUP_SIZE.toLocaleString('en');

export const RESTORE_LABELS = {
  merge: `12 恢复备份「合并」, ${n} reports (${HERE.toLocaleString('en')} here) → account shown`,
} as const;

/** The backup's records: the seeded reports, a minute newer or older than the local copies. */
function backupEntries(local: readonly StoredReport[], all: readonly StoredReport[]): BackupEntry[] {
  return all.map((r, i) => {
    const here = local[i];
    const shift = i % 2 === 0 ? 60_000 : -60_000;
    const updatedAt = here ? new Date(Date.parse(here.updatedAt) + shift).toISOString() : r.updatedAt;
    const { writeId: _local, checkedWith: _counted, ...stored } = r;
    const draft = here
      ? { ...r.draft, overview: { ...r.draft.overview, intro: `备份中的内容${i}` } }
      : r.draft;
    return { stored: { ...stored, draft, updatedAt }, versions: [] };
  });
}

/**
 * 10,000 records from 100 varied drafts (varying 10,000 drafts costs more than the figure), with
 * their counts as this code's checks give them: counts left stale would be derived again at start
 * (src/app/stale-records.ts), in the middle of the timed merge.
 */
function records(): StoredReport[] {
  const drafts = variedDrafts(100, 12);
  const counts = drafts.map((d) => {
    const run = runChecks({ draft: d, today: new Date() }).counts;
    return { errorCount: run.errors, warningCount: run.warnings };
  });
  const now = Date.now();
  return Array.from({ length: BACKUP_SIZE }, (_, i) => {
    const id = benchId(i);
    const base = drafts[i % drafts.length]!;
    return newStoredRecord(
      { ...base, id },
      { counts: counts[i % drafts.length]! },
      new Date(now - i * 60_000).toISOString(),
    );
  });
}

export async function seedAndBuildBackup(page: Page): Promise<string> {
  const all = records();
  const local = all.slice(0, HERE);
  await replaceStoredReports(page, local);
  await reloadAt(page, '#/');
  await waitForAppDb(page);
  return exportBackup({ reports: backupEntries(local, all), generator: 'nianbao bench', now: new Date() });
}

export async function mergeBackup(page: Page, text: string): Promise<TimingRow> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  try {
    await page.waitForSelector('[data-testid="restore-input"]', { state: 'attached', timeout: 20_000 });
    const file = join(dir, 'backup.json');
    await writeFile(file, text);
    const t0 = performance.now();
    await page.setInputFiles('[data-testid="restore-input"]', file);
    const dialog = page.getByRole('dialog', { name: '恢复备份' });
    await dialog.getByRole('button', { name: '合并' }).waitFor({ timeout: 120_000 });
    const read = performance.now() - t0;
    await dialog.getByRole('button', { name: '合并' }).click();
    const account = page.getByRole('status').filter({ hasText: '已合并备份' });
    await account.waitFor({ timeout: 180_000 });
    const total = performance.now() - t0;
    const said = (await account.textContent())?.split('；')[0] ?? '';
    return {
      label: RESTORE_LABELS.merge,
      outcome: { kind: 'measured', summary: summarize([total]) },
      goal: GOAL,
      note: `1 sample, timed from Node (file chosen → account); reading and checking the ${(text.length / 1e6).toFixed(0)} MB file ${(read / 1000).toFixed(1)} s, writing ${((total - read) / 1000).toFixed(1)} s; ${said}`,
    };
  } catch (e) {
    return { label: RESTORE_LABELS.merge, outcome: { kind: 'failed', message: errorText(e) } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Empties the versions store (raw IndexedDB), so the figures after this one meet no merge history. */
export async function clearVersions(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('versions', 'readwrite');
        tx.objectStore('versions').clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }, DEFAULT_DB_NAME);
}
