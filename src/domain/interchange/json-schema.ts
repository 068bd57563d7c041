// JSON Schema of the report file, generated from the zod schema so the two cannot disagree.
// Written to public/schema/report-v1.json by scripts/gen-json-schema.ts; a unit test fails when
// the committed file is stale. Refinements (fee decimals, digest value) are not expressible in
// JSON Schema and live only in the importer — FORMAT.md says so.
import '../zod-setup';
import { z } from 'zod';
import { appealsSchema, applicationsSchema } from '../report/report-schema';
import { commentSchema, historyEntrySchema, replySchema } from '../report/review-schema';
import { checkResultSchema, exportFileSchema, REPORT_FORMAT_VERSION } from './envelope-schema';

export const REPORT_SCHEMA_PATH = `public/schema/report-v${REPORT_FORMAT_VERSION}.json`;

/** The schemas reused across the file go to `$defs` under readable names; the rest is inlined.
 * A local registry, so the global zod registry and the app's schemas stay untouched. */
function definitions() {
  const registry = z.registry<{ id: string }>();
  registry.add(applicationsSchema.shape.newReceived.shape.natural, { id: 'count' });
  registry.add(applicationsSchema.shape.newReceived, { id: 'applicationRow' });
  registry.add(appealsSchema.shape.reconsideration, { id: 'appealGroup' });
  registry.add(commentSchema, { id: 'comment' });
  registry.add(replySchema, { id: 'reply' });
  registry.add(historyEntrySchema, { id: 'historyEntry' });
  registry.add(checkResultSchema, { id: 'checkResult' });
  return registry;
}

export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(exportFileSchema, {
    target: 'draft-2020-12',
    metadata: definitions(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: '政府信息公开工作年度报告 — JSON 交换文件',
    description:
      'nianbao interchange file, formatVersion 1 (docs/FORMAT.md). Derived totals are recomputed on import; digest.value is the SHA-256 of the canonical JSON of `report`.',
    ...rest,
  };
}

/** The exact text of the committed file (2-space JSON, final newline). */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
