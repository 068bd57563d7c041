// The live state of the open report outside React: the current draft, its checked report and its
// check results. Components subscribe with a selector (use-draft-selector.ts) so a keystroke
// re-renders only the cells, totals and summaries whose selected value changed — not the 144
// inputs of the matrix.
//
// A keystroke is split in two (issue 17 §3, slow PCs): the draft → report conversion (the cell,
// its totals and the balance row) is done at once; the check run — and what only shows its
// results: flags, check counts, the list under the balance row — is done right after the frame
// that shows the keystroke, as soon as nothing more urgent waits (the next key, the autosave's
// write), once for all the keys typed until then, never dropped (after-paint.ts: a timeout bounds
// the wait, a timer runs it when no frame comes). Until then `shown` is the last checked state.
// Whoever needs the checks of the current draft (export, submit, print, the 「校验与导出」 step, the
// autosave) reads `checks`: it runs them at once when they are not run yet.
import { type CheckContext, checksInContext } from '../../domain/checks/check-context';
import { DEFAULT_REQUIRED_OTHER_MATTERS } from '../../domain/checks/rules/narrative-empty';
import type { CheckResult, CheckRun } from '../../domain/checks/types';
import { draftToReportReusing } from '../../domain/report/draft-convert';
import type { Report, ReportDraft } from '../../domain/report/report-schema';
import { idleAfterNextPaint } from './after-paint';

/** A draft checked: the draft, its report, its check run and the failing results by the keys they point at. */
export type Checked = {
  draft: ReportDraft;
  report: Report;
  checks: CheckRun;
  /** failing (not accepted) results by the cells and narrative fields they point at */
  flags: Map<string, CheckResult[]>;
};

export type DraftSnapshot = Checked & {
  draft: ReportDraft;
  /**
   * What the screen shows of the checks: this snapshot itself once its checks have run (right
   * after the frame that showed the change), until then the last snapshot that was checked.
   */
  shown: Checked;
};

export type { CheckContext };

/** Until the settings are read: no previous year, the default required items of part 六. */
export const INITIAL_CHECK_CONTEXT: Omit<CheckContext, 'accepted'> = {
  previous: null,
  requiredOtherMatters: DEFAULT_REQUIRED_OTHER_MATTERS,
};

export type DraftStore = {
  get(): DraftSnapshot;
  set(draft: ReportDraft): void;
  setContext(ctx: Partial<CheckContext>): void;
  /** Every change: the draft, and the checks shown. */
  subscribe(cb: () => void): () => void;
  /** Changes of the draft (and so of its report): a keystroke, a paste, another tab's version. */
  subscribeDraft(cb: () => void): () => void;
  /** Changes of `shown`: a check run shown (right after a keystroke's frame), a new check context. */
  subscribeShown(cb: () => void): () => void;
  /** Changes of one table cell's raw text (its id, SPEC §8): a keystroke tells that cell alone. */
  subscribeCell(cellId: string, cb: () => void): () => void;
  /**
   * Changes of one number of the report (its cell id): a total is told only when it changes, not
   * at every keystroke — a digit typed in the matrix tells its row's 总计, its column's （七）总计
   * and the grand total, not the ~30 other totals of the step (issue 17 §3).
   */
  subscribeReportCell(cellId: string, cb: () => void): () => void;
};

function checkRun(draft: ReportDraft, report: Report, ctx: CheckContext): CheckRun {
  return checksInContext(draft, report, ctx, new Date());
}

function flagsOf(checks: CheckRun): Map<string, CheckResult[]> {
  const flags = new Map<string, CheckResult[]>();
  for (const r of checks.results) {
    if (r.status !== 'failed') continue;
    for (const key of [...r.cells, ...r.fields]) {
      const list = flags.get(key);
      if (list) list.push(r);
      else flags.set(key, [r]);
    }
  }
  return flags;
}

/**
 * A snapshot whose checks run when first read (`checks`, `flags`), at most once. Its report takes
 * the parts of the draft that did not change from the one before (draftToReportReusing): a
 * keystroke in the matrix converts the matrix alone.
 */
function snapshotOf(
  draft: ReportDraft,
  ctx: CheckContext,
  shown: Checked | null,
  before: DraftSnapshot | null,
): DraftSnapshot {
  const report = draftToReportReusing(draft, before);
  let run: { checks: CheckRun; flags: Map<string, CheckResult[]> } | null = null;
  const checked = () => {
    if (!run) {
      const checks = checkRun(draft, report, ctx);
      run = { checks, flags: flagsOf(checks) };
    }
    return run;
  };
  const snap: DraftSnapshot = {
    draft,
    report,
    get checks() {
      return checked().checks;
    },
    get flags() {
      return checked().flags;
    },
    shown: shown as Checked,
  };
  if (shown === null) {
    checked();
    snap.shown = snap;
  }
  return snap;
}

/** The tables of a draft whose cells have ids (SPEC §8 `part.row.column`). */
const GRID_PARTS = ['proactive', 'applications', 'appeals'] as const;
type Grid = Record<string, Record<string, string> | undefined>;

/** Ids of the table cells whose raw text differs between two drafts (rows or cells on one side only included). */
function changedCells(a: ReportDraft, b: ReportDraft, out: (cellId: string) => void): void {
  for (const part of GRID_PARTS) {
    const ga = a[part] as unknown as Grid;
    const gb = b[part] as unknown as Grid;
    if (ga === gb) continue;
    for (const row of new Set([...Object.keys(ga), ...Object.keys(gb)])) {
      const ra = ga[row];
      const rb = gb[row];
      if (ra === rb) continue;
      for (const column of new Set([...Object.keys(ra ?? {}), ...Object.keys(rb ?? {})]))
        if ((ra?.[column] ?? '') !== (rb?.[column] ?? '')) out(`${part}.${row}.${column}`);
    }
  }
}

type NumberGrid = Record<string, Record<string, unknown> | undefined>;

/**
 * Ids of the table numbers that differ between two reports (parts shared by both are skipped). A
 * report's tables have one shape (draft-convert.ts), so the rows and columns of `b` are all there
 * is to compare; a row only one side has is all changed.
 */
function changedReportCells(a: Report, b: Report, out: (cellId: string) => void): void {
  for (const part of GRID_PARTS) {
    const ga = a[part] as unknown as NumberGrid;
    const gb = b[part] as unknown as NumberGrid;
    if (ga === gb) continue;
    const rows = Object.keys(gb);
    for (const row of Object.keys(ga)) if (!(row in gb)) rows.push(row);
    for (const row of rows) {
      const ra = ga[row] ?? {};
      const rb = gb[row] ?? {};
      if (ra === rb) continue;
      for (const column in rb)
        if (!Object.is(ra[column] ?? null, rb[column] ?? null)) out(`${part}.${row}.${column}`);
      for (const column in ra)
        if (!(column in rb) && (ra[column] ?? null) !== null) out(`${part}.${row}.${column}`);
    }
  }
}

/** Per cell id, the listeners of that cell; `emit` calls those of the ids a diff reports. */
function cellListenerIndex() {
  const listeners = new Map<string, Set<() => void>>();
  return {
    emit(diff: (out: (cellId: string) => void) => void) {
      if (listeners.size === 0) return;
      const changed: (() => void)[] = [];
      diff((id) => {
        for (const l of listeners.get(id) ?? []) changed.push(l);
      });
      for (const l of changed) l();
    },
    subscribe(cellId: string, cb: () => void) {
      const set = listeners.get(cellId) ?? new Set<() => void>();
      listeners.set(cellId, set);
      set.add(cb);
      return () => {
        set.delete(cb);
        if (set.size === 0) listeners.delete(cellId);
      };
    },
  };
}

/** The same draft, checked, shown: a new object, so every selector looks again. */
function settled(s: DraftSnapshot): DraftSnapshot {
  const { checks, flags } = s;
  const snap: DraftSnapshot = { draft: s.draft, report: s.report, checks, flags, shown: s.shown };
  snap.shown = snap;
  return snap;
}

export function createDraftStore(initial: ReportDraft, context: CheckContext): DraftStore {
  let ctx = context;
  let snap = snapshotOf(initial, ctx, null, null);
  let waiting = false;
  // A view subscribes to what it shows: at a keystroke the ~170 flag selectors of the matrix do not
  // run, and right after its frame the ~300 value selectors do not (issue 17 §3).
  const draftListeners = new Set<() => void>();
  const shownListeners = new Set<() => void>();
  const cells = cellListenerIndex();
  const reportCells = cellListenerIndex();
  const emit = (...sets: Set<() => void>[]) => {
    const called = new Set<() => void>();
    for (const set of sets)
      for (const l of set) {
        if (called.has(l)) continue;
        called.add(l);
        l();
      }
  };
  const settle = () => {
    waiting = false;
    if (snap.shown === snap) return;
    snap = settled(snap);
    emit(shownListeners);
  };
  return {
    get: () => snap,
    set(draft) {
      const before = snap;
      snap = snapshotOf(draft, ctx, snap.shown, snap);
      emit(draftListeners);
      cells.emit((out) => changedCells(before.draft, draft, out));
      reportCells.emit((out) => changedReportCells(before.report, snap.report, out));
      if (!waiting) {
        waiting = true;
        idleAfterNextPaint(() => {
          if (waiting) settle();
        });
      }
    },
    setContext(partial) {
      ctx = { ...ctx, ...partial };
      waiting = false;
      snap = snapshotOf(snap.draft, ctx, null, snap);
      emit(draftListeners, shownListeners);
    },
    subscribe(cb) {
      draftListeners.add(cb);
      shownListeners.add(cb);
      return () => {
        draftListeners.delete(cb);
        shownListeners.delete(cb);
      };
    },
    subscribeDraft(cb) {
      draftListeners.add(cb);
      return () => draftListeners.delete(cb);
    },
    subscribeShown(cb) {
      shownListeners.add(cb);
      return () => shownListeners.delete(cb);
    },
    subscribeCell: cells.subscribe,
    subscribeReportCell: reportCells.subscribe,
  };
}
