// Builders of interchange files for the tests of this folder (imported by *.test.ts only).
import { generateP256KeyPair, type P256KeyPair } from '../crypto/ecdsa-p256';
import { qufuReport } from '../fixtures/qufu-2021';
import { deriveAppeals, deriveApplications } from '../report/derive';
import { emptyReview } from '../report/empty-review';
import type { Report } from '../report/report-schema';
import type { HistoryEntry, Review } from '../report/review-schema';
import { signApproval } from './approval';
import { reportDigest } from './digest';
import type { ChecksRecord } from './envelope-schema';
import { exportReport } from './export-report';
import type { JsonObject } from './read-json-text';

export const GENERATOR = 'nianbao test';
export const NOW = new Date('2022-01-20T08:30:00.000Z');
export const NO_CHECKS: ChecksRecord = { catalogVersion: '1', results: [] };

export function exportFixture(
  report: Report = qufuReport(),
  review: Review = emptyReview(),
): Promise<string> {
  return exportReport({ report, review, checks: NO_CHECKS, generator: GENERATOR, now: NOW });
}

/** The fixture's file as a mutable object, for tampering. */
export async function fixtureFileObject(): Promise<JsonObject> {
  return JSON.parse(await exportFixture()) as JsonObject;
}

/** Sets a value at a dotted path in a parsed file (creating nothing: the path must exist). */
export function setAt(file: JsonObject, path: string, value: unknown): JsonObject {
  const keys = path.split('.');
  let node = file;
  for (const k of keys.slice(0, -1)) node = node[k] as JsonObject;
  node[keys.at(-1)!] = value;
  return file;
}

export function deleteAt(file: JsonObject, path: string): JsonObject {
  const keys = path.split('.');
  let node = file;
  for (const k of keys.slice(0, -1)) node = node[k] as JsonObject;
  delete node[keys.at(-1)!];
  return file;
}

let reviewerKey: Promise<P256KeyPair> | null = null;
/** One reviewer's key pair for the whole test run. */
export const testReviewerKey = (): Promise<P256KeyPair> => {
  reviewerKey ??= generateP256KeyPair();
  return reviewerKey;
};

/**
 * A generated review as a reviewing browser would have written it: a 已审定 one gets its 审定
 * entry and the signature for `report` (as exported: totals derived); any other loses a stray
 * approval.
 */
export async function signedIfApproved(review: Review, report: Report): Promise<Review> {
  const { approval: _stray, ...rest } = review;
  if (review.status !== 'approved') return rest;
  const at = NOW.toISOString();
  const entry: HistoryEntry = {
    action: 'approve',
    actor: '审核人',
    at,
    from: 'submitted',
    to: 'approved',
    note: '',
    revision: 1,
  };
  const derived = {
    ...report,
    applications: deriveApplications(report.applications),
    appeals: deriveAppeals(report.appeals),
  };
  const approval = await signApproval(
    { approver: '审核人', at, reportDigest: await reportDigest(derived) },
    await testReviewerKey(),
  );
  return { ...rest, history: [...rest.history, entry], approval };
}
