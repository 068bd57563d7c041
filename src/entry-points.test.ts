// Every global the app runs code in — the page and each Web Worker (a worker does not share the
// page's globals) — installs the legacy polyfills before anything else: the build guard lets the
// built code call `.at` and `Object.hasOwn` only because of them (scripts/build-guard/api-exceptions.ts).
// A worker without them failed every published-report import on Chromium 86 (「u.at is not a function」).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The first import of a file, as written. */
const firstImport = (file: string): string | undefined =>
  /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(file, 'utf8'))?.[1];

const workers = sourceFiles(join(ROOT, 'src')).filter((f) => /\.worker\.tsx?$/.test(f));

describe('entry points install the legacy polyfills first', () => {
  it('finds the page entry and the workers', () => {
    expect(workers.map((f) => relative(ROOT, f))).toContain('src/ui/import/read-file.worker.ts');
  });
  it.each([join(ROOT, 'src/app/main.tsx'), ...workers].map((f) => [relative(ROOT, f), f]))(
    '%s',
    (_, file) => {
      expect(firstImport(file)).toMatch(/(^|\/)domain\/legacy-polyfills$/);
    },
  );
  it('every `new Worker(…)` names a *.worker.ts entry', () => {
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/new Worker\(\s*new URL\(\s*['"]([^'"]+)['"]/g))
        expect(m[1], relative(ROOT, file)).toMatch(/\.worker\.ts$/);
    }
  });
});
