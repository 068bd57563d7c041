// The last resort of "never lose a keystroke". Autosave writes through at once, but a write takes
// a few milliseconds and while one is in flight the newest value waits for it; if the browser dies
// in that moment (killed, crashed, the PC losing power), the value dies with the page — IndexedDB
// work cannot be waited for. localStorage can: setItem is synchronous. So on EVERY change, and
// whenever a write starts, fails or succeeds, the editor journals the newest uncommitted value here
// (createJournal; cleared once everything is committed), and the next start of the app writes it
// to IndexedDB through the normal revision-checked save:
// - the stored report is still the one this tab knew (or the write that was in flight landed:
//   the entry names the identity that write carries, so a restore or another tab's save landing
//   at the same revision number is never taken for it): the journaled draft is saved over it;
// - another tab saved since (two tabs typing in turn, this one closed with its edit unwritten): when
//   the entry says what the edit began from (baseOps: the touched fields as they were), a three-way
//   merge (domain/report/draft-merge.ts) puts this edit's fields over that save where the save left
//   them as they were (a 「恢复备份」 that replaced the report is such a write too: its stamp cannot
//   be told from a tab's; the notice says the edit was merged); a field both changed differently, a
//   report 已审定 meanwhile or an unknown beginning: it is kept as a copy (the notice names the
//   fields in conflict), never written over someone else's save;
// - the report is gone: it is created again.
// An entry that fails validation is dropped (it is not the clerk's text: a damaged or foreign key).
//
// What is journaled: the whole draft, as long as it is under PATCH_FROM_CHARS characters of text
// (a real report is 20–60 kB). Not at every change, though: a keystroke journals only what changed
// since the draft the entry holds, in a small record beside it (UNSAVED_NEXT_PREFIX, naming the
// entry's `tag`), and the whole draft is journaled again only when those changes grow large — the
// 20–60 kB setItem at every key cost ~0.7 ms at full speed, ~3 ms on a 4× slower PC (issue 17 §3).
// The entry and its record together always hold the whole newest draft, so nothing of the
// guarantee depends on IndexedDB; a record whose tag is not the entry's (a crash between the two
// writes) is ignored, and the entry alone then holds the newest draft (it is written first). A
// record is written only while the entry is there: when the browser's data is cleared under the
// open page, the next change journals the whole draft again.
// Once everything is committed, the record says so (`settled`) and the entry stays while the report
// is open, so that the next key — typed after its predecessor's write, as a clerk types — again
// journals only its changes; an entry whose record is settled is no entry (nothing to recover).
// Closing the editor removes both.
// Each open editor journals under its own slot (`journalSlot`: the report's id and a token of that
// editor), so that two tabs on one report never write over each other's entry: with a full disk
// both tabs' edits exist only here, and a crash must lose neither (the start writes one and keeps
// the other as a copy). An editor that opens on a dead page's entry continues in that slot.
// Entries written before slots (the key is the report's id alone) are read as before.
// A larger draft cost up to 22 ms a change (1 MB:
// JSON.stringify + localStorage.setItem, each ~1 ms per 50 kB in Chromium), so for it, when the
// content of the write the edit is based on is known (its last commit), only what changed against
// it is journaled (journal-patch.ts): a keystroke journals a few bytes. Such a patch applies only to
// that write, or to the write in flight (a second patch is kept against it): should another tab's
// save or a restore replace both in the moment before the crash, those last keystrokes of a large
// draft cannot be recovered (never written over the other write; the start says so). Without a
// known base (a conflict, right after a review step) the whole draft is journaled.
import '../domain/zod-setup';
import { z } from 'zod';
import { randomUuid } from '../domain/crypto/random-id';
import { mergeDrafts } from '../domain/report/draft-merge';
import { type ReportDraft, reportDraftSchema } from '../domain/report/report-schema';
import type { Unsaved } from './autosave';
import { applyPatch, diffJson, type PatchOp } from './journal-patch';
import type { ReportRepository } from './report-repository';
import { classifyStorageError } from './storage-errors';
import { type Counts, type StoredReport, stampOf } from './stored-report';
import { journaledKeys, UNSAVED_NEXT_PREFIX as NEXT, UNSAVED_PREFIX as PREFIX } from './unsaved-journal-keys';

/** Drafts with more text than this are journaled as patches (see the top of this file). */
export const PATCH_FROM_CHARS = 100_000;

/** The characters of text in plain JSON data (strings and keys), without serialising it. */
function textLength(x: unknown): number {
  if (typeof x === 'string') return x.length;
  if (typeof x !== 'object' || x === null) return 8;
  let n = 0;
  if (Array.isArray(x)) for (const item of x) n += textLength(item);
  else for (const [k, v] of Object.entries(x)) n += k.length + textLength(v);
  return n;
}

const pathSchema = z.array(z.union([z.string(), z.number().int().nonnegative()]));
const opSchema: z.ZodType<PatchOp> = z.union([
  z.strictObject({ p: pathSchema, v: z.unknown() }),
  z.strictObject({ p: pathSchema, rm: z.literal(true) }),
  z.strictObject({
    p: pathSchema,
    at: z.number().int().nonnegative(),
    del: z.number().int().nonnegative(),
    ins: z.string(),
  }),
]) as z.ZodType<PatchOp>;

const entrySchema = z.object({
  id: z.string().min(1),
  /** the last revision this tab had committed when the entry was written */
  knownRevision: z.number().int().nonnegative(),
  /** that write's identity (write-identity.ts); absent in entries written before identities */
  knownWriteId: z.string().nullable().optional(),
  /** a write based on knownRevision may have been in flight */
  inFlight: z.boolean(),
  /**
   * The identity that write in flight carries (so knownRevision + 1 with it is ours); absent or
   * null: not known (another kind of write, or an entry of an older version of the app).
   */
  inFlightWriteId: z.string().nullable().optional(),
  at: z.string(),
  errorCount: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
  /**
   * What turns the journaled draft back into the content of the write knownRevision — the value
   * before this page's edit of every field it touched — for a three-way merge with a later write of
   * another page (recoverOne); null or absent: not known (nothing is merged, a copy is made).
   */
  baseOps: z.array(opSchema).nullable().optional(),
  /** names this entry's whole draft for the record of later changes beside it (createJournal) */
  tag: z.string().min(1).optional(),
  /** the whole draft … */
  draft: reportDraftSchema.optional(),
  /** … or what changed against the stored write knownRevision, and against the write in flight */
  patch: z
    .strictObject({ fromBase: z.array(opSchema), fromInFlight: z.array(opSchema).nullable() })
    .optional(),
});
export type UnsavedEntry = z.infer<typeof entrySchema>;

/** What changed since the whole draft of the entry tagged `of`, with the head of the newest write. */
const nextSchema = entrySchema
  .pick({
    knownRevision: true,
    knownWriteId: true,
    inFlight: true,
    inFlightWriteId: true,
    at: true,
    errorCount: true,
    warningCount: true,
    baseOps: true,
  })
  .extend({ of: z.string().min(1), ops: z.array(opSchema) });
/** Everything journaled beside the entry tagged `of` is committed: nothing to recover. */
const settledSchema = z.strictObject({ of: z.string().min(1), settled: z.literal(true), at: z.string() });

/**
 * A settled entry belongs to an editor that may still have the report open (in another tab): when
 * that cannot be known (no Web Locks: recoverUnsaved's slotState) the start-up recovery leaves
 * it, and removes it only once it is this old (a tab closed without
 * unmounting, or killed, after all was committed). Its editor journals the whole draft again when
 * its entry is older than WHOLE_AGAIN_MS, long before, so it never writes changes beside an entry
 * another tab's start has removed.
 */
export const SETTLED_KEPT_MS = 24 * 3600_000;
export const WHOLE_AGAIN_MS = 3600_000;

/**
 * The changes since the entry's draft are journaled alone while their JSON stays under this many
 * characters and under a quarter of the draft's; past that, the whole draft again (one large write
 * in many keys: a cell is ~40 characters of changes).
 */
export const NEXT_MAX_CHARS = 4000;

/**
 * A measurement switch, not a setting: a page whose address carries `?measure=journal-on-pagehide`
 * journals only on pagehide, as the editor did before it journaled every change, so that the
 * kill-the-browser trial (e2e/kill-trials.ts, `npm run bench -- --only=16`) can measure what the
 * per-change journal saves. Nothing in the app links to it. (In the address, not in localStorage:
 * a key written seconds before a whole-browser kill did not survive it.)
 */
export const PAGEHIDE_ONLY_QUERY = 'measure=journal-on-pagehide';

export function journalsOnPagehideOnly(search: string): boolean {
  return new URLSearchParams(search).get('measure') === 'journal-on-pagehide';
}

export type Recovery = {
  id: string;
  agencyName: string;
  /**
   * merged: the edit went over another page's later write, field by field (no field changed by
   * both); dropped: the edit was journaled as changes to a write that another write replaced
   */
  outcome: 'saved' | 'merged' | 'copied' | 'recreated' | 'dropped';
  /** copied: the fields both this edit and the later write changed, differently (draft paths) */
  conflicts?: string[];
};

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
 * The journal of one open report, written on every change: what changed against the committed
 * write when its content is known and the draft is large (a patch), else the whole draft — once,
 * then only what changed since it, beside it (see the top of this file), until that grows large.
 */
export function createJournal(storage: Storage, id: string, slot: string = id) {
  /** the whole draft the entry holds now (written by this journal), its tag, when it was written */
  let whole: { draft: ReportDraft; tag: string; chars: number; at: number } | null = null;
  /** a record of changes beside the entry may exist */
  let nextWritten = false;
  /** the record says everything is committed (the entry is kept for the next key's changes) */
  let settled = false;
  /** the editor has the report open: keep the entry when everything is committed */
  let open = true;
  let tags = 0;
  const session = randomUuid();
  const dropNext = () => {
    if (!nextWritten) return;
    storage.removeItem(NEXT + slot);
    nextWritten = false;
  };
  const clear = (): void => {
    if (open && whole !== null) {
      try {
        storage.setItem(
          NEXT + slot,
          JSON.stringify({ of: whole.tag, settled: true, at: new Date().toISOString() }),
        );
        nextWritten = true;
        settled = true;
        return;
      } catch {
        // a full localStorage: remove the entry instead (below)
      }
    }
    whole = null;
    settled = false;
    // The entry first: a record alone is never read, an entry alone would be an older draft.
    clearSlot(storage, slot);
    nextWritten = false;
  };
  return {
    /** Synchronous. False when localStorage refused (full, disabled): nothing more is lost than before. */
    write(unsaved: Unsaved<ReportDraft>, counts: Counts): boolean {
      try {
        const { value, base, committed, inFlightValue, inFlightWriteId, baseValue = null } = unsaved;
        const head: Omit<UnsavedEntry, 'draft' | 'patch' | 'tag'> = {
          id,
          knownRevision: base.revision,
          knownWriteId: base.writeId,
          inFlight: unsaved.inFlight,
          inFlightWriteId,
          at: new Date().toISOString(),
          ...counts,
          // the fields this edit touched, as they were (a few leaves: unchanged subtrees are the
          // same objects and skipped)
          baseOps: baseValue === null ? null : diffJson(value, baseValue),
        };
        const json = (x: object) => JSON.stringify(x).slice(0, -1);
        // The draft's JSON is at most the entry's and the changes' together: under PATCH_FROM_CHARS
        // it is journaled whole (below), so its changes may go beside it without measuring it.
        // Beside the entry only while it is there: the browser's data cleared under the page (or a
        // start's recovery in another tab) removes it, and changes beside no entry are no journal.
        // A getItem, not a write: well under a microsecond, even for the whole draft's entry.
        if (
          whole !== null &&
          Date.now() - whole.at < WHOLE_AGAIN_MS &&
          storage.getItem(PREFIX + slot) !== null &&
          (committed === null || whole.chars + NEXT_MAX_CHARS < PATCH_FROM_CHARS)
        ) {
          const ops = JSON.stringify(diffJson(whole.draft, value));
          if (ops.length <= NEXT_MAX_CHARS && ops.length * 4 <= whole.chars) {
            const { id: _id, ...rest } = head;
            storage.setItem(NEXT + slot, `${json({ of: whole.tag, ...rest })},"ops":${ops}}`);
            nextWritten = true;
            settled = false;
            return true;
          }
        }
        if (committed !== null && textLength(value) >= PATCH_FROM_CHARS) {
          const patch = JSON.stringify({
            fromBase: diffJson(committed, value),
            fromInFlight:
              inFlightValue !== null && inFlightWriteId !== null ? diffJson(inFlightValue, value) : null,
          });
          storage.setItem(PREFIX + slot, `${json(head)},"patch":${patch}}`);
          whole = null;
          settled = false;
          dropNext();
          return true;
        }
        // The whole draft, under a new tag: a record of the old tag left by a crash before
        // dropNext is ignored, and this entry holds the newest draft.
        const tag = `${session}-${++tags}`;
        const draftJson = JSON.stringify(value);
        storage.setItem(PREFIX + slot, `${json({ ...head, tag })},"draft":${draftJson}}`);
        whole = { draft: value, tag, chars: draftJson.length, at: Date.now() };
        settled = false;
        dropNext();
        return true;
      } catch {
        return false;
      }
    },
    /** Everything is committed (or given up): nothing to recover from here on. */
    clear,
    /**
     * The editor closed the report: an entry kept for the next key is removed (now, or once what
     * is pending is committed; an entry with uncommitted changes stays for the next start).
     */
    close(): void {
      open = false;
      if (settled) clear();
    },
  };
}

/** A slot of its own for an editor opening report `id` (see the top of this file). */
export function journalSlot(id: string): string {
  return `${id}${SLOT_MARK}${randomUuid()}`;
}
const SLOT_MARK = '#';

/** The report an entry's slot may hold: the id alone (written before slots) or the id and a token. */
const slotOf = (slot: string, id: string) => slot === id || slot.startsWith(id + SLOT_MARK);

function clearSlot(storage: Storage, slot: string): void {
  try {
    storage.removeItem(PREFIX + slot);
    storage.removeItem(NEXT + slot);
  } catch {
    // nothing journaled can be removed either
  }
}

/**
 * The newest journaled draft of report `id` and its slot, if any (for the editor opening it: it
 * continues in that slot when the page that wrote it is gone).
 */
export function readUnsavedSlot(storage: Storage, id: string): { entry: UnsavedEntry; slot: string } | null {
  let found: { entry: UnsavedEntry; slot: string } | null = null;
  for (const key of journaledKeys(storage)) {
    const slot = key.slice(PREFIX.length);
    if (!slotOf(slot, id)) continue;
    const entry = readEntry(storage, key);
    if (entry && entry.id === id && (found === null || entry.at > found.entry.at)) found = { entry, slot };
  }
  return found;
}

/** The newest journaled draft of report `id`, if any. */
export function readUnsaved(storage: Storage, id: string): UnsavedEntry | null {
  return readUnsavedSlot(storage, id)?.entry ?? null;
}

type StoredWrite = Pick<StoredReport, 'revision' | 'writeId'>;

const isBaseWrite = (entry: UnsavedEntry, stored: StoredWrite) =>
  stored.revision === entry.knownRevision &&
  (entry.knownWriteId === undefined || (stored.writeId ?? null) === entry.knownWriteId);

/** The write that was in flight landed: a revision later, with the identity the entry names. */
const isInFlightWrite = (entry: UnsavedEntry, stored: StoredWrite) =>
  entry.inFlight &&
  typeof entry.inFlightWriteId === 'string' &&
  stored.revision === entry.knownRevision + 1 &&
  stored.writeId === entry.inFlightWriteId;

/**
 * True when the journaled draft continues the stored record: the record is still the write the
 * entry was based on, or the write then in flight landed. A later revision with another identity
 * is another tab's save or a restore, never taken for this tab's write.
 */
export function continuesStored(entry: UnsavedEntry, stored: StoredWrite): boolean {
  return isBaseWrite(entry, stored) || isInFlightWrite(entry, stored);
}

/**
 * The draft the entry journals, given the stored record, and whether it continues that record;
 * null when it cannot be known (changes journaled against a write another write replaced) or
 * does not make a valid draft.
 */
export function journaledDraft(
  entry: UnsavedEntry,
  stored: Pick<StoredReport, 'revision' | 'writeId' | 'draft'> | undefined,
): { draft: ReportDraft; continues: boolean } | null {
  const continues = stored !== undefined && continuesStored(entry, stored);
  if (entry.draft) return { draft: entry.draft, continues };
  if (!entry.patch || !stored || !continues) return null;
  const ops = isBaseWrite(entry, stored) ? entry.patch.fromBase : entry.patch.fromInFlight;
  if (!ops) return null;
  try {
    const parsed = reportDraftSchema.safeParse(applyPatch(stored.draft, ops));
    return parsed.success && parsed.data.id === entry.id ? { draft: parsed.data, continues } : null;
  } catch {
    return null; // the patch does not fit (PatchMismatchError)
  }
}

/** When the record says all of the entry is committed (ms since the epoch); null: it does not. */
function settledAt(raw: unknown, entry: Pick<UnsavedEntry, 'tag'>): number | null {
  const done = settledSchema.safeParse(raw);
  return done.success && done.data.of === entry.tag ? Date.parse(done.data.at) || 0 : null;
}

/** The entry at `key` is settled (see SETTLED_KEPT_MS) since that time; null: it is not. */
function entrySettledAt(storage: Storage, key: string): number | null {
  try {
    const entry = entrySchema.safeParse(JSON.parse(storage.getItem(key) ?? ''));
    if (!entry.success || entry.data.tag === undefined) return null;
    return settledAt(JSON.parse(storage.getItem(NEXT + key.slice(PREFIX.length)) ?? 'null'), entry.data);
  } catch {
    return null;
  }
}

function readEntry(storage: Storage, key: string): UnsavedEntry | null {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(storage.getItem(key) ?? ''));
    const slot = key.slice(PREFIX.length);
    const ok = parsed.success && key.startsWith(PREFIX) && slotOf(slot, parsed.data.id);
    // exactly one of the whole draft and a patch
    if (!ok || (parsed.data.draft === undefined) === (parsed.data.patch === undefined)) return null;
    return withLaterChanges(storage, parsed.data, slot);
  } catch {
    return null;
  }
}

/**
 * The entry with the changes journaled since its whole draft, when the record beside it names it;
 * the entry alone otherwise (no record, or one of another draft: the entry is then the newest);
 * null when the record says all of it is committed.
 */
function withLaterChanges(storage: Storage, entry: UnsavedEntry, slot: string): UnsavedEntry | null {
  if (entry.tag === undefined || entry.draft === undefined) return entry;
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(NEXT + slot) ?? 'null');
  } catch {
    return entry;
  }
  if (settledAt(raw, entry) !== null) return null;
  const next = nextSchema.safeParse(raw);
  if (!next.success || next.data.of !== entry.tag) return entry;
  try {
    const draft = reportDraftSchema.safeParse(applyPatch(entry.draft, next.data.ops));
    if (!draft.success || draft.data.id !== entry.id) return entry;
    const { of: _of, ops: _ops, ...head } = next.data;
    return { ...entry, ...head, draft: draft.data };
  } catch {
    return entry; // the changes do not fit the draft (PatchMismatchError)
  }
}

const sameDraft = (a: ReportDraft, b: ReportDraft) => JSON.stringify(a) === JSON.stringify(b);

async function recoverOne(repo: ReportRepository, entry: UnsavedEntry): Promise<Recovery | null> {
  const { id } = entry;
  const counts = { errorCount: entry.errorCount, warningCount: entry.warningCount };
  const stored = await repo.get(id);
  const resolved = journaledDraft(entry, stored);
  if (!resolved) {
    const agencyName = stored?.draft.meta.agencyName ?? '';
    return { id, agencyName, outcome: 'dropped' };
  }
  const { draft } = resolved;
  const agencyName = draft.meta.agencyName;
  if (!stored) {
    // The journal's counts are those of the checks shown when it was written — a keystroke behind,
    // or by the checks of an older release: shown until the start-up refresh counts again.
    await repo.create(draft, { counts, countsStale: true });
    return { id, agencyName, outcome: 'recreated' };
  }
  if (sameDraft(stored.draft, draft)) return null; // the pending write landed after all
  if (resolved.continues) {
    try {
      await repo.saveDraft(id, draft, stampOf(stored), counts, { countsStale: true });
      return { id, agencyName, outcome: 'saved' };
    } catch (e) {
      const kind = classifyStorageError(e).kind;
      if (kind !== 'stale' && kind !== 'locked') throw e;
    }
  }
  // Another page saved since (two tabs typing in turn, one closed with its edit unwritten): where
  // the two changed different fields, this page's changes go over that write field by field (a
  // field still as this edit began from it takes this edit's value); a field both changed
  // differently makes the copy, named in the notice.
  const base = stored.deletedAt ? null : baseOf(entry, draft);
  const merge = base && mergeDrafts(base, draft, stored.draft);
  if (merge?.ok) {
    try {
      await repo.saveDraft(id, merge.draft, stampOf(stored), counts, { countsStale: true });
      return { id, agencyName, outcome: 'merged' };
    } catch (e) {
      const kind = classifyStorageError(e).kind;
      if (kind !== 'stale' && kind !== 'locked') throw e;
    }
  }
  const copy = await repo.duplicate(id, { draft });
  const conflicts = merge && !merge.ok ? { conflicts: merge.conflicts } : {};
  return { id: copy.id, agencyName: copy.agencyName, outcome: 'copied', ...conflicts };
}

/** The content the journaled edit began from (the write knownRevision), when the entry says it. */
function baseOf(entry: UnsavedEntry, draft: ReportDraft): ReportDraft | null {
  if (!entry.baseOps) return null;
  try {
    const parsed = reportDraftSchema.safeParse(applyPatch(draft, entry.baseOps));
    return parsed.success && parsed.data.id === entry.id ? parsed.data : null;
  } catch {
    return null; // does not fit (PatchMismatchError): nothing is merged
  }
}

/** Whether the editor of a journal slot is open in some page (ui/editor/journal-lock.ts). */
export type SlotState = 'open' | 'closed' | 'unknown';

/**
 * Writes every journaled draft to IndexedDB (see the top of this file) and removes its entry once
 * written. An entry whose write fails stays for the next start. An entry whose editor is still open
 * in another tab is left to it: that page holds the edit and writes it (or journals it again).
 */
export async function recoverUnsaved(
  repo: ReportRepository,
  storage: Storage,
  slotState: (slot: string) => SlotState = () => 'unknown',
): Promise<Recovery[]> {
  const done: Recovery[] = [];
  // The newest first: of two tabs' edits of one report, the one typed last is written over it and
  // the other kept as a copy.
  const entries = journaledKeys(storage)
    .map((key) => ({ key, entry: readEntry(storage, key) }))
    .sort((x, y) => (y.entry?.at ?? '').localeCompare(x.entry?.at ?? ''));
  for (const { key, entry } of entries) {
    const state = slotState(key.slice(PREFIX.length));
    if (state === 'open') continue;
    const settled = entry ? null : entrySettledAt(storage, key);
    // all committed, and its editor may still be open in another tab: left to it for a day
    if (settled !== null && state === 'unknown' && Date.now() - settled < SETTLED_KEPT_MS) continue;
    if (!entry) {
      storage.removeItem(key);
      storage.removeItem(NEXT + key.slice(PREFIX.length));
      continue;
    }
    try {
      const recovered = await recoverOne(repo, entry);
      if (recovered) done.push(recovered);
      clearSlot(storage, key.slice(PREFIX.length));
    } catch {
      // kept for the next start (a full disk, a blocked database)
    }
  }
  return done;
}
