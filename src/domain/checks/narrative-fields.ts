// Every narrative sub-item in report order, with its id and the words used in messages —
// computed once, since the checks run on every keystroke.
import { narrativeId, narrativeLabel } from '../report/cell-address';
import {
  NARRATIVE_PARTS,
  type NarrativePart,
  OTHER_MATTERS_KEYS,
  OVERVIEW_KEYS,
  PROBLEMS_KEYS,
} from '../report/keys';
import { PART_TITLES } from '../report/labels';
import type { Report, ReportDraft } from '../report/report-schema';

export type NarrativeField = { part: NarrativePart; key: string; id: string; where: string };

const KEYS: Record<NarrativePart, readonly string[]> = {
  overview: OVERVIEW_KEYS,
  problems: PROBLEMS_KEYS,
  otherMatters: OTHER_MATTERS_KEYS,
};

/** 「一、总体情况（二）依申请公开情况」, 「五、存在的主要问题及改进情况（改进措施）」. */
export function narrativeWhere(part: NarrativePart, key: string): string {
  const label = narrativeLabel({ part, key });
  return label.startsWith('（') ? `${PART_TITLES[part]}${label}` : `${PART_TITLES[part]}（${label}）`;
}

export const NARRATIVE_FIELDS: readonly NarrativeField[] = NARRATIVE_PARTS.flatMap((part) =>
  KEYS[part].map((key) => ({ part, key, id: narrativeId({ part, key }), where: narrativeWhere(part, key) })),
);

export function narrativeText(report: Report | ReportDraft, part: NarrativePart, key: string): string {
  return (report[part] as Record<string, string | undefined>)[key] ?? '';
}
