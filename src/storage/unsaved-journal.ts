// The last resort of "never lose a keystroke". Autosave writes through at once, but a write takes
// a few milliseconds and while one is in flight the newest value waits for it; if the browser dies
// in that moment (killed, crashed, the PC losing power), the value dies with the page — IndexedDB
// work cannot be waited for. localStorage can: setItem is synchronous. So on EVERY change, and
// whenever a write starts, fails or succeeds, the editor journals the newest uncommitted value here
// (createJournal; cleared once everything is committed), and the next start of the app writes it
// to IndexedDB through the normal revision-checked save:
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
import { type Counts, type Stamp, type StoredReport, stampOf } from './stored-report';

const PREFIX = 'nianbao:unsaved:';

const entrySchema = z.object({
  id: z.string().min(1),
  /** the last revision this tab had committed when the entry was written */
  knownRevision: z.number().int().nonnegative(),
  /** that write's identity (write-identity.ts); absent in entries written before identities */
  knownWriteId: z.string().nullable().optional(),
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

/**
 * The journal of one open report, written on every change. The draft's JSON is made once per
 * value (a write starting or failing re-journals the same value with another base).
 */
export function createJournal(storage: Storage, id: string) {
  let lastDraft: ReportDraft | null = null;
  let draftJson = '';
  return {
    /** Synchronous. False when localStorage refused (full, disabled): nothing more is lost than before. */
    write(draft: ReportDraft, base: Stamp, inFlight: boolean, counts: Counts): boolean {
      try {
        if (draft !== lastDraft) {
          draftJson = JSON.stringify(draft);
          lastDraft = draft;
        }
        const head: Omit<UnsavedEntry, 'draft'> = {
          id,
          knownRevision: base.revision,
          knownWriteId: base.writeId,
          inFlight,
          at: new Date().toISOString(),
          ...counts,
        };
        storage.setItem(PREFIX + id, `${JSON.stringify(head).slice(0, -1)},"draft":${draftJson}}`);
        return true;
      } catch {
        return false;
      }
    },
    clear(): void {
      lastDraft = null;
      draftJson = '';
      clearUnsaved(storage, id);
    },
  };
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

/** The journaled draft of report `id`, if any (for the editor opening it). */
export function readUnsaved(storage: Storage, id: string): UnsavedEntry | null {
  return readEntry(storage, PREFIX + id);
}

/**
 * True when the journaled draft continues the stored record: the record is still the write the
 * entry was based on, or the write then in flight landed (a revision later; its identity could
 * not be known in advance).
 */
export function continuesStored(
  entry: UnsavedEntry,
  stored: Pick<StoredReport, 'revision' | 'writeId'>,
): boolean {
  const sameWrite =
    stored.revision === entry.knownRevision &&
    (entry.knownWriteId === undefined || (stored.writeId ?? null) === entry.knownWriteId);
  return sameWrite || (entry.inFlight && stored.revision === entry.knownRevision + 1);
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
  if (continuesStored(entry, stored)) {
    try {
      await repo.saveDraft(id, draft, stampOf(stored), counts);
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
