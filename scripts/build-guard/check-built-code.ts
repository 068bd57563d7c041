// Runs both checks over every .js file of a build (the page's chunks, the service worker and its
// runtime): used by the build itself (vite-plugin.ts) and runnable alone:
//   npx tsx scripts/build-guard/check-built-code.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type ApiCheckOptions, apiProblems, type BuiltFile } from './api-check.ts';
import { syntaxProblem } from './syntax-check.ts';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsFiles(path);
    return e.name.endsWith('.js') ? [path] : [];
  });
}

export function builtFiles(outDir: string): BuiltFile[] {
  return jsFiles(outDir).map((path) => ({ file: relative(outDir, path), code: readFileSync(path, 'utf8') }));
}

/** Every problem, syntax first; empty when the build runs in the supported browsers. */
export function builtCodeProblems(files: readonly BuiltFile[], options: ApiCheckOptions = {}): string[] {
  const syntax = files
    .map((f) => syntaxProblem(f.file, f.code))
    .filter((p) => p !== null)
    .map((p) => `${p.file}:${p.line}:${p.column}: not ES2020 syntax (${p.message}) near «${p.excerpt}»`);
  return [...syntax, ...apiProblems(files, options)];
}

if (process.argv[1]?.endsWith('check-built-code.ts')) {
  const dir = process.argv[2] ?? 'dist';
  const files = builtFiles(dir);
  const problems = builtCodeProblems(files);
  for (const p of problems) console.log(p);
  console.log(`${files.length} files checked, ${problems.length} problem(s)`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
