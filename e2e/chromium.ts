// How the tests start Chromium (STACK.md): Debian's build when present (Playwright cannot download
// its own here), with the switches a headless run on a small CI machine needs.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** undefined: Playwright's own browser */
export const chromiumExecutable = (): string | undefined =>
  existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
