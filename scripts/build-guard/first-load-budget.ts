// The JS a clerk waits for before the first screen: the module script index.html loads and the
// chunks it modulepreloads, gzip-compressed as served (deploy/nginx.conf). Issue 17 set the budget
// for office PCs several times slower than a developer's; the build fails above it, so a static
// import that drags a heavy module into the start shows up at once (make it load on demand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts index.html loads at start: the module entry and its modulepreload links (file names). */
export function startupScripts(indexHtml: string): { entry: string | null; preloads: string[] } {
  const base = (src: string) => src.split('/').pop() ?? src;
  const entry = /<script\b[^>]*type="module"[^>]*\bsrc="([^"]+)"/.exec(indexHtml)?.[1] ?? null;
  const preloads = [...indexHtml.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) =>
    base(m[1]!),
  );
  return { entry: entry === null ? null : base(entry), preloads };
}

/** 150 kB (1 kB = 1000 bytes, as Vite and the benchmark print sizes). */
export const FIRST_LOAD_BUDGET_BYTES = 150_000;

export type FirstLoad = { files: { file: string; gzipBytes: number }[]; gzipBytes: number };

export function firstLoad(outDir: string): FirstLoad {
  const { entry, preloads } = startupScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const names = [...(entry ? [entry] : []), ...preloads];
  const files = names.map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(join(outDir, 'assets', file))).length,
  }));
  return { files, gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}

export function firstLoadProblems(outDir: string, budget = FIRST_LOAD_BUDGET_BYTES): string[] {
  const load = firstLoad(outDir);
  if (load.gzipBytes <= budget) return [];
  const list = load.files.map((f) => `${f.file} ${(f.gzipBytes / 1000).toFixed(1)} kB`).join(', ');
  return [
    `index.html loads ${(load.gzipBytes / 1000).toFixed(1)} kB of JS (gzip) at start, over the budget of ${budget / 1000} kB: ${list}`,
  ];
}
