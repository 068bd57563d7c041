// Which reports go into a 汇总 of one year. The supervisor chooses the scope — every report of the
// year, a hand-picked set, or a 单位名单 — and a report that fails its own hard checks (错误 > 0:
// blanks, bad numbers, unbalanced columns) would carry its errors into the sum, so it is listed as
// flagged and summed only when the user ticks it (`confirmed`).
// By default only 已审定 reports are summed: the 汇总 counts what is final. A visible switch
// (`includeUnapproved`) adds 待审核, 已退回 and 草稿, and the counts by status are shown beside the
// totals so nobody mistakes a draft sum for the final one (issue 15).
// Every report of the year (mode 'all') counts each unit once, as a 单位名单 does: two reports of one
// organ (a clerk's second 「新建报告」, a file imported twice under new ids) would otherwise add the
// unit's numbers twice to a sum titled 「共汇总N个单位」. The preferred one is summed and the others are
// listed (`duplicates`), so the supervisor sees which was taken and can pick another by hand.
// A 参考报告 (a published report saved by 批量审核 or as last year's text, kind 'reference') is
// never a unit here: not summed, not on the roster, not late, not a year-over-year point — it is
// not the unit's submission (issue 15: an audited unit showed as 「逾期未报送」).
import type { ReviewStatus } from '../report/keys';
import { isCopyName, matchRoster, normalizeRosterName } from './roster';

export type SummaryCandidate = {
  id: string;
  agencyName: string;
  year: number | null;
  /** as storage keeps it: 'reference' = an imported published report */
  kind: 'draft' | 'reference';
  status: ReviewStatus;
  /** failing hard checks (hard-checks.ts) */
  errorCount: number;
  /** ISO time of the last save: the newer of two reports of one unit wins */
  updatedAt: string;
};

export type SummaryScope =
  | { mode: 'all' }
  | { mode: 'picked'; ids: readonly string[] }
  | { mode: 'roster'; units: readonly string[] };

export type FlagReason = 'errors';

export type ScopedReport<C extends SummaryCandidate> = {
  candidate: C;
  /** why the report waits for the user's tick; empty = summed without asking */
  flags: FlagReason[];
  /** 已审定, or any status while the switch includes the unapproved */
  eligible: boolean;
  included: boolean;
};

export type MemberOptions = {
  /** the switch: sum 待审核, 已退回 and 草稿 reports too (default: only 已审定) */
  includeUnapproved?: boolean;
};

export type StatusCounts = Record<ReviewStatus, number>;

/** A unit with several reports of the year: `used` is summed, `others` are not. */
export type DuplicateReports<C extends SummaryCandidate> = { unit: string; used: C; others: C[] };

export type RosterOutcome<C extends SummaryCandidate> = {
  /** units on the roster without a report of the year: 未报送 */
  missing: string[];
  /** reports of the year whose organ is not on the roster: not summed */
  extra: C[];
  /** an extra report that is probably a missing unit under another spelling (shown, never applied) */
  suggestions: { report: C; unit: string }[];
  /** a unit with several reports of the year: the preferred one is in scope, the others are not */
  duplicates: DuplicateReports<C>[];
};

export type MemberSelection<C extends SummaryCandidate> = {
  /** the reports the scope picks, by organ name; each with its flags and whether it is summed */
  scoped: ScopedReport<C>[];
  /** what is summed */
  members: C[];
  /** the eligible scoped reports that need the user's tick (a subset of `scoped`) */
  flagged: ScopedReport<C>[];
  roster: RosterOutcome<C> | null;
  /** units with several reports of the year, one summed (mode 'all' and 'roster'; never 'picked') */
  duplicates: DuplicateReports<C>[];
  /** the scoped reports by review status */
  scopedByStatus: StatusCounts;
  /** the summed reports by review status (only 已审定 unless the switch is on) */
  membersByStatus: StatusCounts;
};

const STATUS_RANK: Record<ReviewStatus, number> = { approved: 0, submitted: 1, returned: 2, draft: 3 };

/** The reports a 汇总 may count: the units' own, never a 参考报告. */
export const isUnitReport = (c: Pick<SummaryCandidate, 'kind'>): boolean => c.kind !== 'reference';

/**
 * Orders two reports of the same unit, preferred first: not a copy (「（导入的副本）」 is typically an
 * older file kept aside, newer in 最后保存 only because it was imported later), then the furthest
 * along in review (已审定 is what was published), then one without errors, then the newest.
 */
export function preferredReportOrder(a: SummaryCandidate, b: SummaryCandidate): number {
  return (
    Number(isCopyName(a.agencyName)) - Number(isCopyName(b.agencyName)) ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    Number(a.errorCount > 0) - Number(b.errorCount > 0) ||
    (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function byOrganName(a: SummaryCandidate, b: SummaryCandidate): number {
  return a.agencyName.localeCompare(b.agencyName, 'zh-CN') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function flagsOf(c: SummaryCandidate): FlagReason[] {
  return c.errorCount > 0 ? ['errors'] : [];
}

function inRoster<C extends SummaryCandidate>(
  units: readonly string[],
  ofYear: readonly C[],
  year: number,
): { scoped: C[]; roster: RosterOutcome<C> } {
  const match = matchRoster(units, ofYear, year);
  const byId = new Map(ofYear.map((c) => [c.id, c]));
  const scoped: C[] = [];
  const duplicates: RosterOutcome<C>['duplicates'] = [];
  for (const { unit, reportIds } of match.matched) {
    const [used, ...others] = reportIds.map((id) => byId.get(id)!).sort(preferredReportOrder);
    scoped.push(used!);
    if (others.length > 0) duplicates.push({ unit, used: used!, others });
  }
  return {
    scoped,
    roster: {
      missing: match.missing,
      extra: [...match.extra].sort(byOrganName),
      suggestions: match.suggestions.map((s) => ({ report: byId.get(s.reportId)!, unit: s.unit })),
      duplicates,
    },
  };
}

/** One report per organ (normalised name), the preferred one; a report without a name stands alone. */
function onePerUnit<C extends SummaryCandidate>(
  reports: readonly C[],
): { kept: C[]; duplicates: DuplicateReports<C>[] } {
  const byUnit = new Map<string, C[]>();
  const kept: C[] = [];
  for (const c of reports) {
    const key = normalizeRosterName(c.agencyName);
    if (key === '') kept.push(c);
    else byUnit.set(key, [...(byUnit.get(key) ?? []), c]);
  }
  const duplicates: DuplicateReports<C>[] = [];
  for (const list of byUnit.values()) {
    const [used, ...others] = [...list].sort(preferredReportOrder);
    kept.push(used!);
    if (others.length > 0) duplicates.push({ unit: used!.agencyName, used: used!, others });
  }
  duplicates.sort((a, b) => byOrganName(a.used, b.used));
  return { kept, duplicates };
}

const countByStatus = (list: readonly SummaryCandidate[]): StatusCounts => {
  const counts: StatusCounts = { approved: 0, submitted: 0, returned: 0, draft: 0 };
  for (const c of list) counts[c.status]++;
  return counts;
};

/**
 * Applies the scope to the candidates of `year`, then the status switch, then the user's ticks to
 * the flagged ones.
 */
export function selectMembers<C extends SummaryCandidate>(
  candidates: readonly C[],
  year: number,
  scope: SummaryScope,
  confirmed: ReadonlySet<string>,
  options: MemberOptions = {},
): MemberSelection<C> {
  const ofYear = candidates.filter((c) => c.year === year && isUnitReport(c));
  let picked: C[];
  let roster: RosterOutcome<C> | null = null;
  let duplicates: DuplicateReports<C>[] = [];
  if (scope.mode === 'all') ({ kept: picked, duplicates } = onePerUnit(ofYear));
  else if (scope.mode === 'picked') {
    const ids = new Set(scope.ids);
    picked = ofYear.filter((c) => ids.has(c.id));
  } else {
    ({ scoped: picked, roster } = inRoster(scope.units, ofYear, year));
    duplicates = roster.duplicates;
  }

  const scoped = [...picked].sort(byOrganName).map((candidate): ScopedReport<C> => {
    const flags = flagsOf(candidate);
    const eligible = candidate.status === 'approved' || options.includeUnapproved === true;
    return {
      candidate,
      flags,
      eligible,
      included: eligible && (flags.length === 0 || confirmed.has(candidate.id)),
    };
  });
  const members = scoped.filter((s) => s.included).map((s) => s.candidate);
  return {
    scoped,
    members,
    flagged: scoped.filter((s) => s.eligible && s.flags.length > 0),
    roster,
    duplicates,
    scopedByStatus: countByStatus(picked),
    membersByStatus: countByStatus(members),
  };
}

/**
 * For a year-over-year view: the reports of the same organs (by normalised name) as `members`,
 * one per organ and year (preferredReportOrder), for every year that has any; the members
 * themselves stand for their own year. Earlier years are comparisons, not sums to sign off, so a
 * unit's report is taken whatever its errors; its blank cells are left out by sumReports.
 */
export function sameUnitsByYear<C extends SummaryCandidate>(
  candidates: readonly C[],
  members: readonly C[],
): Map<number, C[]> {
  const out = new Map<number, C[]>();
  const memberYears = new Set(members.flatMap((m) => (m.year === null ? [] : [m.year])));
  for (const y of memberYears)
    out.set(
      y,
      members.filter((m) => m.year === y),
    );
  const organs = new Set(members.map((m) => normalizeRosterName(m.agencyName)));
  const best = new Map<string, C>();
  for (const c of candidates) {
    if (c.year === null || memberYears.has(c.year) || !isUnitReport(c)) continue;
    const organ = normalizeRosterName(c.agencyName);
    if (!organs.has(organ)) continue;
    const key = `${c.year}\u0000${organ}`;
    const current = best.get(key);
    if (!current || preferredReportOrder(c, current) < 0) best.set(key, c);
  }
  for (const c of best.values()) out.set(c.year!, [...(out.get(c.year!) ?? []), c]);
  for (const list of out.values()) list.sort(byOrganName);
  return new Map([...out].sort(([a], [b]) => a - b));
}
