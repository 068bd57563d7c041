import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { openComments } from '../../domain/review/comments';
import { useLatestReview } from './editor-context';

/** Open comments by anchor target: each as 「批注（作者）：内容」, in the order they were written. */
type Targets = ReadonlyMap<string, readonly string[]>;
const CommentTargetsContext = createContext<Targets>(new Map());
const NONE: readonly string[] = [];

/** Open comments by anchor, recomputed only when the open comments change. */
export function CommentTargetsProvider({ children }: { children: ReactNode }) {
  const review = useLatestReview();
  const entries = new Map<string, string[]>();
  for (const c of openComments(review)) {
    const list = entries.get(c.anchor.target) ?? [];
    list.push(`批注（${c.author}）：${c.text}`);
    entries.set(c.anchor.target, list);
  }
  const key = JSON.stringify([...entries]);
  const map = useMemo(() => new Map<string, string[]>(JSON.parse(key) as [string, string[]][]), [key]);
  return <CommentTargetsContext.Provider value={map}>{children}</CommentTargetsContext.Provider>;
}

/** How many open comments are on a cell or field. */
export function useOpenComments(target: string): number {
  return useContext(CommentTargetsContext).get(target)?.length ?? 0;
}

/** Open comments by anchor target, for a view that follows the selection (the grid's status line). */
export function useCommentTargets(): Targets {
  return useContext(CommentTargetsContext);
}

/** The open comments on a cell or field, as text to show on it. */
export function useOpenCommentTexts(target: string): readonly string[] {
  return useContext(CommentTargetsContext).get(target) ?? NONE;
}
