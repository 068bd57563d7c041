// Which file may import which (docs/ARCHITECTURE.md §Layers). Three rules, each returning the
// imports that break it as plain sentences, so a failing test names the file to fix:
// 1. layers: app → ui → storage → domain, never back up;
// 2. inside ui/: a folder imports only the ui folders its entry in UI_ALLOWED names;
// 3. no cycles, between files or between sibling folders at any depth.
import type { ImportGraph } from './import-graph';

export const LAYERS = ['app', 'ui', 'storage', 'domain'] as const;
export type Layer = (typeof LAYERS)[number];

/** Files under src/ outside the layers (test set-up); nothing may import them. */
export const OUTSIDE_LAYERS: readonly string[] = ['src/test-setup.ts'];

/** Packages a layer must not import (React and form code stay in ui, IndexedDB in storage). */
export const FORBIDDEN_PACKAGES: Readonly<Record<Layer, readonly string[]>> = {
  app: [],
  ui: ['dexie'],
  storage: ['react', 'react-dom', 'react-hook-form', '@hookform/resolvers', '@tanstack/react-table'],
  domain: [
    'react',
    'react-dom',
    'react-hook-form',
    '@hookform/resolvers',
    '@tanstack/react-table',
    'dexie',
    'dexie-react-hooks',
  ],
};

/** Shared by every screen: the building blocks, the repository hook and the routes. They import no other ui folder. */
const FOUNDATIONS = ['components', 'hooks', 'router'] as const;

/**
 * The ui folders each ui folder may import (besides itself). `editor/` is the open report's state:
 * the screens of the editor use it, it uses no screen. A new arrow between features is a design
 * decision: add it here, and keep the graph free of cycles.
 */
export const UI_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  components: [],
  hooks: [],
  router: [],
  editor: [...FOUNDATIONS],
  pwa: [],
  tables: [...FOUNDATIONS, 'editor'],
  checks: [...FOUNDATIONS, 'editor'],
  review: [...FOUNDATIONS, 'editor', 'export'],
  print: [...FOUNDATIONS],
  export: [...FOUNDATIONS],
  import: [...FOUNDATIONS],
  // 设置 shows whether the app works offline (the service worker's state).
  settings: [...FOUNDATIONS, 'pwa'],
  audit: [...FOUNDATIONS, 'import', 'print'],
  summary: [...FOUNDATIONS, 'export', 'print'],
  reports: [...FOUNDATIONS, 'export', 'import'],
  sections: [...FOUNDATIONS, 'editor', 'tables', 'checks', 'review', 'export', 'import'],
  // The editor screen: the steps around the sections.
  wizard: [...FOUNDATIONS, 'editor', 'sections', 'review', 'print'],
};

export type Rules = {
  layers: readonly string[];
  outsideLayers: readonly string[];
  forbiddenPackages: Readonly<Record<string, readonly string[]>>;
  uiAllowed: Readonly<Record<string, readonly string[]>>;
};

export const RULES: Rules = {
  layers: LAYERS,
  outsideLayers: OUTSIDE_LAYERS,
  forbiddenPackages: FORBIDDEN_PACKAGES,
  uiAllowed: UI_ALLOWED,
};

/** `src/ui/tables/grid-cell.tsx` → ['src', 'ui', 'tables'] */
const folderSegments = (file: string): string[] => file.split('/').slice(0, -1);
const layerOf = (file: string): string | undefined => folderSegments(file)[1];
const uiFolderOf = (file: string): string | undefined =>
  layerOf(file) === 'ui' ? folderSegments(file)[2] : undefined;

function edges(graph: ImportGraph): [string, string][] {
  return graph.files.flatMap((from) =>
    (graph.imports.get(from) ?? []).map((to): [string, string] => [from, to]),
  );
}

export function layerViolations(graph: ImportGraph, rules: Rules = RULES): string[] {
  const out: string[] = [];
  const rank = (file: string) => rules.layers.indexOf(layerOf(file) ?? '');
  for (const file of graph.files) {
    if (rank(file) < 0 && !rules.outsideLayers.includes(file))
      out.push(`${file} is in no layer (${rules.layers.join(', ')})`);
    const forbidden = rules.forbiddenPackages[layerOf(file) ?? ''] ?? [];
    for (const pkg of graph.packages.get(file) ?? [])
      if (forbidden.includes(pkg)) out.push(`${file} imports ${pkg}, which ${layerOf(file)}/ must not use`);
  }
  for (const [from, to] of edges(graph)) {
    if (rules.outsideLayers.includes(to))
      out.push(`${from} → ${to}: nothing imports a file outside the layers`);
    else if (rank(from) >= 0 && rank(to) >= 0 && rank(to) < rank(from))
      out.push(
        `${from} → ${to}: ${layerOf(from)}/ must not import ${layerOf(to)}/ (app → ui → storage → domain)`,
      );
  }
  return out;
}

export function uiFolderViolations(graph: ImportGraph, rules: Rules = RULES): string[] {
  const out: string[] = [];
  for (const file of graph.files) {
    const folder = uiFolderOf(file);
    if (layerOf(file) === 'ui' && (folder === undefined || !(folder in rules.uiAllowed)))
      out.push(`${file} is in no known ui folder: add its folder to the allow-list`);
  }
  for (const [from, to] of edges(graph)) {
    const a = uiFolderOf(from);
    const b = uiFolderOf(to);
    if (a === undefined || b === undefined || a === b) continue;
    if (!(rules.uiAllowed[a] ?? []).includes(b)) out.push(`${from} → ${to}: ui/${a} may not import ui/${b}`);
  }
  return out;
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
export function cyclesOf(nodes: readonly string[], next: (n: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (n: string) => {
    index.set(n, counter);
    low.set(n, counter);
    counter++;
    stack.push(n);
    onStack.add(n);
    for (const m of next(n)) {
      if (!index.has(m)) {
        visit(m);
        low.set(n, Math.min(low.get(n)!, low.get(m)!));
      } else if (onStack.has(m)) low.set(n, Math.min(low.get(n)!, index.get(m)!));
    }
    if (low.get(n) === index.get(n)) {
      const component: string[] = [];
      let m: string | undefined;
      do {
        m = stack.pop()!;
        onStack.delete(m);
        component.push(m);
      } while (m !== n);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

/**
 * Cycles between files, and between sibling folders at every depth: at depth d each file stands
 * for its folder's first d segments (`src/ui`, `src/ui/tables`, …). A file that sits higher than
 * depth d (e.g. `src/domain/checks/catalog.ts` beside the folder `rules/`) contains the folders
 * below it and is no sibling of them, so parent ↔ child imports are not folder cycles (file cycles
 * still are).
 */
export function cycleViolations(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const c of cyclesOf(graph.files, (f) => graph.imports.get(f) ?? []))
    out.push(`files import each other in a cycle: ${c.join(' ↔ ')}`);
  const maxDepth = Math.max(0, ...graph.files.map((f) => folderSegments(f).length));
  for (let depth = 1; depth <= maxDepth; depth++) {
    const nodeOf = (file: string) => {
      const segments = folderSegments(file);
      return segments.length >= depth ? segments.slice(0, depth).join('/') : undefined;
    };
    const next = new Map<string, Set<string>>();
    for (const [from, to] of edges(graph)) {
      const a = nodeOf(from);
      const b = nodeOf(to);
      if (a === undefined || b === undefined || a === b) continue;
      if (!next.has(a)) next.set(a, new Set());
      next.get(a)!.add(b);
    }
    const nodes = [...new Set(graph.files.map(nodeOf).filter((n): n is string => n !== undefined))];
    for (const c of cyclesOf(nodes, (n) => [...(next.get(n) ?? [])]))
      out.push(`folders import each other in a cycle: ${c.map((n) => `${n}/`).join(' ↔ ')}`);
  }
  return out;
}

export function importRuleViolations(graph: ImportGraph, rules: Rules = RULES): string[] {
  return [...layerViolations(graph, rules), ...uiFolderViolations(graph, rules), ...cycleViolations(graph)];
}
