// Example migration, v0 → v1. Format version 0 is the PRE-RELEASE shape of nianbao's preview
// builds (see FORMAT.md §Versions): it was never published, and is kept so that the migration
// mechanism has a real, tested step before a second public version exists. v0 differs from v1:
// - `report.meta.organ` and `report.meta.kind` were renamed `agencyName` and `reportKind`;
// - derived values were not written: no `totalHandled` row, no `total` column, no appeal `total`;
// - there was no `checks` block and no `digest`.
import { APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../report/keys';
import { DIGEST_ALGORITHM } from './digest';
import type { MigrationStep } from './migration-step';
import type { JsonObject } from './read-json-text';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Stands in for the digest a v0 file never had; the importer replaces it (step.addsDigest). */
export const PLACEHOLDER_DIGEST = '0'.repeat(64);

function renameKey(obj: JsonObject, from: string, to: string): JsonObject {
  if (!Object.hasOwn(obj, from) || Object.hasOwn(obj, to)) return obj;
  const { [from]: value, ...rest } = obj;
  return { ...rest, [to]: value };
}

/** Adds the derived cells as blanks; the importer recomputes them from their parts. */
function addDerivedApplications(applications: JsonObject): JsonObject {
  const out: JsonObject = { ...applications };
  if (!Object.hasOwn(out, 'totalHandled'))
    out.totalHandled = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, null]));
  for (const row of APPLICATION_ROWS) {
    const cells = out[row];
    if (isObject(cells) && !Object.hasOwn(cells, 'total')) out[row] = { ...cells, total: null };
  }
  return out;
}

function addDerivedAppeals(appeals: JsonObject): JsonObject {
  const out: JsonObject = { ...appeals };
  for (const group of APPEAL_GROUPS) {
    const cells = out[group];
    if (isObject(cells) && !Object.hasOwn(cells, 'total')) out[group] = { ...cells, total: null };
  }
  return out;
}

export const migrateV0ToV1: MigrationStep = {
  name: 'v0-to-v1: rename meta.organ/kind, add derived cells, checks and digest',
  from: 0,
  to: 1,
  notice: '该文件为早期测试版格式（格式版本0），已自动升级；该版本没有校验码，无法确认文件在导出后是否被修改',
  addsDigest: true,
  migrate(file) {
    const out: JsonObject = { ...file, formatVersion: 1 };
    if (isObject(file.report)) {
      let report: JsonObject = { ...file.report };
      if (isObject(report.meta))
        report = {
          ...report,
          meta: renameKey(renameKey(report.meta, 'organ', 'agencyName'), 'kind', 'reportKind'),
        };
      if (isObject(report.applications)) report.applications = addDerivedApplications(report.applications);
      if (isObject(report.appeals)) report.appeals = addDerivedAppeals(report.appeals);
      out.report = report;
    }
    if (!Object.hasOwn(out, 'checks')) out.checks = { catalogVersion: 'v0', results: [] };
    if (!Object.hasOwn(out, 'digest'))
      out.digest = { algorithm: DIGEST_ALGORITHM, value: PLACEHOLDER_DIGEST };
    return out;
  },
};
