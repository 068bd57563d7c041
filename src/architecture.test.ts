// The import rules of docs/ARCHITECTURE.md, held against the whole source tree: app → ui → storage
// → domain, the ui folders' allow-list, and no cycles between files or folders. The rules and their
// own tests live in scripts/architecture/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { biomeImportOverrides, importOverridesOf } from '../scripts/architecture/biome-import-rules';
import { readImportGraph } from '../scripts/architecture/import-graph';
import {
  cycleViolations,
  layerViolations,
  UI_ALLOWED,
  uiFolderViolations,
} from '../scripts/architecture/import-rules';

const ROOT = join(__dirname, '..');
const graph = readImportGraph(ROOT, 'src');

describe('imports in src/', () => {
  it('reads the whole tree', () => {
    expect(graph.files.length).toBeGreaterThan(200);
    expect(graph.imports.get('src/app/app.tsx')).toContain('src/ui/wizard/report-editor.tsx');
  });
  it('go one way: app → ui → storage → domain', () => {
    expect(layerViolations(graph)).toEqual([]);
  });
  it('between ui folders, follow the allow-list', () => {
    expect(uiFolderViolations(graph)).toEqual([]);
  });
  it('form no cycle between files or folders', () => {
    expect(cycleViolations(graph)).toEqual([]);
  });
  it('the allow-list names no ui folder that does not exist', () => {
    const folders = new Set(graph.files.filter((f) => f.startsWith('src/ui/')).map((f) => f.split('/')[2]));
    expect(Object.keys(UI_ALLOWED).filter((f) => !folders.has(f))).toEqual([]);
  });
  it('biome.json restricts the same imports (run scripts/architecture/write-biome-rules.ts after changing the rules)', () => {
    const biome = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as { overrides?: unknown[] };
    expect(importOverridesOf(biome)).toEqual(biomeImportOverrides());
  });
});
