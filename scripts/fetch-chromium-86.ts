// The oldest Chromium the README promises (86) for e2e/browsers/chromium-86.spec.ts. Google's and
// Playwright's download hosts are out of reach on these machines; the npm registry is not, and the
// package chrome-aws-lambda 5.3.1 carries Chromium 86.0.4240 (Brotli-packed, Linux x64). Fetched
// with `npm pack`, checked against its registry integrity, unpacked to .cache/chromium-86/chromium.
// Run by .ci/run; by hand: `npx tsx scripts/fetch-chromium-86.ts`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { CHROMIUM_86_PATH } from '../e2e/browsers/chromium-86-path';

const PACKAGE = 'chrome-aws-lambda@5.3.1';
/** `npm view chrome-aws-lambda@5.3.1 dist.integrity` */
const INTEGRITY =
  'sha512-KklZTy2p2U/86cCh1hKL3PGDqoirQCAg7uejvNIn0rDBkWj4Su4GOjYMRVB3kthLwmnWhh3x63RDBTCAaQ9Q3Q==';

if (existsSync(CHROMIUM_86_PATH)) {
  console.log(`Chromium 86 already at ${CHROMIUM_86_PATH}`);
} else {
  const work = mkdtempSync(join(tmpdir(), 'chromium-86-'));
  try {
    const name = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], {
      encoding: 'utf8',
    }).trim();
    const tarball = join(work, name);
    const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (digest !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${digest} is not ${INTEGRITY}`);
    execFileSync('tar', ['xzf', tarball, '-C', work, 'package/bin/chromium.br']);
    const binary = brotliDecompressSync(readFileSync(join(work, 'package/bin/chromium.br')));
    const dir = join(CHROMIUM_86_PATH, '..');
    mkdirSync(dir, { recursive: true });
    // Written beside, then renamed: a test never sees half a binary.
    const partial = `${CHROMIUM_86_PATH}.partial`;
    writeFileSync(partial, binary);
    chmodSync(partial, 0o755);
    renameSync(partial, CHROMIUM_86_PATH);
    console.log(`Chromium 86 unpacked to ${CHROMIUM_86_PATH} (${(binary.length / 1e6).toFixed(0)} MB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
