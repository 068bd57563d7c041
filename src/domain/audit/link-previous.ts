// Cross-year checks need the same organ's report for year − 1 (SPEC §6 carry-over, in-force,
// similar-to-last-year). In a batch it is looked for among the batch itself, years exactly: the
// same name first (spaces and full-width forms aside), else one report whose name is a variant
// of it (report/organ-variants.ts: 「洪泽区人民政府」 / 「淮安市洪泽区人民政府」, 办公室 / 政府 …),
// linked with the reason so the auditor sees why and can undo it; else one report the organ's own
// text names as its former self (report/organ-renamed.ts: a 落款 or 「原…局」 naming last year's organ).
import { normalizeOrganName } from '../report/organ-name';
import { proposeRenamed, reportTexts } from '../report/organ-renamed';
import { type OrganMatch, proposePreviousYear } from '../report/organ-variants';
import type { ReportDraft } from '../report/report-schema';

type Linkable = { id: string; draft: ReportDraft; summary?: { signedBy?: string } };

export type PreviousLink = { previousId: string; match: OrganMatch };

const key = (name: string, year: number) => `${normalizeOrganName(name)}\u0000${year}`;

/**
 * id → its link to the same organ's report for year − 1 in `items` (the first one in input order
 * when several share the name), or null. A variant of the name links only when it is the only
 * candidate. `overrides` (id → previous id, or null for 「不关联」) are the auditor's decisions.
 */
export function previousLinksInBatch(
  items: readonly Linkable[],
  overrides: ReadonlyMap<string, string | null> = new Map(),
): Map<string, PreviousLink | null> {
  const entries = items.map((item) => ({
    item,
    agencyName: item.draft.meta.agencyName,
    year: item.draft.meta.year,
  }));
  const byId = new Map(entries.map((e) => [e.item.id, e]));
  const out = new Map<string, PreviousLink | null>();
  for (const e of entries) {
    if (overrides.has(e.item.id)) {
      const chosen = overrides.get(e.item.id);
      const target = chosen ? byId.get(chosen) : undefined;
      out.set(
        e.item.id,
        target
          ? { previousId: target.item.id, match: { kind: 'same', reason: '已由审核人员确认关联' } }
          : null,
      );
      continue;
    }
    const proposals = proposePreviousYear(e, entries).filter((p) => p.candidate.item.id !== e.item.id);
    const same = proposals.filter((p) => p.match.kind === 'same');
    const variants = proposals.filter((p) => p.match.kind === 'variant');
    const pick =
      same[0] ??
      (variants.length === 1 ? variants[0] : undefined) ??
      (proposals.length === 0 ? renamedIn(e, entries) : undefined);
    out.set(e.item.id, pick ? { previousId: pick.candidate.item.id, match: pick.match } : null);
  }
  return out;
}

type Entry = { item: Linkable; agencyName: string; year: number | null };

/** Last year's report under the organ's former name, when the report's own words give it (one only). */
function renamedIn(e: Entry, entries: readonly Entry[]) {
  const subject = {
    agencyName: e.agencyName,
    year: e.year,
    texts: reportTexts(e.item.draft),
    signedBy: e.item.summary?.signedBy ?? '',
  };
  return proposeRenamed(
    subject,
    entries.filter((x) => x.item.id !== e.item.id),
  )[0];
}

/** id → the id of the same organ's report for year − 1 in `items`, or null (see previousLinksInBatch). */
export function previousInBatch(items: readonly Linkable[]): Map<string, string | null> {
  return new Map([...previousLinksInBatch(items)].map(([id, link]) => [id, link?.previousId ?? null]));
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
