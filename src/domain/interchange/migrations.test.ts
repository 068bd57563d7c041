import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../report/keys';
import type { MigrationStep } from './migration-step';
import { migrateV0ToV1, PLACEHOLDER_DIGEST } from './migration-v0-to-v1';
import { REPORT_MIGRATIONS, runMigrations } from './migrations';
import type { JsonObject } from './read-json-text';

const step = (from: number, tag: string): MigrationStep => ({
  name: `v${from}-to-v${from + 1}`,
  from,
  to: from + 1,
  migrate: (f) => ({ ...f, formatVersion: from + 1, trail: `${String(f.trail ?? '')}${tag}` }),
});

describe('runMigrations', () => {
  const steps = [step(1, 'b'), step(0, 'a'), step(2, 'c')];

  it('runs the named steps in version order up to the target', () => {
    const result = runMigrations({ formatVersion: 0 }, 0, 3, steps);
    expect(result).toEqual({
      ok: true,
      file: { formatVersion: 3, trail: 'abc' },
      applied: [steps[1], steps[0], steps[2]],
    });
  });

  it('runs nothing for a file already at the target version', () => {
    const file = { formatVersion: 3 };
    expect(runMigrations(file, 3, 3, steps)).toEqual({ ok: true, file, applied: [] });
  });

  it('rejects a version with no step', () => {
    const result = runMigrations({}, 0, 3, [step(1, 'b'), step(2, 'c')]);
    expect(result).toEqual({ ok: false, error: '不支持的文件格式版本（0），无法导入' });
  });

  it('rejects a step that skips a version', () => {
    const skipping: MigrationStep = { ...step(0, 'a'), to: 2 };
    expect(runMigrations({}, 0, 2, [skipping]).ok).toBe(false);
  });

  it('turns a throwing step into a rejection', () => {
    const broken: MigrationStep = {
      ...step(0, 'a'),
      migrate: () => {
        throw new Error('boom');
      },
    };
    const result = runMigrations({}, 0, 1, [broken]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('格式版本0');
  });

  it('has a contiguous chain for the report file', () => {
    REPORT_MIGRATIONS.forEach((s, i) => {
      expect(s.to).toBe(s.from + 1);
      if (i > 0) expect(s.from).toBe(REPORT_MIGRATIONS[i - 1]!.to);
    });
  });
});

describe('migrateV0ToV1 (example step: pre-release v0 → v1)', () => {
  const v0 = (): JsonObject => ({
    format: 'gov-info-disclosure-annual-report',
    formatVersion: 0,
    report: {
      meta: { organ: '某局', kind: 'government', year: 2020 },
      applications: { newReceived: { natural: 1 }, granted: { natural: 1 } },
      appeals: { reconsideration: { upheld: 0 } },
    },
  });

  it('renames meta keys, adds blank derived cells, an empty checks block and a placeholder digest', () => {
    const out = migrateV0ToV1.migrate(v0());
    const report = out.report as JsonObject;
    expect(report.meta).toEqual({ agencyName: '某局', reportKind: 'government', year: 2020 });
    const applications = report.applications as Record<string, JsonObject>;
    expect(applications.newReceived).toEqual({ natural: 1, total: null });
    expect(Object.keys(applications.totalHandled!)).toHaveLength(7);
    expect(report.appeals).toEqual({ reconsideration: { upheld: 0, total: null } });
    expect(out.checks).toEqual({ catalogVersion: 'v0', results: [] });
    expect(out.digest).toEqual({ algorithm: 'SHA-256', value: PLACEHOLDER_DIGEST });
    expect(out.formatVersion).toBe(1);
    expect(APPLICATION_ROWS).toContain('totalHandled');
  });

  it('does not modify its input', () => {
    const input = v0();
    const before = JSON.stringify(input);
    migrateV0ToV1.migrate(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    ['a report that is not an object', { formatVersion: 0, report: 'x' }],
    ['meta that is an array', { formatVersion: 0, report: { meta: [] } }],
    ['no report at all', { formatVersion: 0 }],
    [
      'rows that are not objects',
      { formatVersion: 0, report: { applications: { granted: 5 }, appeals: null } },
    ],
  ])('leaves unexpected shapes for the schema to reject: %s', (_name, file) => {
    expect(() => migrateV0ToV1.migrate(file as JsonObject)).not.toThrow();
  });
});
