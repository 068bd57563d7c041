// The browsers offices have that Playwright cannot drive (issue 17 §2): Firefox ESR (Playwright
// drives only its own patched Firefox) and Chromium 86 (Playwright's injected script needs
// Chromium ≥ 105). Each gets a small client of its own protocol (gecko.ts: WebDriver BiDi;
// chromium-86.ts: CDP) behind this one interface, so one clerk's flow (clerk-flow.ts) runs in both.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** A DOM node in the page, as the browser's protocol refers to it (opaque to the flows). */
export type NodeRef = { readonly ref: string };
export type Arg = Json | NodeRef;
/** A function sent into the page: its source travels, not its closure. */
// biome-ignore lint/suspicious/noExplicitAny: page functions take any argument types; they are checked where written
export type PageFn = (...args: any[]) => unknown;

/** WebDriver's codes for the special keys the flows press; each client maps them to its protocol. */
export const KEY = {
  Tab: '\uE004',
  Enter: '\uE007',
  Backspace: '\uE003',
  Control: '\uE009',
} as const;

export interface ClerkBrowser {
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  /** Where downloads land (no dialog). */
  readonly downloads: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page with `args`; returns its JSON-able result, or a NodeRef for a node. */
  call<T>(fn: PageFn, ...args: Arg[]): Promise<T>;
  /** A real mouse click in the middle of the node (scrolled into view first). */
  click(node: NodeRef): Promise<void>;
  /** Real key presses: one character or KEY code each, with `hold` modifiers held down. */
  press(keys: string, hold?: string[]): Promise<void>;
  setFiles(input: NodeRef, files: string[]): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls a page function until it returns something truthy; throws with `what` after 10 s. */
export async function waitFor<T>(b: ClerkBrowser, what: string, fn: PageFn, ...args: Arg[]): Promise<T> {
  const until = Date.now() + 10_000;
  let last: unknown;
  for (;;) {
    try {
      last = await b.call<T>(fn, ...args);
      if (last) return last as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`waited 10 s for ${what}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Closes the protocol connection, ends the browser and removes its throw-away profile. */
export async function stopBrowser(
  child: import('node:child_process').ChildProcess,
  socket: { close(): void },
  profile: string,
): Promise<void> {
  socket.close();
  child.kill();
  await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(0)));
  const { rmSync } = await import('node:fs');
  // The browser's helper processes may still write into the profile for a moment after the main
  // process exited (CI: 「ENOTEMPTY … /Default」 once in Chromium 86): removal is retried.
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/** Reads the first line of a browser's stderr that matches `pattern` (its debugging endpoint). */
export function endpointFrom(
  stderr: NodeJS.ReadableStream | null,
  pattern: RegExp,
  onExit: (listener: (code: number | null) => void) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`the browser did not start:\n${log}`)), 30_000);
    stderr?.on('data', (d) => {
      log += String(d);
      const m = pattern.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    onExit((code) => reject(new Error(`the browser exited (${code}):\n${log}`)));
  });
}
