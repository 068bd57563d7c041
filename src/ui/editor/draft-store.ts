// The live state of the open report outside React: the current draft, its checked report and its
// check results, recomputed once per change (one draft → report conversion, one check run).
// Components subscribe with a selector (use-draft-selector.ts) so a keystroke re-renders only the
// cells, totals and summaries whose selected value changed — not the 144 inputs of the matrix.
import { DEFAULT_REQUIRED_OTHER_MATTERS } from '../../domain/checks/rules/narrative-empty';
import { runChecks } from '../../domain/checks/run-checks';
import type { CheckResult, CheckRun } from '../../domain/checks/types';
import { draftToReport } from '../../domain/report/draft-convert';
import type { OtherMattersKey } from '../../domain/report/keys';
import type { Report, ReportDraft } from '../../domain/report/report-schema';

export type DraftSnapshot = {
  draft: ReportDraft;
  report: Report;
  checks: CheckRun;
  /** failing (not accepted) results by the cells and narrative fields they point at */
  flags: Map<string, CheckResult[]>;
};

export type CheckContext = {
  previous: Report | null;
  requiredOtherMatters: readonly OtherMattersKey[];
  accepted: Record<string, string>;
};

/** Until the settings are read: no previous year, the default required items of part 六. */
export const INITIAL_CHECK_CONTEXT: Omit<CheckContext, 'accepted'> = {
  previous: null,
  requiredOtherMatters: DEFAULT_REQUIRED_OTHER_MATTERS,
};

export type DraftStore = {
  get(): DraftSnapshot;
  set(draft: ReportDraft): void;
  setContext(ctx: Partial<CheckContext>): void;
  subscribe(cb: () => void): () => void;
};

function snapshotOf(draft: ReportDraft, ctx: CheckContext): DraftSnapshot {
  const report = draftToReport(draft);
  const checks = runChecks({
    draft,
    report,
    previous: ctx.previous,
    settings: { requiredOtherMatters: ctx.requiredOtherMatters },
    today: new Date(),
    accepted: ctx.accepted,
  });
  const flags = new Map<string, CheckResult[]>();
  for (const r of checks.results) {
    if (r.status !== 'failed') continue;
    for (const key of [...r.cells, ...r.fields]) {
      const list = flags.get(key);
      if (list) list.push(r);
      else flags.set(key, [r]);
    }
  }
  return { draft, report, checks, flags };
}

export function createDraftStore(initial: ReportDraft, context: CheckContext): DraftStore {
  let ctx = context;
  let snap = snapshotOf(initial, ctx);
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    get: () => snap,
    set(draft) {
      snap = snapshotOf(draft, ctx);
      emit();
    },
    setContext(partial) {
      ctx = { ...ctx, ...partial };
      snap = snapshotOf(snap.draft, ctx);
      emit();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
