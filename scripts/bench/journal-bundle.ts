// The crash journal as the page runs it (figure 8b): src/storage/unsaved-journal.ts bundled into
// one script for page.addScriptTag, so the figure times the shipped code, not a copy of it.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const JOURNAL_GLOBAL = '__nbJournal';

export async function journalScript(): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(ROOT, 'src/storage/unsaved-journal.ts'),
        formats: ['iife'],
        name: JOURNAL_GLOBAL,
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('no journal bundle');
}
