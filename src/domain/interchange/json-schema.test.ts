import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_PATH, reportJsonSchema, reportJsonSchemaText } from './json-schema';
import { fixtureFileObject } from './test-files';

describe('public/schema/report-v1.json', () => {
  it('equals the schema generated from zod (run `npx tsx scripts/gen-json-schema.ts` when this fails)', () => {
    const committed = readFileSync(new URL(`../../../${REPORT_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(committed).toBe(reportJsonSchemaText());
  });

  it('describes the envelope: every key required, no extra keys, the format id fixed', async () => {
    const schema = reportJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { const?: unknown }>;
    };
    expect(Object.keys(await fixtureFileObject()).sort()).toEqual([...schema.required].sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.format?.const).toBe('gov-info-disclosure-annual-report');
    expect(schema.properties.formatVersion?.const).toBe(1);
  });
});
