import { createContext, useContext, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CheckResult } from '../../domain/checks/types';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Review } from '../../domain/report/review-schema';
import type { Stamp, StoredReport, WriteResult } from '../../storage/stored-report';
import type { ValueStore } from '../hooks/value-store';
import type { DraftStore } from './draft-store';
import type { UndoStack } from './undo-stack';

export type EditorContextValue = {
  id: string;
  form: UseFormReturn<ReportDraft>;
  store: DraftStore;
  undo: UndoStack;
  /** 已审定: every input read-only, nothing autosaved over it */
  locked: boolean;
  previous: StoredReport | null;
  /** accepts a warning with its 说明 (saved with the report, exported) */
  acceptWarning: (result: CheckResult, explanation: string) => Promise<void>;
  /** writes one raw cell text through the form (so autosave and checks see it) */
  setCell: (cellId: string, text: string) => void;
  /** writes many cells as one change (paste, 「空白填0」, undo) */
  setCells: (changes: readonly { cell: string; text: string }[]) => void;
  flush: () => Promise<void>;
  /** re-reads the stored report into the form (after a restore or 「载入较新的版本」) */
  reloadFromStorage: () => Promise<void>;
  /** runs another write of this report in the autosave queue (review transitions, links) */
  exclusive: <R extends WriteResult>(op: (base: Stamp) => Promise<R>) => Promise<R>;
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('EditorContext missing');
  return ctx;
}

/**
 * The stored record as last read (review, status, revision). It changes on every save, so the
 * context holds a store of it, the same for the whole session, and only the few views that show it
 * subscribe: a new context value at every save made React search the whole editor — every cell of
 * the grid — for its readers, ~1 ms a keystroke on a 4× slower PC (issue 17 §3).
 */
export const LatestContext = createContext<Pick<ValueStore<StoredReport>, 'get' | 'subscribe'> | null>(null);
export function useLatest(): StoredReport {
  const latest = useContext(LatestContext);
  if (!latest) throw new Error('LatestContext missing');
  return useSyncExternalStore(latest.subscribe, latest.get);
}

/** The stored review (status, comments, history): the same object across saves that leave it as it
 * was, so the 审核 bar and the comment counts do not re-render at every autosave (issue 17 §3). */
export const ReviewContext = createContext<Review | null>(null);
export function useLatestReview(): Review {
  const review = useContext(ReviewContext);
  if (!review) throw new Error('ReviewContext missing');
  return review;
}
