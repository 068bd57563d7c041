import { useEffect, useRef, useState } from 'react';
import type { WizardStepKey } from '../../domain/report/labels';
import type { CommentAnchor } from '../../domain/report/review-schema';
import { explanationAnchor, openComments } from '../../domain/review/comments';
import { useLatestReview } from '../editor/editor-context';
import { AddCommentDialog, CommentsDialog } from './comments-dialog';

/** 「批注」 and 「审阅（N）」 in the editor header; remembers the cell or field focused last. */
export function CommentButtons({ step }: { step: WizardStepKey }) {
  const review = useLatestReview();
  const lastFocus = useRef<CommentAnchor | null>(null);
  const [adding, setAdding] = useState<CommentAnchor[] | null>(null);
  const [listing, setListing] = useState(false);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const el = e.target as HTMLElement | null;
      const cell = el?.getAttribute?.('data-cell');
      const field = el?.getAttribute?.('data-field');
      const explained = el?.closest?.('[data-explanation-of]')?.getAttribute('data-explanation-of');
      if (cell) lastFocus.current = { kind: 'cell', target: cell };
      else if (field) lastFocus.current = { kind: 'field', target: field };
      else if (explained) lastFocus.current = explanationAnchor(explained);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  // A new step shows other cells: forget the anchor of the previous one.
  const shownStep = useRef(step);
  if (shownStep.current !== step) {
    shownStep.current = step;
    lastFocus.current = null;
  }
  const open = openComments(review).length;
  const part: CommentAnchor = { kind: 'part', target: step === 'checks' ? 'meta' : step };
  return (
    <>
      <button
        type="button"
        // Keep the focused cell as the anchor: the button must not steal it before the click.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setAdding(lastFocus.current ? [lastFocus.current, part] : [part])}
      >
        批注
      </button>
      <button type="button" onClick={() => setListing(true)}>
        审阅{open > 0 ? `（${open}）` : ''}
      </button>
      {adding && <AddCommentDialog anchors={adding} onClose={() => setAdding(null)} />}
      {listing && <CommentsDialog onClose={() => setListing(false)} />}
    </>
  );
}
