import { useLiveQuery } from 'dexie-react-hooks';
import {
  createContext,
  memo,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { draftToReport } from '../../domain/report/draft-convert';
import type { ReviewStatus } from '../../domain/report/keys';
import { PRINT_BLANK_FORM, WIZARD_STEPS, type WizardStepKey } from '../../domain/report/labels';
import type { ReportDraft } from '../../domain/report/report-schema';
import { DEFAULT_BROWSER_USE, isContentLocked, originOf, type ReportOrigin } from '../../domain/review/roles';
import type { AutosaveState } from '../../storage/autosave';
import { storageErrorMessage } from '../../storage/storage-errors';
import type { StoredReport } from '../../storage/stored-report';
import { journaledDraft, readUnsavedSlot } from '../../storage/unsaved-journal';
import { StatusBadge } from '../components/review-status';
import { UserText } from '../components/user-text';
import { CommentTargetsProvider } from '../editor/comment-targets';
import {
  EditorContext,
  type EditorContextValue,
  LatestContext,
  ReviewContext,
} from '../editor/editor-context';
import { slotIsFree } from '../editor/journal-lock';
import { PreviousYearContext, type PreviousYearView } from '../editor/previous-year-view';
import { type SaveStates, useSaveStateOf } from '../editor/save-state-store';
import { structurallyEqual } from '../editor/structural-equal';
import { useRecoveryDone } from '../editor/unsaved-recovery';
import { useEditorSession } from '../editor/use-editor-session';
import { useGoneRecheck } from '../editor/use-gone-recheck';
import { useListCounts } from '../editor/use-list-counts';
import { useWorkedSteps, WorkedStepsContext } from '../editor/worked-steps';
import { useRepository } from '../hooks/use-repository';
import { useSettings } from '../hooks/use-settings';
import { createValueStore } from '../hooks/value-store';
import { CommentButtons } from '../review/comment-buttons';
import { ReviewBar } from '../review/review-bar';
import { BLANK_FORM_PATH, printPath } from '../router/router';
import { AppealsStep } from '../sections/appeals-step';
import { ApplicationsStep } from '../sections/applications-step';
import { ChecksStep } from '../sections/checks-step';
import { MetaStep } from '../sections/meta-step';
import { NarrativeStep } from '../sections/narrative-step';
import { ProactiveStep } from '../sections/proactive-step';
import { HistoryButton } from './history-dialog';
import { SaveIndicator } from './save-indicator';
import { StepNav } from './step-nav';
import { StepPager } from './step-pager';

export function ReportEditor({ id, step, focus }: { id: string; step: WizardStepKey; focus: string | null }) {
  const repo = useRepository();
  // Changes when the report is found gone under a live query that did not run (use-gone-recheck.ts).
  const recheck = useGoneRecheck(repo, id);
  const stored = useLiveQuery(async () => (await repo.get(id)) ?? null, [repo, id, recheck]);
  // The record the editor opened, and an edit journaled for it that the start-up recovery could not
  // write (read only after that recovery ran, so the two never write the same edit).
  const [opened, setOpened] = useState<{
    initial: StoredReport;
    journaled: ReportDraft | null;
    /** the slot of that edit, continued in place when the page that wrote it is gone */
    slot: string | null;
  } | null>(null);
  const recovered = useRecoveryDone(repo);
  const gone = stored === null || Boolean(stored?.deletedAt);
  // The draft the editor had when the report vanished under it (彻底删除 in another tab, a restore
  // without it, the browser's data cleared): this page then holds its only copy.
  const [orphan, setOrphan] = useState<StoredReport | null>(null);
  useEffect(() => {
    // Gone (deleted, or replaced by a restore without it): a copy that comes back later is opened
    // afresh, never with the content this page had before.
    if (gone) setOpened(null);
    else if (stored && recovered && !opened) {
      const found = readUnsavedSlot(window.localStorage, stored.id);
      const resolved = found && journaledDraft(found.entry, stored);
      if (!found || !resolved?.continues) {
        setOpened({ initial: stored, journaled: null, slot: null });
        return;
      }
      let current = true;
      void slotIsFree(found.slot).then((free) => {
        if (current)
          setOpened({ initial: stored, journaled: resolved.draft, slot: free ? found.slot : null });
      });
      return () => {
        current = false;
      };
    }
  }, [stored, gone, recovered, opened]);
  const initial = opened?.initial ?? null;
  if (stored === undefined) return <p className="muted">正在打开报告…</p>;
  if (stored === null && orphan) return <OrphanedReport last={orphan} onSaved={() => setOrphan(null)} />;
  if (stored === null || stored.deletedAt) {
    return (
      <div className="panel">
        <h1>找不到这份报告</h1>
        <p>它可能已被删除（可在回收站中恢复）。</p>
        <a href="#/">返回报告列表</a>
      </div>
    );
  }
  if (!initial) return null;
  return (
    <EditorSession
      initial={initial}
      journaled={opened?.journaled ?? null}
      journaledSlot={opened?.slot ?? null}
      latest={stored}
      step={step}
      focus={focus}
      onClosed={setOrphan}
    />
  );
}

/**
 * The open report is no longer stored at all (not in 回收站): the page still has what the clerk
 * saw and typed, and offers to store it again — never silently, never lost by the page going on.
 */
function OrphanedReport({ last, onSaved }: { last: StoredReport; onSaved: () => void }) {
  const repo = useRepository();
  const { draft } = last;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      // as it was: its kind, review (status, comments), origin and accepted warnings; counted afresh
      await repo.create(draft, {
        kind: last.kind,
        review: last.review,
        origin: last.origin,
        previousYearId: last.previousYearId,
        acceptedFingerprints: last.acceptedFingerprints,
      });
      onSaved();
    } catch (e) {
      setError(storageErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="panel" data-orphaned-report="">
      <h1>找不到这份报告</h1>
      <p>
        本机保存的数据中已没有「
        <UserText text={draft.meta.agencyName} />」{draft.meta.year}
        年的这份报告：可能已在其他窗口中「彻底删除」或被「恢复备份」替换，也可能浏览器数据已被清除。
        本页还保留着它在本页中的全部内容（包括刚才输入的），可以重新保存到本机。
      </p>
      <p>
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          用本页的内容重新保存这份报告
        </button>{' '}
        <a href="#/">返回报告列表（本页的内容将不再保留）</a>
      </p>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

function EditorSession({
  initial,
  journaled,
  journaledSlot,
  latest,
  step,
  focus,
  onClosed,
}: {
  initial: StoredReport;
  journaled: ReportDraft | null;
  journaledSlot: string | null;
  latest: StoredReport;
  step: WizardStepKey;
  focus: string | null;
  /** the record with the draft the editor had when it closed (kept by ReportEditor if the report is gone) */
  onClosed: (last: StoredReport) => void;
}) {
  const repo = useRepository();
  const settings = useSettings();
  // Who this report is to this computer, and so what may change it here (review/roles.ts).
  const origin = originOf(latest.origin, settings?.browserUse ?? DEFAULT_BROWSER_USE);
  const session = useEditorSession(
    initial,
    latest,
    isContentLocked(origin, latest.status),
    journaled,
    journaledSlot,
  );
  const previous = useLiveQuery(
    async () => (await repo.findPreviousYear(latest)) ?? null,
    [repo, latest.previousYearId, latest.agencyName, latest.year],
  );
  const { store } = session;
  // Whatever closes the editor, ReportEditor learns the draft it had; it keeps it only when the
  // report is gone from storage (OrphanedReport).
  const closed = useRef({ onClosed, latest });
  closed.current = { onClosed, latest };
  useEffect(
    () => () => {
      const { onClosed: tell, latest: record } = closed.current;
      tell({ ...record, draft: store.get().draft });
    },
    [store],
  );
  const worked = useWorkedSteps(initial.id, step);
  // Keyed on the previous report's revision: the live query hands a new object on every save,
  // and a new context value would re-render every cell of every grid.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the report changes only with its id or revision
  const previousReport = useMemo(
    () => (previous ? draftToReport(previous.draft) : null),
    [previous?.id, previous?.revision],
  );
  // The clerk's click shows at once; the setting follows in IndexedDB (remembered in this browser).
  const [showChosen, setShowChosen] = useState<boolean | null>(null);
  const showPreviousYear = showChosen ?? settings?.showPreviousYear ?? false;
  const previousYearView = useMemo<PreviousYearView>(
    () => ({
      report: previousReport,
      show: showPreviousYear,
      setShow: (show) => {
        setShowChosen(show);
        void repo.saveSettings({ showPreviousYear: show });
      },
    }),
    [previousReport, showPreviousYear, repo],
  );
  useEffect(() => {
    store.setContext({
      previous: previousReport,
      ...(settings ? { requiredOtherMatters: settings.requiredOtherMatters } : {}),
    });
  }, [previousReport, settings, store]);
  // After the context above: counts taken before it would lack the previous year.
  useListCounts(
    initial.id,
    latest,
    store,
    session.hasPending,
    previous !== undefined && settings !== undefined,
  );

  // Step change: snapshot a version; then focus the requested cell or field, if any.
  const lastStep = useRef(step);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step or target changes, not on every keystroke
  useEffect(() => {
    if (lastStep.current !== step) {
      lastStep.current = step;
      void session.snapshot('step');
    }
    const target = focus
      ? document.querySelector<HTMLElement>(
          `[data-cell="${CSS.escape(focus)}"], [data-field="${CSS.escape(focus)}"], [data-anchor="${CSS.escape(focus)}"]`,
        )
      : document.querySelector<HTMLElement>('main h2');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }, [step, focus]);

  // Memoised: a new context value would re-render every cell of every grid on each save.
  const ctx = useMemo<EditorContextValue>(
    () => ({
      id: initial.id,
      form: session.form,
      store,
      undo: session.undo,
      locked: session.locked,
      previous: previous ?? null,
      setCell: session.setCell,
      setCells: session.setCells,
      flush: session.flush,
      reloadFromStorage: session.reloadNewer,
      acceptWarning: session.acceptWarning,
      exclusive: session.exclusive,
    }),
    [
      initial.id,
      session.form,
      store,
      session.undo,
      session.locked,
      previous,
      session.setCell,
      session.setCells,
      session.flush,
      session.reloadNewer,
      session.acceptWarning,
      session.exclusive,
    ],
  );
  const stepLabel = WIZARD_STEPS.find((s) => s.key === step)?.label ?? '';
  const meta = latest.draft.meta;
  const review = useStableValue(latest.review);
  // The same store for the whole session; what shows the record subscribes (editor-context.tsx).
  const [latestStore] = useState(() => createValueStore(latest));
  useLayoutEffect(() => latestStore.set(latest), [latestStore, latest]);
  const saveState = useMemo<SaveStateValue>(
    () => ({
      states: session.saveStates,
      reloadNewer: session.reloadNewer,
      keepMineAsCopy: session.keepMineAsCopy,
    }),
    [session.saveStates, session.reloadNewer, session.keepMineAsCopy],
  );

  // Every save hands a new `latest`: only what shows it re-renders (the comment counts), never the
  // step with its grid, and no context value changes (React would search every cell for its
  // readers); the save state reaches the save indicator without rendering this (issue 17 §3).
  return (
    <EditorContext.Provider value={ctx}>
      <WorkedStepsContext.Provider value={worked}>
        <PreviousYearContext.Provider value={previousYearView}>
          <LatestContext.Provider value={latestStore}>
            <ReviewContext.Provider value={review}>
              <SaveStateContext.Provider value={saveState}>
                <EditorContent
                  id={initial.id}
                  agencyName={meta.agencyName}
                  year={meta.year}
                  status={latest.status}
                  origin={origin}
                  step={step}
                  stepLabel={stepLabel}
                />
              </SaveStateContext.Provider>
            </ReviewContext.Provider>
          </LatestContext.Provider>
        </PreviousYearContext.Provider>
      </WorkedStepsContext.Provider>
    </EditorContext.Provider>
  );
}

/** `value` while it equals the last one by content: every save reads the stored record afresh. */
function useStableValue<T>(value: T): T {
  const kept = useRef(value);
  if (!structurallyEqual(kept.current, value)) kept.current = value;
  return kept.current;
}

/** The same value for the whole session: the state itself is read from `states` by what shows it. */
type SaveStateValue = {
  states: SaveStates;
  reloadNewer: () => Promise<void>;
  keepMineAsCopy: () => Promise<void>;
};
const SaveStateContext = createContext<SaveStateValue | null>(null);

function useSaveState(): SaveStateValue {
  const value = useContext(SaveStateContext);
  if (!value) throw new Error('useSaveState outside the editor');
  return value;
}

const wholeState = (state: AutosaveState) => state;
const isConflict = (state: AutosaveState) => state.kind === 'conflict';

function CurrentSaveState() {
  return <SaveIndicator state={useSaveStateOf(useSaveState().states, wholeState)} />;
}

function ConflictBanner() {
  const { states, reloadNewer, keepMineAsCopy } = useSaveState();
  const conflict = useSaveStateOf(states, isConflict);
  if (!conflict) return null;
  return (
    <div className="banner error" role="alert">
      <p>这份报告已在另一个窗口（或标签页）中被修改并保存。为避免互相覆盖，本窗口的修改尚未保存。</p>
      <div className="row">
        <button type="button" onClick={() => void reloadNewer()}>
          载入较新的版本（放弃本窗口的修改）
        </button>
        <button type="button" onClick={() => void keepMineAsCopy()}>
          将本窗口的修改另存为副本
        </button>
      </div>
    </div>
  );
}

const EditorContent = memo(function EditorContent({
  id,
  agencyName,
  year,
  status,
  origin,
  step,
  stepLabel,
}: {
  id: string;
  agencyName: string;
  year: number | null;
  status: ReviewStatus;
  origin: ReportOrigin;
  step: WizardStepKey;
  stepLabel: string;
}) {
  return (
    <CommentTargetsProvider>
      <div className="editor-head">
        <h1>
          <UserText text={agencyName} fallback="（未填写机关名称）" /> {year ?? ''}年
        </h1>
        <StatusBadge status={status} />
        <CurrentSaveState />
        <span className="spacer" />
        <CommentButtons step={step} />
        <HistoryButton />
        <a href={printPath(id)}>打印预览</a>
        <a href={BLANK_FORM_PATH}>{PRINT_BLANK_FORM}</a>
      </div>
      <ConflictBanner />
      <ReviewBar origin={origin} />
      <div className="editor">
        <StepNav current={step} />
        <section aria-label={stepLabel} className="panel">
          {/* A locked report stays focusable (read-only, not disabled): the reviewer anchors
              批注 on the cell or field in focus. */}
          <StepView step={step} />
          <StepPager current={step} />
        </section>
      </div>
    </CommentTargetsProvider>
  );
});

function StepView({ step }: { step: WizardStepKey }) {
  switch (step) {
    case 'meta':
      return <MetaStep />;
    case 'overview':
    case 'problems':
    case 'otherMatters':
      return <NarrativeStep part={step} />;
    case 'proactive':
      return <ProactiveStep />;
    case 'applications':
      return <ApplicationsStep />;
    case 'appeals':
      return <AppealsStep />;
    case 'checks':
      return <ChecksStep />;
  }
}
