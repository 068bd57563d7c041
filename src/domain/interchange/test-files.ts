// Builders of interchange files for the tests of this folder (imported by *.test.ts only).
import { qufuReport } from '../fixtures/qufu-2021';
import type { Report } from '../report/report-schema';
import { emptyReview, type Review } from '../report/review-schema';
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
