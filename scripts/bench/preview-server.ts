// `vite preview` of the production build, started and stopped by the benchmark itself. It runs in
// its own process group (npx starts node, which starts the server), so stopping kills exactly the
// processes started here, by group id — also when the benchmark is interrupted or throws.
import { type ChildProcess, spawn } from 'node:child_process';

export const PREVIEW_HOST = '127.0.0.1';
export const PREVIEW_PORT = 4180;

export type PreviewServer = { url: string; stop(): Promise<void> };

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/`)).ok;
  } catch {
    return false; // not listening
  }
}

/** Where to serve: the port (PREVIEW_PORT unless given) and the build folder (vite's dist/ unless given). */
export type PreviewOptions = { port?: number; outDir?: string; timeoutMs?: number };

export async function startPreview(cwd: string, options: PreviewOptions = {}): Promise<PreviewServer> {
  const { port = PREVIEW_PORT, outDir, timeoutMs = 30_000 } = options;
  const url = `http://${PREVIEW_HOST}:${port}`;
  // --strictPort makes our server exit if the port is taken; then another server would answer
  // the readiness probe below and be measured instead of this build.
  if (await answers(url)) throw new Error(`something already listens on ${url}; stop it first`);
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      PREVIEW_HOST,
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  // The server is in its own process group, so Ctrl+C in the terminal does not reach it: forward.
  const onExit = () => killGroup(child, 'SIGKILL');
  const onSignal = () => {
    killGroup(child, 'SIGKILL');
    process.exit(130);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const detach = () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };

  const stop = async () => {
    detach();
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) {
      detach();
      throw new Error(
        `vite preview exited (${child.exitCode}): ${output.trim().split('\n').slice(-3).join(' / ')}`,
      );
    }
    if (await answers(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}
