// Firefox ESR as offices run it (麒麟, 统信UOS), driven over WebDriver BiDi. Playwright drives only
// its own patched Firefox, which cannot be downloaded here, and its BiDi mode needs commands that
// Firefox ESR lacks (emulation.setMediaFeaturesOverride) — so this is a small client of our own for
// the few commands a clerk's flow needs (driver.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import {
  type Arg,
  type ClerkBrowser,
  endpointFrom,
  type Json,
  type NodeRef,
  type PageFn,
  stopBrowser,
} from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxInstalled = (): boolean => existsSync(FIREFOX_PATH);

type RemoteValue = { type: string; value?: unknown; sharedId?: string };
type BidiEvent = { method: string; params: Record<string, unknown> };

function fromRemote(v: RemoteValue): unknown {
  switch (v.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'array':
      return (v.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries((v.value as [string, RemoteValue][]).map(([k, x]) => [k, fromRemote(x)]));
    case 'node':
      return { ref: v.sharedId ?? '' } satisfies NodeRef;
    default:
      return `[${v.type}]`;
  }
}

function toLocal(v: Arg): unknown {
  if (v === null) return { type: 'null' };
  if (typeof v === 'string' || typeof v === 'boolean') return { type: typeof v, value: v };
  if (typeof v === 'number') return { type: 'number', value: v };
  if (Array.isArray(v)) return { type: 'array', value: v.map(toLocal) };
  if ('ref' in v && typeof v.ref === 'string') return { sharedId: v.ref };
  return { type: 'object', value: Object.entries(v).map(([k, x]) => [k, toLocal(x as Json)]) };
}

export class Gecko implements ClerkBrowser {
  private nextId = 0;
  private readonly waiting = new Map<number, (m: Record<string, unknown>) => void>();
  /** Console errors and uncaught exceptions of the page, as the clerk's browser would log them. */
  readonly errors: string[] = [];
  private context = '';

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
    readonly downloads: string,
  ) {
    socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as Record<string, unknown>;
      const id = typeof m.id === 'number' ? m.id : undefined;
      if (id !== undefined && this.waiting.has(id)) {
        this.waiting.get(id)?.(m);
        this.waiting.delete(id);
      } else if (m.type === 'event') this.onEvent(m as unknown as BidiEvent);
    });
  }

  /**
   * A fresh profile each time: a separate computer as far as the app can tell. `localHosts` are
   * host names this browser resolves to the loopback address (an intranet server's name).
   */
  static async launch(options: { localHosts?: string[] } = {}): Promise<Gecko> {
    const profile = mkdtempSync(join(tmpdir(), 'nb-firefox-'));
    const downloads = join(profile, 'downloads');
    // Downloads go straight to a folder (no dialog); the rest keeps the run quiet and local.
    writeFileSync(
      join(profile, 'user.js'),
      [
        ['browser.download.folderList', 2],
        ['browser.download.dir', downloads],
        ['browser.download.useDownloadDir', true],
        ['browser.download.always_ask_before_handling_new_types', false],
        ['browser.shell.checkDefaultBrowser', false],
        ['datareporting.policy.dataSubmissionEnabled', false],
        ['app.update.disabledForTesting', true],
        ['intl.accept_languages', 'zh-CN'],
        ['network.dns.localDomains', (options.localHosts ?? []).join(',')],
      ]
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n'),
    );
    const child = spawn(
      FIREFOX_PATH,
      ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Asia/Shanghai' } },
    );
    const url = await endpointFrom(child.stderr, /WebDriver BiDi listening on (ws:\/\/\S+)/, (l) =>
      child.on('exit', l),
    );
    const socket = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const gecko = new Gecko(child, socket, profile, downloads);
    await gecko.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await gecko.send('session.subscribe', { events: ['log.entryAdded'] });
    // The start-up tab of a headless Firefox never has the focus (document.hasFocus() is false and
    // no focus events fire, which the grid follows as it must in a clerk's window); a tab opened
    // and activated over BiDi has it.
    const tab = (await gecko.send('browsingContext.create', { type: 'tab' })) as { context: string };
    gecko.context = tab.context;
    await gecko.send('browsingContext.activate', { context: gecko.context });
    return gecko;
  }

  private onEvent(e: BidiEvent) {
    if (e.method !== 'log.entryAdded') return;
    const p = e.params as { level?: string; type?: string; text?: string };
    if (p.level === 'error') this.errors.push(`${p.type}: ${p.text}`);
  }

  async send(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = ++this.nextId;
    const reply = new Promise<Record<string, unknown>>((resolve) => this.waiting.set(id, resolve));
    this.socket.send(JSON.stringify({ id, method, params }));
    const m = await reply;
    if (m.type === 'error') throw new Error(`${method}: ${m.error} ${m.message}`);
    return m.result;
  }

  async goto(url: string) {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload() {
    await this.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  /** Runs a function in the page (its source is sent, so it may use only its arguments). */
  async call<T>(fn: PageFn, ...args: Arg[]): Promise<T> {
    const r = (await this.send('script.callFunction', {
      functionDeclaration: fn.toString(),
      arguments: args.map(toLocal),
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { type: string; result?: RemoteValue; exceptionDetails?: { text: string } };
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text}`);
    return fromRemote(r.result ?? { type: 'undefined' }) as T;
  }

  async click(node: NodeRef) {
    await this.call((n: Element) => n.scrollIntoView({ block: 'center' }), node);
    const origin = { type: 'element', element: { sharedId: node.ref } };
    await this.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async press(keys: string, hold: string[] = []) {
    const actions: Record<string, string>[] = hold.map((k) => ({ type: 'keyDown', value: k }));
    for (const k of Array.from(keys)) {
      actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k });
    }
    for (const k of [...hold].reverse()) actions.push({ type: 'keyUp', value: k });
    await this.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
  }

  async setFiles(input: NodeRef, files: string[]) {
    await this.send('input.setFiles', { context: this.context, element: { sharedId: input.ref }, files });
  }

  /**
   * The page printed to PDF as 「打印」 would: A4, backgrounds, no margins of the printer's own (the
   * page's @page margins make the type area), as WebDriver BiDi's browsingContext.print gives it.
   */
  async pdf(path: string) {
    const r = (await this.send('browsingContext.print', {
      context: this.context,
      background: true,
      page: { width: 21, height: 29.7 },
      margin: { top: 0, bottom: 0, left: 0, right: 0 },
    })) as { data: string };
    writeFileSync(path, Buffer.from(r.data, 'base64'));
  }

  async screenshot(path: string) {
    const r = (await this.send('browsingContext.captureScreenshot', {
      context: this.context,
    })) as { data: string };
    writeFileSync(path, Buffer.from(r.data, 'base64'));
  }

  close() {
    return stopBrowser(this.process, this.socket, this.profile);
  }
}
