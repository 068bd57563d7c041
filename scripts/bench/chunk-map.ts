// What the JS loaded at start is made of: `npx tsx scripts/bench/chunk-map.ts [--top=30] [--chunk=<name>]`.
// Builds the app (into a temporary directory, dist/ is left alone) with one more plugin that takes
// rollup's module list of every chunk in generateBundle (the rendered code of each module, after
// tree-shaking and before minification of the whole chunk), and prints, for the chunks index.html
// loads at start (or the one named), each module's share of the chunk's gzip size: the module's
// rendered bytes gzipped alone, scaled so the chunk's modules add up to the chunk's real gzip size
// (a module gzipped alone compresses worse than inside its chunk; the scale keeps the ranking and
// gives kB that add up). Packages are grouped by their node_modules name as well.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { startupScripts } from '../build-guard/first-load-budget.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type ModuleShare = { id: string; renderedBytes: number; gzipAlone: number; gzipShare: number };
export type ChunkMap = { file: string; gzipBytes: number; modules: ModuleShare[] };

type Rendered = { id: string; code: string };
/** Each module's static importers (rollup's module info). */
type Importers = Map<string, readonly string[]>;

function moduleListPlugin(into: Map<string, Rendered[]>, importers: Importers): Plugin {
  return {
    name: 'nianbao:chunk-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const list = Object.entries(out.modules).map(([id, m]) => ({ id, code: m.code ?? '' }));
        into.set(out.fileName.split('/').pop() ?? out.fileName, list);
        for (const { id } of list) importers.set(id, this.getModuleInfo(id)?.importers ?? []);
      }
    },
  };
}

/** The chain of static imports from an entry module to `id` (shortest), for --why. */
export function importChain(id: string, importers: Importers, inChunk: ReadonlySet<string>): string[] {
  const seen = new Set([id]);
  let paths: string[][] = [[id]];
  while (paths.length > 0) {
    const next: string[][] = [];
    for (const path of paths) {
      const from = (importers.get(path[0]!) ?? []).filter((i) => inChunk.has(i) && !seen.has(i));
      if ((importers.get(path[0]!) ?? []).length === 0) return path;
      for (const i of from) {
        seen.add(i);
        next.push([i, ...path]);
      }
    }
    if (next.length === 0) return paths[0]!;
    paths = next;
  }
  return [id];
}

/** Shares of each module in `chunkCode`'s gzip size (see the header). */
export function moduleShares(modules: readonly Rendered[], chunkGzip: number): ModuleShare[] {
  const alone = modules.map((m) => ({
    id: m.id,
    renderedBytes: Buffer.byteLength(m.code),
    gzipAlone: m.code.length === 0 ? 0 : gzipSync(m.code).length,
  }));
  const sum = alone.reduce((s, m) => s + m.gzipAlone, 0);
  return alone
    .map((m) => ({ ...m, gzipShare: sum === 0 ? 0 : (m.gzipAlone * chunkGzip) / sum }))
    .sort((a, b) => b.gzipShare - a.gzipShare);
}

export function shortId(id: string): string {
  const clean = id.replace(/\0/g, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) return `npm:${clean.slice(nm + '/node_modules/'.length)}`;
  return clean.startsWith('/') ? relative(ROOT, clean) : clean;
}

export function packageOf(id: string): string {
  const s = shortId(id);
  if (!s.startsWith('npm:')) return s.split('/').slice(0, 3).join('/');
  const parts = s.slice(4).split('/');
  return `npm:${parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);
  const named = args.find((a) => a.startsWith('--chunk='))?.slice(8);
  const why = args.filter((a) => a.startsWith('--why=')).map((a) => a.slice(6));
  const outDir = mkdtempSync(join(tmpdir(), 'nianbao-chunk-map-'));
  const modules = new Map<string, Rendered[]>();
  const importers: Importers = new Map();
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      plugins: [moduleListPlugin(modules, importers)],
    });
    const { entry, preloads } = startupScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const files = named
      ? [...modules.keys()].filter((f) => f.startsWith(named))
      : [...(entry ? [entry] : []), ...preloads];
    let total = 0;
    for (const file of files) {
      const gz = gzipSync(readFileSync(join(outDir, 'assets', file))).length;
      total += gz;
      const shares = moduleShares(modules.get(file) ?? [], gz);
      console.log(`\n${file}: ${(gz / 1000).toFixed(1)} kB gzip, ${shares.length} modules`);
      for (const m of shares.slice(0, top))
        console.log(
          `  ${(m.gzipShare / 1000).toFixed(2).padStart(6)} kB  ${(m.renderedBytes / 1000).toFixed(1).padStart(6)} kB raw  ${shortId(m.id)}`,
        );
      const byPackage = new Map<string, number>();
      for (const m of shares)
        byPackage.set(packageOf(m.id), (byPackage.get(packageOf(m.id)) ?? 0) + m.gzipShare);
      const inChunk = new Set(shares.map((m) => m.id));
      for (const w of why)
        for (const m of shares.filter((x) => shortId(x.id).includes(w)))
          console.log(
            `  why ${shortId(m.id)}: ${importChain(m.id, importers, inChunk).map(shortId).join(' → ')}`,
          );
      console.log('  by package / folder:');
      for (const [p, b] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`  ${(b / 1000).toFixed(2).padStart(6)} kB  ${p}`);
    }
    console.log(`\n${named ? 'named chunks' : 'loaded at start'}: ${(total / 1000).toFixed(1)} kB gzip`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
