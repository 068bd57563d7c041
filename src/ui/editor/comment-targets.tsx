import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { openCommentTargets } from '../../domain/review/comments';
import { useLatest } from './editor-context';

const CommentTargetsContext = createContext<ReadonlyMap<string, number>>(new Map());

/** Open-comment counts by anchor, recomputed only when the set of open anchors changes. */
export function CommentTargetsProvider({ children }: { children: ReactNode }) {
  const latest = useLatest();
  const key = JSON.stringify([...openCommentTargets(latest.review)]);
  const map = useMemo(() => new Map<string, number>(JSON.parse(key) as [string, number][]), [key]);
  return <CommentTargetsContext.Provider value={map}>{children}</CommentTargetsContext.Provider>;
}

export function useOpenComments(target: string): number {
  return useContext(CommentTargetsContext).get(target) ?? 0;
}
