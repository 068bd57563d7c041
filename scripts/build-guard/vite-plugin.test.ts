// The guard wired into a real (tiny) vite build: a new API in the source fails the build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_TARGET } from './supported-browsers.ts';
import { legacyBrowserGuard } from './vite-plugin.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function buildApp(mainJs: string): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-guard-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(dir, 'main.js'), mainJs);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [legacyBrowserGuard({ exceptions: {} })],
    build: { target: BUILD_TARGET, outDir: join(dir, 'dist') },
  });
}

describe('legacyBrowserGuard in vite build', () => {
  it('fails the build on an API newer than the supported browsers', async () => {
    await expect(buildApp('document.title = [3, 1, 2].toSorted().join();')).rejects.toThrow(/toSorted/);
  });

  it('passes code the supported browsers run; newer syntax is lowered by the build target', async () => {
    await expect(
      buildApp(
        'let a = null; a ??= [1, 2].flat(); class B { static { this.c = 1; } } document.title = String(a);',
      ),
    ).resolves.toBeUndefined();
  });
});
