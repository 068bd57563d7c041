// What changed between two versions of a draft: which cells, which narrative fields, which parts.
// Used by 「历史版本」 and by 「与上次审阅比较」.
import { cellId, INPUT_CELLS, narrativeId } from './cell-address';
import { readDraftCell } from './draft-convert';
import { NARRATIVE_PARTS } from './keys';
import type { PartKey } from './labels';
import type { ReportDraft } from './report-schema';

export type DraftDiff = {
  cells: { cell: string; before: string; after: string }[];
  fields: string[];
  meta: string[];
  parts: (PartKey | 'meta')[];
  /**
   * The checks whose 说明 (the text accepting a warning) was written, rewritten or removed. A 说明
   * is often what a supervisor asked to be fixed: 「与上次审阅比较」 said 「没有任何改动」 when only it had.
   */
  explanations: string[];
};

export function diffDrafts(before: ReportDraft, after: ReportDraft): DraftDiff {
  const cells = INPUT_CELLS.flatMap((c) => {
    const a = readDraftCell(before, c);
    const b = readDraftCell(after, c);
    return a === b ? [] : [{ cell: cellId(c), before: a, after: b }];
  });
  const fields: string[] = [];
  for (const part of NARRATIVE_PARTS) {
    const a = before[part] as Record<string, string>;
    const b = after[part] as Record<string, string>;
    for (const key of Object.keys(b)) if (a[key] !== b[key]) fields.push(narrativeId({ part, key }));
  }
  const meta = (Object.keys(after.meta) as (keyof ReportDraft['meta'])[]).filter(
    (k) => before.meta[k] !== after.meta[k],
  );
  const parts = new Set<PartKey | 'meta'>();
  if (meta.length) parts.add('meta');
  for (const c of cells) parts.add(c.cell.split('.')[0] as PartKey);
  for (const f of fields) parts.add(f.split('.')[0] as PartKey);
  const explanations = [
    ...new Set([...Object.keys(before.explanations), ...Object.keys(after.explanations)]),
  ].filter((id) => (before.explanations[id] ?? '') !== (after.explanations[id] ?? ''));
  return { cells, fields, meta, parts: [...parts], explanations };
}

/** Sentences of a narrative (split after 。！？； and line breaks), for sentence-level comparison. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Sentences of `after` that do not occur in `before` (added or rewritten). */
export function changedSentences(before: string, after: string): string[] {
  const old = new Set(sentences(before));
  return sentences(after).filter((s) => !old.has(s));
}
