// The import rules themselves, on small made-up graphs: each rule must fail on the import it forbids.
import { describe, expect, it } from 'vitest';
import type { ImportGraph } from './import-graph';
import { importSpecifiers, packageOf } from './import-graph';
import { cycleViolations, importRuleViolations, layerViolations, uiFolderViolations } from './import-rules';

/** A graph from `file: [files it imports]`; a target starting with '#' is a package. */
function graphOf(edges: Record<string, string[]>): ImportGraph {
  const files = [...new Set([...Object.keys(edges), ...Object.values(edges).flat()])]
    .filter((f) => !f.startsWith('#'))
    .sort();
  return {
    files,
    imports: new Map(files.map((f) => [f, (edges[f] ?? []).filter((t) => !t.startsWith('#'))])),
    packages: new Map(
      files.map((f) => [f, (edges[f] ?? []).filter((t) => t.startsWith('#')).map((t) => t.slice(1))]),
    ),
  };
}

/** A small tree that keeps every rule. */
const GOOD = {
  'src/app/app.tsx': ['src/ui/wizard/report-editor.tsx', 'src/storage/db.ts'],
  'src/ui/wizard/report-editor.tsx': ['src/ui/sections/meta-step.tsx', 'src/ui/editor/editor-context.tsx'],
  'src/ui/sections/meta-step.tsx': ['src/ui/tables/data-grid.tsx', 'src/ui/review/comment-buttons.tsx'],
  'src/ui/tables/data-grid.tsx': ['src/ui/editor/editor-context.tsx', '#react'],
  'src/ui/review/comment-buttons.tsx': ['src/ui/editor/editor-context.tsx', 'src/ui/components/modal.tsx'],
  'src/ui/editor/editor-context.tsx': ['src/storage/db.ts', 'src/domain/report/keys.ts'],
  'src/storage/db.ts': ['src/domain/report/keys.ts', '#dexie'],
  'src/domain/checks/catalog.ts': ['src/domain/checks/rules/balance.ts', 'src/domain/report/keys.ts'],
  'src/domain/checks/rules/balance.ts': ['src/domain/checks/types.ts'],
  'src/domain/checks/types.ts': [],
  'src/domain/report/keys.ts': [],
};

describe('import rules', () => {
  it('accept a tree that keeps them (a parent folder ↔ its sub-folder is no folder cycle)', () => {
    expect(importRuleViolations(graphOf(GOOD))).toEqual([]);
  });

  it('fail on ui/tables → ui/review (not in the allow-list)', () => {
    const graph = graphOf({
      ...GOOD,
      'src/ui/tables/data-grid.tsx': [
        'src/ui/editor/editor-context.tsx',
        'src/ui/review/comment-buttons.tsx',
      ],
    });
    expect(uiFolderViolations(graph)).toEqual([
      'src/ui/tables/data-grid.tsx → src/ui/review/comment-buttons.tsx: ui/tables may not import ui/review',
    ]);
  });

  it('fail when the shared editor state imports a screen', () => {
    const graph = graphOf({
      ...GOOD,
      'src/ui/editor/editor-context.tsx': ['src/ui/wizard/report-editor.tsx'],
    });
    expect(uiFolderViolations(graph)).toContain(
      'src/ui/editor/editor-context.tsx → src/ui/wizard/report-editor.tsx: ui/editor may not import ui/wizard',
    );
  });

  it('fail on a ui folder missing from the allow-list', () => {
    const graph = graphOf({ ...GOOD, 'src/ui/gadgets/thing.tsx': [] });
    expect(uiFolderViolations(graph)).toEqual([
      'src/ui/gadgets/thing.tsx is in no known ui folder: add its folder to the allow-list',
    ]);
  });

  it.each([
    ['src/domain/report/keys.ts', 'src/storage/db.ts', 'domain/ must not import storage/'],
    ['src/storage/db.ts', 'src/ui/editor/editor-context.tsx', 'storage/ must not import ui/'],
    ['src/ui/tables/data-grid.tsx', 'src/app/app.tsx', 'ui/ must not import app/'],
  ])('fail on an import up the layers: %s → %s', (from, to, message) => {
    const graph = graphOf({ ...GOOD, [from]: [...(GOOD[from as keyof typeof GOOD] ?? []), to] });
    expect(layerViolations(graph).join('\n')).toContain(`${from} → ${to}: ${message}`);
  });

  it('fail on a package the layer must not use, and on a file outside the layers', () => {
    const graph = graphOf({
      ...GOOD,
      'src/domain/report/keys.ts': ['#react'],
      'src/ui/tables/data-grid.tsx': ['#dexie'],
      'src/helpers/misc.ts': [],
    });
    expect(layerViolations(graph)).toEqual([
      'src/domain/report/keys.ts imports react, which domain/ must not use',
      'src/helpers/misc.ts is in no layer (app, ui, storage, domain)',
      'src/ui/tables/data-grid.tsx imports dexie, which ui/ must not use',
    ]);
  });

  it('fail on a cycle between two files of one folder', () => {
    const graph = graphOf({ ...GOOD, 'src/domain/checks/types.ts': ['src/domain/checks/rules/balance.ts'] });
    expect(cycleViolations(graph)).toEqual([
      'files import each other in a cycle: src/domain/checks/rules/balance.ts ↔ src/domain/checks/types.ts',
    ]);
  });

  it('fail on a cycle between two folders, even when no two files import each other', () => {
    const graph = graphOf({
      ...GOOD,
      'src/domain/report/keys.ts': ['src/domain/tables/layout.ts'],
      'src/domain/tables/layout.ts': [],
      'src/domain/tables/labels-of.ts': ['src/domain/report/labels.ts'],
      'src/domain/report/labels.ts': [],
    });
    expect(cycleViolations(graph)).toEqual([
      'folders import each other in a cycle: src/domain/report/ ↔ src/domain/tables/',
    ]);
  });

  it('fail on a cycle through ui folders: the editor state importing the screen closes five loops', () => {
    const graph = graphOf({
      ...GOOD,
      'src/ui/editor/editor-context.tsx': ['src/ui/wizard/report-editor.tsx'],
    });
    expect(cycleViolations(graph)).toEqual([
      'files import each other in a cycle: src/ui/editor/editor-context.tsx ↔ src/ui/review/comment-buttons.tsx ↔ ' +
        'src/ui/sections/meta-step.tsx ↔ src/ui/tables/data-grid.tsx ↔ src/ui/wizard/report-editor.tsx',
      'folders import each other in a cycle: src/ui/editor/ ↔ src/ui/review/ ↔ src/ui/sections/ ↔ src/ui/tables/ ↔ src/ui/wizard/',
    ]);
  });
});

describe('reading imports', () => {
  it('finds static, re-exported, side-effect, dynamic and type imports, not look-alikes in comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './d.css';",
      "const e = await import('./e');",
      "type F = typeof import('./f');",
      "// import { g } from './g';",
      'const s = "import { h } from \'./h\'";',
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b', './c', './d.css', './e', './f']);
  });
  it.each([
    ['react', 'react'],
    ['react-dom/client', 'react-dom'],
    ['@tanstack/react-table', '@tanstack/react-table'],
    ['@hookform/resolvers/zod', '@hookform/resolvers'],
    ['./x', null],
    ['../../domain/x', null],
  ])('package of %s is %s', (specifier, pkg) => {
    expect(packageOf(specifier)).toBe(pkg);
  });
});
