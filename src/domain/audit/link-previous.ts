// Cross-year checks need the same organ's report for year − 1 (SPEC §6 carry-over, in-force,
// similar-to-last-year). In a batch it is looked for among the batch itself: organ names are
// compared as normalizeOrganName leaves them (spaces, full-width forms), years exactly.
import { normalizeOrganName } from '../report/organ-name';
import type { ReportDraft } from '../report/report-schema';

type Linkable = { id: string; draft: ReportDraft };

const key = (name: string, year: number) => `${normalizeOrganName(name)}\u0000${year}`;

/**
 * id → the id of the same organ's report for year − 1 in `items` (the first one in input order
 * when the batch holds several), or null.
 */
export function previousInBatch(items: readonly Linkable[]): Map<string, string | null> {
  const byOrganYear = new Map<string, string>();
  for (const item of items) {
    const { agencyName, year } = item.draft.meta;
    if (year === null || normalizeOrganName(agencyName) === '') continue;
    const k = key(agencyName, year);
    if (!byOrganYear.has(k)) byOrganYear.set(k, item.id);
  }
  const out = new Map<string, string | null>();
  for (const item of items) {
    const { agencyName, year } = item.draft.meta;
    const found =
      year === null || normalizeOrganName(agencyName) === ''
        ? undefined
        : byOrganYear.get(key(agencyName, year - 1));
    out.set(item.id, found ?? null);
  }
  return out;
}

/** id → ids of other reports in `items` of the same organ and the same year (duplicates to look at). */
export function sameYearInBatch(items: readonly Linkable[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const { agencyName, year } = item.draft.meta;
    if (year === null || normalizeOrganName(agencyName) === '') continue;
    const k = key(agencyName, year);
    groups.set(k, [...(groups.get(k) ?? []), item.id]);
  }
  const out = new Map<string, string[]>();
  for (const ids of groups.values())
    for (const id of ids)
      out.set(
        id,
        ids.filter((x) => x !== id),
      );
  return out;
}
