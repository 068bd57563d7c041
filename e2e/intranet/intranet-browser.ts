// Chromium as an office PC runs it against the intranet server: the server's host name resolved by
// the browser (--host-resolver-rules), and for HTTPS the self-signed certificate trusted the way
// Linux Chromium trusts a local certificate: in the user's NSS database, $HOME/.pki/nssdb
// (certutil from libnss3-tools). Each launch gets its own HOME, so nothing leaks between runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserType } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { INTRANET_HOST } from './nginx-server';

export type IntranetBrowser = { browser: Browser; close(): Promise<void> };

function trustInNss(home: string, certificatePem: string): void {
  const db = join(home, '.pki', 'nssdb');
  mkdirSync(db, { recursive: true });
  const pem = join(home, 'intranet-cert.pem');
  writeFileSync(pem, certificatePem);
  execFileSync('certutil', ['-d', `sql:${db}`, '-N', '--empty-password'], { stdio: 'pipe' });
  // P: a trusted peer — this exact certificate is accepted for TLS servers, as an administrator
  // would install the intranet server's own certificate on each PC.
  execFileSync('certutil', ['-d', `sql:${db}`, '-A', '-n', 'nianbao-intranet', '-t', 'P,,', '-i', pem], {
    stdio: 'pipe',
  });
}

export async function launchIntranetBrowser(
  chromium: BrowserType,
  trustedCertificate: string | null,
): Promise<IntranetBrowser> {
  const home = mkdtempSync(join(tmpdir(), 'nianbao-home-'));
  if (trustedCertificate) trustInNss(home, trustedCertificate);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1`],
    env: { ...process.env, HOME: home },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
