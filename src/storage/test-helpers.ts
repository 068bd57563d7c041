// Shared by the storage tests: a fresh database per test (fake-indexeddb keeps databases for the
// whole run) and small drafts.
import { emptyDraft } from '../domain/report/empty-report';
import type { ReportDraft } from '../domain/report/report-schema';
import { NianbaoDb } from './db';
import { createReportRepository } from './report-repository';

export function freshDb(): NianbaoDb {
  return new NianbaoDb(`nianbao-test-${crypto.randomUUID()}`);
}

/** A manually advanced clock, so timestamps and version thinning are deterministic. */
export function manualClock(startIso = '2025-01-10T02:00:00.000Z') {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export function freshRepo() {
  const db = freshDb();
  const clock = manualClock();
  return { db, clock, repo: createReportRepository(db, { now: clock.now }) };
}

export function draftOf(
  id: string,
  agencyName = '曲阜市人民政府办公室',
  year: number | null = 2024,
): ReportDraft {
  return emptyDraft({ id, agencyName, year, reportKind: 'department' });
}

/** The same draft with one cell typed, so versions and saves can be told apart. */
export function withNewReceived(draft: ReportDraft, text: string): ReportDraft {
  return {
    ...draft,
    applications: {
      ...draft.applications,
      newReceived: { ...draft.applications.newReceived, natural: text },
    },
  };
}
