// The last resort of "never lose a keystroke". Autosave writes through at once, but while one write
// is in flight the newest value waits for it; if the page is closed in that moment (the tab, the
// browser, the PC shutting down), the waiting value dies with the page — IndexedDB work cannot be
// waited for in `pagehide`. localStorage can: setItem is synchronous and outlives the page. So when
// the page is hidden with a value still pending, the editor journals it here, and the next start
// of the app writes it to IndexedDB through the normal revision-checked save:
// - the stored report is still the one this tab knew (or the write that was in flight landed):
//   the journaled draft is saved over it;
// - another tab saved since, or the report was 已审定 meanwhile: it is kept as a copy, never
//   written over someone else's save;
// - the report is gone: it is created again.
// An entry that fails validation is dropped (it is not the clerk's text: a damaged or foreign key).
import '../domain/zod-setup';
import { z } from 'zod';
import { type ReportDraft, reportDraftSchema } from '../domain/report/report-schema';
import type { ReportRepository } from './report-repository';
import { classifyStorageError } from './storage-errors';

const PREFIX = 'nianbao:unsaved:';

const entrySchema = z.object({
  id: z.string().min(1),
  /** the last revision this tab had committed when the page was hidden */
  knownRevision: z.number().int().nonnegative(),
  /** a write based on knownRevision may have been in flight (so knownRevision + 1 is ours too) */
  inFlight: z.boolean(),
  at: z.string(),
  errorCount: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
  draft: reportDraftSchema,
});
export type UnsavedEntry = z.infer<typeof entrySchema>;

export type Recovery = { id: string; agencyName: string; outcome: 'saved' | 'copied' | 'recreated' };

/** Synchronous: for `pagehide`. A full or unavailable localStorage loses nothing more than before. */
export function journalUnsaved(storage: Storage, entry: UnsavedEntry): boolean {
  try {
    storage.setItem(PREFIX + entry.id, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function clearUnsaved(storage: Storage, id: string): void {
  try {
    storage.removeItem(PREFIX + id);
  } catch {
    // nothing journaled can be removed either
  }
}

function journaledKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

function readEntry(storage: Storage, key: string): UnsavedEntry | null {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(storage.getItem(key) ?? ''));
    return parsed.success && PREFIX + parsed.data.id === key ? parsed.data : null;
  } catch {
    return null;
  }
}

const sameDraft = (a: ReportDraft, b: ReportDraft) => JSON.stringify(a) === JSON.stringify(b);

async function recoverOne(repo: ReportRepository, entry: UnsavedEntry): Promise<Recovery | null> {
  const { id, draft } = entry;
  const counts = { errorCount: entry.errorCount, warningCount: entry.warningCount };
  const agencyName = draft.meta.agencyName;
  const stored = await repo.get(id);
  if (!stored) {
    await repo.create(draft, { counts });
    return { id, agencyName, outcome: 'recreated' };
  }
  if (sameDraft(stored.draft, draft)) return null; // the pending write landed after all
  const ours =
    stored.revision === entry.knownRevision ||
    (entry.inFlight && stored.revision === entry.knownRevision + 1);
  if (ours) {
    try {
      await repo.saveDraft(id, draft, stored.revision, counts);
      return { id, agencyName, outcome: 'saved' };
    } catch (e) {
      const kind = classifyStorageError(e).kind;
      if (kind !== 'stale' && kind !== 'locked') throw e;
    }
  }
  const copy = await repo.duplicate(id, { draft });
  return { id: copy.id, agencyName: copy.agencyName, outcome: 'copied' };
}

/**
 * Writes every journaled draft to IndexedDB (see the top of this file) and removes its entry once
 * written. An entry whose write fails stays for the next start.
 */
export async function recoverUnsaved(repo: ReportRepository, storage: Storage): Promise<Recovery[]> {
  const done: Recovery[] = [];
  for (const key of journaledKeys(storage)) {
    const entry = readEntry(storage, key);
    if (!entry) {
      storage.removeItem(key);
      continue;
    }
    try {
      const recovered = await recoverOne(repo, entry);
      if (recovered) done.push(recovered);
      storage.removeItem(key);
    } catch {
      // kept for the next start (a full disk, a blocked database)
    }
  }
  return done;
}
