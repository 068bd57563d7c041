// Starting and killing a whole Chromium (issue 16, item 7): the binary is started with a profile
// directory of its own and driven over CDP, so the test knows its process and can SIGKILL the
// browser and every process under it — no shutdown, no flush, as a power cut or `kill -9` would —
// and then start it again on the same profile.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

export type RunningBrowser = { proc: ChildProcess; browser: Browser };

export async function launchBrowser(profileDir: string): Promise<RunningBrowser> {
  const exe = chromiumExecutable() ?? chromium.executablePath();
  const proc = spawn(
    exe,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    proc.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}): ${seen}`));
    });
  });
  proc.stderr?.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  return { proc, browser };
}

/** Every process below `root` (Linux /proc), children before grandchildren. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // pid (comm) state ppid …; comm may hold spaces and parentheses: read after the last ')'
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  let level = [root];
  while (level.length > 0) {
    const next = [...parent].filter(([, ppid]) => level.includes(ppid)).map(([pid]) => pid);
    found.push(...next);
    level = next;
  }
  return found;
}

/** SIGKILL: the browser process first (that is the crash), then everything it started. */
export async function killBrowser({ proc }: RunningBrowser): Promise<void> {
  const pid = proc.pid;
  if (pid === undefined) throw new Error('Chromium has no pid');
  const tree = descendants(pid);
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    else proc.once('exit', () => resolve());
  });
  process.kill(pid, 'SIGKILL');
  for (const child of tree) {
    try {
      process.kill(child, 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
  await exited;
}
