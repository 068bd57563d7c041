// No cell address is written by hand in src/ or e2e/ (issue 13 item 4): every one is built by
// cellAddress() / INPUT_CELLS and turned into text by cellId(), so a typo in a row or column is a
// compile error. The scanner and its own tests live in scripts/address-literals/.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanAddressLiterals } from '../scripts/address-literals/address-literals';

const ROOT = join(__dirname, '..');

/** Files whose address-shaped text is not a cell address, and why. */
const EXEMPT_FILES: Readonly<Record<string, string>> = {
  'src/domain/interchange/import-hostile.test.ts':
    'JSON paths inside hostile report files and the error messages that name them, as a clerk reads them',
  'src/ui/review/anchor-label.test.ts':
    'comment anchors this version does NOT know (a hand-made or older file), written as such on purpose',
};

describe('cell addresses in src/ and e2e/', () => {
  it('are never written as literals', () => {
    const found = scanAddressLiterals(ROOT, ['src', 'e2e']).filter((f) => !(f.file in EXEMPT_FILES));
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});
