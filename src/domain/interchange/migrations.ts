// Format migrations (FORMAT.md §Versions): named steps from version n to n+1, run in order on
// the parsed JSON before validation, so the schema only ever knows the current version (the way
// tldraw keeps named migration steps beside each record type). Steps run on unvalidated data:
// they must only move what they find and leave anything unexpected for the schema to reject.

import type { MigrationStep } from './migration-step';
import { migrateV0ToV1 } from './migration-v0-to-v1';
import type { JsonObject } from './read-json-text';

export type MigrationResult =
  | { ok: true; file: JsonObject; applied: readonly MigrationStep[] }
  | { ok: false; error: string };

/** Runs every step from `from` up to `target`. Never throws: a failing step rejects the file. */
export function runMigrations(
  file: JsonObject,
  from: number,
  target: number,
  steps: readonly MigrationStep[],
): MigrationResult {
  let current = file;
  let version = from;
  const applied: MigrationStep[] = [];
  while (version < target) {
    const step = steps.find((s) => s.from === version);
    if (!step || step.to !== version + 1)
      return { ok: false, error: `不支持的文件格式版本（${from}），无法导入` };
    try {
      current = step.migrate(current);
    } catch {
      return { ok: false, error: `旧版本文件（格式版本${from}）无法升级到当前格式，文件可能已损坏` };
    }
    applied.push(step);
    version = step.to;
  }
  return { ok: true, file: current, applied };
}

/** The steps of the one-report file, oldest first (v0 is the pre-release shape, FORMAT.md). */
export const REPORT_MIGRATIONS: readonly MigrationStep[] = [migrateV0ToV1];
