// Writes public/schema/report-v1.json from the zod schema of the interchange file.
//   npx tsx scripts/gen-json-schema.ts          write the file
//   npx tsx scripts/gen-json-schema.ts --check  exit 1 when the committed file is stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORT_SCHEMA_PATH, reportJsonSchemaText } from '../src/domain/interchange/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, REPORT_SCHEMA_PATH);
const text = reportJsonSchemaText();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${REPORT_SCHEMA_PATH} is stale: run npx tsx scripts/gen-json-schema.ts`);
    process.exit(1);
  }
  console.log(`${REPORT_SCHEMA_PATH} is up to date`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${REPORT_SCHEMA_PATH} (${text.length} characters)`);
}
