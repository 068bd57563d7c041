// Autosave: write-through with coalescing. Every change is written AT ONCE unless a write is
// already in flight; then only the newest value waits and is written when that write ends. So at
// most one write is in flight, a keystroke reaches IndexedDB within one write's duration, and
// bursts of typing cost no more writes than the disk can take. (A timed debounce, as Excalidraw
// uses, would leave the last ~300 ms of typing only in memory when the tab is killed.)
//
// An edit is never dropped: a failed value stays in memory until a later write succeeds, errors
// are retried with backoff, and on a revision conflict writing stops (the newer save in another
// tab must not be overwritten) while the edit stays pending until the UI decides.
// Framework-free: the UI subscribes through onState.
import {
  type AnyStorageError,
  classifyStorageError,
  type StorageErrorKind,
  storageErrorMessage,
} from './storage-errors';
import type { Stamp, WriteResult } from './stored-report';
import { newWriteId } from './write-identity';

/** What autosave needs from a committed write: the stamp (revision + write identity) it made. */
type Committed = Pick<WriteResult, 'revision' | 'writeId' | 'updatedAt'>;

export type AutosaveState =
  | { kind: 'idle' }
  /** an edit not yet written and no write tried (e.g. a journaled edit the editor opened with) */
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: StorageErrorKind; message: string }
  | { kind: 'conflict'; expected: number; actual: number };

export type AutosaveOptions<T> = {
  /**
   * Writes `value` if the stored record is still the write `base` stamps (e.g. repository.saveDraft).
   * A stamp, not a bare revision: a restore can put other content at the same revision number.
   * `writeId` is the identity the write must carry: chosen here, so that the crash journal can
   * tell this write, should it land unheard, from anyone else's at the same revision.
   */
  write: (value: T, base: Stamp, writeId: string) => Promise<Committed>;
  /** The stored write the editor's content comes from. */
  initial: Stamp;
  /** That write's content, if known (the crash journal then records changes against it). */
  initialValue?: T;
  onState: (state: AutosaveState) => void;
  /** Waits before the 1st, 2nd, … retry; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /**
   * Called synchronously whenever what is not yet committed changes: on every change, when a
   * write starts, succeeds or fails, and with null once everything is committed (or given up by
   * adoptStored). For the crash journal (unsaved-journal.ts), which must never lag behind a
   * keystroke: IndexedDB cannot be waited for when the browser dies, localStorage.setItem can.
   */
  onUnsaved?: (unsaved: Unsaved<T> | null) => void;
  /**
   * When a change's write starts: `run` at once by default. The editor passes "after the next
   * paint, behind what is queued then" (ui/editor/after-paint.ts): the keystroke's frame then carries no IndexedDB work, and
   * the keys typed within one frame cost one write. Nothing waits longer than that: onUnsaved has
   * journaled the change synchronously already, and flush (pagehide, hidden, Ctrl+S, leaving the
   * field) writes at once.
   */
  schedule?: (run: () => void) => void;
};

/** The newest value not yet committed, and what it is based on. */
export type Unsaved<T> = {
  value: T;
  /** the stored write it is based on */
  base: Stamp;
  /** a write based on `base` is in flight: the next revision may already be ours */
  inFlight: boolean;
  /** the identity of the autosave write in flight (null: none, or another write of unknown identity) */
  inFlightWriteId: string | null;
  /** the value of that write */
  inFlightValue: T | null;
  /**
   * The content of `base`, when known for sure (null after another kind of write, or in a
   * conflict: the stored record is then someone else's).
   */
  committed: T | null;
  /**
   * The content of `base` when known, also in a conflict (`committed` is not then): what this
   * page's edit began from, for a three-way merge with another page's write (unsaved-journal.ts).
   */
  baseValue?: T | null;
};

export type Autosave<T> = {
  /** Records the newest value; writes it now, or right after the write in flight. */
  change(value: T): void;
  /** Resolves when everything changed so far is committed, or when a write failed (see state). Retries at once if waiting. */
  flush(): Promise<void>;
  /** True while a value is not yet committed (for beforeunload / pagehide). */
  hasPending(): boolean;
  /** True while a write (or exclusive op) is in flight: it may commit revision() + 1. */
  writing(): boolean;
  /** The revision the next write is based on. */
  revision(): number;
  /** The stored write (revision and write identity) the next write is based on. */
  stamp(): Stamp;
  /**
   * The content of that stored write, when known (after this autosave's own write, or adopted with
   * its value); null after another kind of write. Kept in a conflict: it is what both pages began
   * from (ui/editor/use-other-tab-saves.ts merges against it).
   */
  baseValue(): T | null;
  /**
   * The UI adopted the stored write `stamp` (e.g. 「载入较新的版本」 after a conflict): its content IS
   * that write now, so a value still pending (the old content) is discarded, and writing resumes.
   * To keep "mine", copy it first (repository.duplicate with the draft).
   */
  adoptStored(stamp: Stamp, value?: T): void;
  /**
   * Runs another write of the same report (review transition, previous-year link, …) in the
   * autosave queue: after pending changes are committed, with no autosave write in flight, based
   * on the current revision, and adopting the revision it returns. Without this, such a write
   * would make the next autosave look like a conflict. Rejects if pending changes cannot be saved.
   */
  exclusive<R extends Committed>(op: (base: Stamp) => Promise<R>): Promise<R>;
  /** Stops retrying and reporting; makes one last attempt to write what is pending. */
  dispose(): Promise<void>;
};

/** 1 s, 2 s, 5 s, 10 s, then every 10 s. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000];

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const delays = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
  let base: Stamp = { ...options.initial };
  /** the newest value not yet handed to a write */
  let pending: { value: T } | null = null;
  /** the write (or exclusive op) in flight; settles to true on success, never rejects */
  let current: Promise<boolean> | null = null;
  /** the value of the autosave write in flight (null for an exclusive op) and its identity */
  let inFlightValue: { value: T; writeId: string } | null = null;
  /** the content of `base`, when known */
  let committed: { value: T } | null =
    options.initialValue === undefined ? null : { value: options.initialValue };
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let lastError: AnyStorageError | null = null;
  let lastSavedAt: string | null = null;
  /** conflict: until the UI resolves it; fatal: retrying cannot help (locked, deleted) */
  let halted: 'conflict' | 'fatal' | null = null;
  let disposed = false;
  /** bumped by adoptStored: results of writes started before are stale and ignored */
  let generation = 0;

  const schedule = options.schedule;
  /** a scheduled write start is on its way */
  let scheduled = false;

  let lastKind: AutosaveState['kind'] | null = null;
  const emit = (state: AutosaveState) => {
    if (disposed) return;
    // 'saving' carries nothing: saying it twice in a row would only re-render the indicator
    if (state.kind === 'saving' && lastKind === 'saving') return;
    lastKind = state.kind;
    options.onState(state);
  };

  function reportUnsaved() {
    if (!options.onUnsaved) return;
    const newest = pending ?? inFlightValue;
    options.onUnsaved(
      newest === null
        ? null
        : {
            value: newest.value,
            base: { ...base },
            inFlight: current !== null,
            inFlightWriteId: inFlightValue?.writeId ?? null,
            inFlightValue: inFlightValue?.value ?? null,
            committed: halted === 'conflict' ? null : (committed?.value ?? null),
            baseValue: committed?.value ?? null,
          },
    );
  }

  /** `value`: what the write stored, when it was autosave's own (an exclusive op's is unknown here). */
  function onSuccess(result: Committed, gen: number, value: { value: T } | null) {
    if (gen !== generation) return;
    base = { revision: result.revision, writeId: result.writeId };
    committed = value;
    failures = 0;
    lastError = null;
    lastSavedAt = result.updatedAt;
    if (pending === null) emit({ kind: 'saved', at: result.updatedAt });
  }

  function onFailure(value: T | null, e: unknown, gen: number) {
    if (gen !== generation) return;
    // A newer change supersedes the failed value (each value is the whole document).
    if (value !== null && pending === null) pending = { value };
    const err = classifyStorageError(e);
    lastError = err;
    if (err.kind === 'stale') {
      halted = 'conflict';
      emit({ kind: 'conflict', expected: err.expected, actual: err.actual });
      return;
    }
    emit({ kind: 'error', error: err.kind, message: storageErrorMessage(err, 'autosave') });
    if (err.kind === 'locked' || err.kind === 'not-found') {
      halted = 'fatal';
      return;
    }
    if (disposed) return;
    const delay = delays[Math.min(failures, delays.length - 1)] ?? 10_000;
    failures++;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      pump();
      reportUnsaved();
    }, delay);
  }

  function pump() {
    if (current !== null || pending === null || halted !== null || retryTimer !== null) return;
    const { value } = pending;
    const writeId = newWriteId();
    inFlightValue = { value, writeId };
    pending = null;
    const from = base;
    const gen = generation;
    emit({ kind: 'saving' });
    // Promise.resolve().then: even a write that throws synchronously settles asynchronously,
    // after `current` is assigned.
    current = Promise.resolve()
      .then(() => options.write(value, from, writeId))
      .then(
        (result) => {
          onSuccess(result, gen, { value });
          return true;
        },
        (e: unknown) => {
          onFailure(value, e, gen);
          return false;
        },
      )
      .then((ok) => {
        current = null;
        inFlightValue = null;
        if (ok) kick();
        else pump();
        reportUnsaved();
        return ok;
      });
  }

  /** Starts the write of what is pending when the scheduler says so (at once, or after the frame). */
  function kick() {
    if (schedule === undefined) return pump();
    // Never 已保存 while a change waits for its write: 保存中 from the keystroke on (unless a
    // failure or conflict is shown, which pump would not write through either).
    if (pending !== null && halted === null && retryTimer === null) emit({ kind: 'saving' });
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      const before = current;
      pump();
      // the write started: journal that it is in flight (and with which identity)
      if (current !== before) reportUnsaved();
    });
  }

  async function flush(): Promise<void> {
    if (retryTimer !== null) {
      clearTimeout(retryTimer);
      retryTimer = null;
    }
    const before = current;
    pump();
    if (current !== before) reportUnsaved();
    while (current !== null) {
      if (!(await current)) return;
      pump();
    }
  }

  async function exclusive<R extends Committed>(op: (base: Stamp) => Promise<R>): Promise<R> {
    for (;;) {
      await flush();
      if (halted !== null || (pending !== null && lastError !== null)) {
        throw lastError ?? new Error('autosave halted');
      }
      if (current === null && pending === null) break;
    }
    const from = base;
    const gen = generation;
    emit({ kind: 'saving' });
    const outcome = Promise.resolve()
      .then(() => op(from))
      .then(
        (result) => {
          onSuccess(result, gen, null);
          return { ok: true as const, result };
        },
        (error: unknown) => {
          if (classifyStorageError(error).kind === 'stale') onFailure(null, error, gen);
          // Any other failure is the caller's to report; autosave's own state is unchanged —
          // unless the clerk typed meanwhile: that edit is not written yet, and pump (below) writes
          // it, so this is not the moment to say 已保存.
          else if (pending === null)
            emit(lastSavedAt === null ? { kind: 'idle' } : { kind: 'saved', at: lastSavedAt });
          return { ok: false as const, error };
        },
      );
    current = outcome.then((o) => {
      current = null;
      pump();
      reportUnsaved();
      return o.ok;
    });
    const o = await outcome;
    if (!o.ok) throw o.error;
    return o.result;
  }

  return {
    change(value) {
      pending = { value };
      kick();
      // Synchronously, whether or not the write started: with a scheduled start, the journal is
      // all that holds this change until then.
      reportUnsaved();
    },
    flush,
    hasPending: () => pending !== null || current !== null,
    writing: () => current !== null,
    revision: () => base.revision,
    stamp: () => ({ ...base }),
    baseValue: () => committed?.value ?? null,
    adoptStored(stamp, value) {
      generation++;
      base = { ...stamp };
      committed = value === undefined ? null : { value };
      pending = null;
      inFlightValue = null;
      halted = null;
      failures = 0;
      lastError = null;
      if (retryTimer !== null) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      reportUnsaved();
      emit({ kind: 'idle' });
    },
    exclusive,
    dispose() {
      disposed = true;
      return flush();
    },
  };
}
