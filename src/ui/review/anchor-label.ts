import { CHECK_CATALOG, familyOf } from '../../domain/checks/catalog';
import { cellLabel, narrativeLabel, parseCellId, parseNarrativeId } from '../../domain/report/cell-address';
import { META_LABELS, PART_TITLES } from '../../domain/report/labels';
import type { CommentAnchor } from '../../domain/report/review-schema';
import { explainedCheck } from '../../domain/review/comments';

/** What a comment is attached to, in words a clerk recognises. */
export function anchorLabel(anchor: CommentAnchor): string {
  if (anchor.kind === 'cell') {
    const cell = parseCellId(anchor.target);
    return cell ? `${PART_TITLES[cell.part]}：${cellLabel(cell)}` : anchor.target;
  }
  const checkId = explainedCheck(anchor);
  if (checkId !== null) {
    const family = familyOf(checkId);
    return `校验说明：${family ? CHECK_CATALOG[family].title : checkId}`;
  }
  if (anchor.kind === 'field') {
    const n = parseNarrativeId(anchor.target);
    if (n) return `${PART_TITLES[n.part]}：${narrativeLabel(n)}`;
    const meta = anchor.target.replace(/^meta\./, '') as keyof typeof META_LABELS;
    return `报告信息：${META_LABELS[meta] ?? anchor.target}`;
  }
  return anchor.target === 'meta'
    ? '报告信息'
    : (PART_TITLES[anchor.target as keyof typeof PART_TITLES] ?? anchor.target);
}

/** The wizard step and focus target of an anchor (for 「跳转」). */
export function anchorStep(anchor: CommentAnchor): { step: string; focus: string | undefined } {
  // the 说明 is shown with its check on 「校验与导出」 (data-anchor on it takes the focus)
  if (explainedCheck(anchor) !== null) return { step: 'checks', focus: anchor.target };
  const part = anchor.target.split('.')[0] ?? 'meta';
  return { step: part, focus: anchor.kind === 'part' ? undefined : anchor.target };
}
