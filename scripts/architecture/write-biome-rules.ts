// Writes the import rules into biome.json (biome-import-rules.ts says why), keeping every other setting.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { biomeImportOverrides, importOverridesOf } from './biome-import-rules';

const FILE = 'biome.json';
const config = JSON.parse(readFileSync(FILE, 'utf8')) as { overrides?: unknown[] };
const old = new Set(importOverridesOf(config));
config.overrides = [...(config.overrides ?? []).filter((o) => !old.has(o)), ...biomeImportOverrides()];
writeFileSync(FILE, `${JSON.stringify(config, null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', FILE], { stdio: 'inherit' });
