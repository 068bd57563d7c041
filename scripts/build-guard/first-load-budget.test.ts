import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoad, firstLoadProblems } from './first-load-budget';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A dist/ whose index.html loads `entry` and modulepreloads `preload`; `lazy` is not loaded at start. */
function dist(files: { entry: string; preload: string; lazy: string }) {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-budget-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="./assets/a.js"></script><link rel="modulepreload" crossorigin href="./assets/b.js">',
  );
  writeFileSync(join(dir, 'assets/a.js'), files.entry);
  writeFileSync(join(dir, 'assets/b.js'), files.preload);
  writeFileSync(join(dir, 'assets/c.js'), files.lazy);
}

/** Text gzip cannot shrink below ~¾ of its length: base64 of random bytes. */
const noise = (n: number) =>
  randomBytes(Math.ceil((n * 3) / 4))
    .toString('base64')
    .slice(0, n);

describe('first-load budget', () => {
  it('counts the entry and its modulepreloads, not the chunks loaded on demand', () => {
    dist({ entry: noise(20_000), preload: noise(10_000), lazy: noise(200_000) });
    const load = firstLoad(dir);
    expect(load.files.map((f) => f.file)).toEqual(['a.js', 'b.js']);
    expect(load.gzipBytes).toBeGreaterThan(20_000);
    expect(load.gzipBytes).toBeLessThan(31_000);
    expect(firstLoadProblems(dir, 31_000)).toEqual([]);
  });

  it('fails when the start loads more than the budget, naming the files', () => {
    dist({ entry: noise(20_000), preload: noise(10_000), lazy: '' });
    const [problem] = firstLoadProblems(dir, 10_000);
    expect(problem).toMatch(/over the budget of 10 kB: a\.js .* kB, b\.js .* kB/);
  });
});
