// Our PDF reader (src/domain/pdf-text) against pdftotext -layout on PDFs we made ourselves: each
// PDF in DIR (default /tmp/nianbao-pdfs, made by `PDF_OUT=<dir> npx tsx
// scripts/corpus-pdf/make-pdf-fixtures.ts`) is read both ways and imported; cells right / unread /
// WRONG and meta against the corpus report it was printed from, and the time the reader took.
//   npx tsx scripts/corpus-pdf/own-reader-check.ts [DIR]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusReports } from '../../src/domain/corpus/corpus';
import { scoreRead } from '../../src/domain/corpus/evaluate';
import { SHAPES } from '../../src/domain/corpus/shapes';
import { extractPdfText } from '../../src/domain/pdf-text/extract-pdf-text';
import { importPublishedText } from '../../src/domain/text-import/import-text';

const dir = process.argv[2] ?? '/tmp/nianbao-pdfs';
const reports = corpusReports(
  readFileSync(join(import.meta.dirname, '../../src/domain/fixtures/qufu-2021.txt'), 'utf8'),
);
const shape = SHAPES.find((s) => s.name === 'pdf-browser-print')!;

function score(key: string, text: string) {
  const r = reports.find((x) => key.startsWith(x.key));
  if (!r) throw new Error(`no corpus report for ${key}`);
  const result = importPublishedText(text);
  const s = scoreRead(r, shape, result);
  const cellMisses = s.misses.filter((m) => !m.startsWith('meta.') && m.includes('≠'));
  const unread = cellMisses.filter((m) => /=null≠/.test(m)).length;
  return {
    right: s.cellsExact,
    unread,
    wrong: cellMisses.length - unread,
    meta: `${s.metaExact}/${s.meta}`,
    misses: s.misses,
  };
}

for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.pdf'))
  .sort()) {
  const bytes = new Uint8Array(readFileSync(join(dir, f)));
  const t0 = performance.now();
  const own = extractPdfText(bytes).text;
  const ms = performance.now() - t0;
  const poppler = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, f), '-'], {
    encoding: 'utf8',
  });
  const a = score(f, own);
  const b = score(f, poppler);
  const line = (n: string, s: typeof a) =>
    `${n} right ${s.right} unread ${s.unread} WRONG ${s.wrong} meta ${s.meta}`;
  console.log(`${f.padEnd(44)} ${line('own', a)} | ${line('pdftotext', b)} | ${ms.toFixed(0)} ms`);
  if (process.env.VERBOSE) {
    const onlyOwn = a.misses.filter((m) => !b.misses.includes(m));
    if (onlyOwn.length) console.log('  own only:', onlyOwn.join(' '));
  }
}
