import { CHECK_CATALOG, familyOf } from '../../domain/checks/catalog';
import { cellLabel, narrativeLabel, parseCellId, parseNarrativeId } from '../../domain/report/cell-address';
import { META_LABELS, PART_TITLES, type PartKey } from '../../domain/report/labels';
import type { CommentAnchor } from '../../domain/report/review-schema';
import { explainedCheck } from '../../domain/review/comments';

/**
 * Where a comment points that this version does not know: a hand-made or older file's cell or item.
 * The comment is kept as it came; it is listed under its part when the part is known.
 */
export const UNKNOWN_PLACE = '未知位置';

type Step = PartKey | 'meta';
const stepOf = (target: string): Step | null => {
  const first = target.split('.')[0] ?? '';
  return first === 'meta' || Object.hasOwn(PART_TITLES, first) ? (first as Step) : null;
};
const stepTitle = (step: Step) => (step === 'meta' ? '报告信息' : PART_TITLES[step]);
const unknownIn = (target: string) => {
  const step = stepOf(target);
  return step ? `${stepTitle(step)}：${UNKNOWN_PLACE}` : UNKNOWN_PLACE;
};

/** What a comment is attached to, in words a clerk recognises. */
export function anchorLabel(anchor: CommentAnchor): string {
  if (anchor.kind === 'cell') {
    const cell = parseCellId(anchor.target);
    return cell ? `${PART_TITLES[cell.part]}：${cellLabel(cell)}` : unknownIn(anchor.target);
  }
  const checkId = explainedCheck(anchor);
  if (checkId !== null) {
    const family = familyOf(checkId);
    return `校验说明：${family ? CHECK_CATALOG[family].title : checkId}`;
  }
  if (anchor.kind === 'field') {
    const n = parseNarrativeId(anchor.target);
    if (n) return `${PART_TITLES[n.part]}：${narrativeLabel(n)}`;
    const meta = /^meta\.([^.]+)$/.exec(anchor.target)?.[1];
    if (meta !== undefined && Object.hasOwn(META_LABELS, meta))
      return `报告信息：${META_LABELS[meta as keyof typeof META_LABELS]}`;
    return unknownIn(anchor.target);
  }
  const step = anchor.target.includes('.') ? null : stepOf(anchor.target);
  return step ? stepTitle(step) : UNKNOWN_PLACE;
}

/** A place in the draft named by its path (「applications.granted.natural」, 「explanations.<check>」). */
export function draftPathLabel(path: string): string {
  return anchorLabel({ kind: parseCellId(path) ? 'cell' : 'field', target: path });
}

/** The wizard step and focus target of an anchor (for 「跳转」). */
export function anchorStep(anchor: CommentAnchor): { step: string; focus: string | undefined } {
  // the 说明 is shown with its check on 「校验与导出」 (data-anchor on it takes the focus)
  if (explainedCheck(anchor) !== null) return { step: 'checks', focus: anchor.target };
  const step = stepOf(anchor.target);
  // A place this version does not know: its part's step (or 报告信息), nothing to focus there.
  if (step === null) return { step: 'meta', focus: undefined };
  if (anchor.kind === 'part') return { step, focus: undefined };
  const known =
    anchor.kind === 'cell'
      ? parseCellId(anchor.target) !== null
      : parseNarrativeId(anchor.target) !== null || anchorLabel(anchor) !== unknownIn(anchor.target);
  return { step, focus: known ? anchor.target : undefined };
}
