// The import graph of the source tree, read from the files themselves: which file imports which
// (static imports, re-exports, side-effect imports, import() and `typeof import()`), and which
// packages. TypeScript's own pre-processor finds the specifiers, so comments and strings that merely
// look like imports are not counted. Type-only imports count: a type cycle is still a cycle for
// the reader.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** Paths are relative to the project root, with '/' separators, e.g. `src/ui/editor/draft-store.ts`. */
export type ImportGraph = {
  files: readonly string[];
  /** file → the files of the tree it imports */
  imports: ReadonlyMap<string, readonly string[]>;
  /** file → the packages it imports (`react`, `dexie`, `@tanstack/react-table`…) */
  packages: ReadonlyMap<string, readonly string[]>;
};

const SOURCE = /\.tsx?$/;
const TEST = /\.test\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !TEST.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The specifiers a source text imports, in order of appearance. */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The package a bare specifier names: `@scope/name` or `name` (a relative path gives null). */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

function resolveRelative(root: string, from: string, specifier: string): string | null {
  const base = join(root, dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) {
      return relative(root, candidate).split(sep).join(posix.sep);
    }
  }
  return null; // CSS, JSON, assets: leaves that carry no imports of their own
}

/** Reads every non-test .ts/.tsx file under `dir` (relative to `root`). */
export function readImportGraph(root: string, dir: string): ImportGraph {
  const files = sourceFiles(join(root, dir))
    .map((f) => relative(root, f).split(sep).join(posix.sep))
    .sort();
  const imports = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const file of files) {
    const specifiers = importSpecifiers(readFileSync(join(root, file), 'utf8'));
    const local: string[] = [];
    const external: string[] = [];
    for (const s of specifiers) {
      const pkg = packageOf(s);
      if (pkg) {
        if (!external.includes(pkg)) external.push(pkg);
        continue;
      }
      const target = resolveRelative(root, file, s);
      if (target && !local.includes(target)) local.push(target);
    }
    imports.set(file, local);
    packages.set(file, external);
  }
  return { files, imports, packages };
}
