// Chromium 86 — the oldest engine the README promises, as in 信创 browsers' 极速 cores — driven over
// the Chrome DevTools Protocol (Playwright's injected script needs Element.checkVisibility, Chromium
// 105). Commands used all exist in Chromium 86's protocol.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM_86_PATH } from './chromium-86-path';
import {
  type Arg,
  type ClerkBrowser,
  endpointFrom,
  KEY,
  type NodeRef,
  type PageFn,
  stopBrowser,
} from './driver';

export const chromium86Installed = (): boolean => existsSync(CHROMIUM_86_PATH);

type RemoteObject = {
  type: string;
  subtype?: string;
  value?: unknown;
  objectId?: string;
  description?: string;
};
type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string };

/** What CDP's Input.dispatchKeyEvent needs for the KEY codes the flows press. */
const SPECIAL: Record<string, { key: string; code: string; keyCode: number; text?: string }> = {
  [KEY.Tab]: { key: 'Tab', code: 'Tab', keyCode: 9 },
  [KEY.Enter]: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  [KEY.Backspace]: { key: 'Backspace', code: 'Backspace', keyCode: 8 },
  [KEY.Control]: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
};
const CONTROL = 2; // CDP modifier bit

export class Chromium86 implements ClerkBrowser {
  private nextId = 0;
  private readonly waiting = new Map<number, (m: Record<string, unknown>) => void>();
  readonly errors: string[] = [];
  private session = '';
  private loaded: (() => void) | null = null;

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
    readonly downloads: string,
  ) {
    socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as Message & Record<string, unknown>;
      if (m.id !== undefined && this.waiting.has(m.id)) {
        this.waiting.get(m.id)?.(m);
        this.waiting.delete(m.id);
      } else if (m.method) this.onEvent(m);
    });
  }

  /** A fresh profile each time; `localHosts` resolve to the loopback address (an intranet name). */
  static async launch(options: { localHosts?: string[] } = {}): Promise<Chromium86> {
    const profile = mkdtempSync(join(tmpdir(), 'nb-chromium86-'));
    const downloads = join(profile, 'downloads');
    mkdirSync(downloads);
    const rules = (options.localHosts ?? []).map((h) => `MAP ${h} 127.0.0.1`).join(',');
    const child = spawn(
      CHROMIUM_86_PATH,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--lang=zh-CN',
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        ...(rules ? [`--host-resolver-rules=${rules}`] : []),
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Asia/Shanghai' } },
    );
    const url = await endpointFrom(child.stderr, /DevTools listening on (ws:\/\/\S+)/, (l) =>
      child.on('exit', l),
    );
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const b = new Chromium86(child, socket, profile, downloads);
    await b.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads }, false);
    const { targetId } = (await b.send('Target.createTarget', { url: 'about:blank' }, false)) as {
      targetId: string;
    };
    const { sessionId } = (await b.send('Target.attachToTarget', { targetId, flatten: true }, false)) as {
      sessionId: string;
    };
    b.session = sessionId;
    await b.send('Page.enable', {});
    await b.send('Runtime.enable', {});
    await b.send('Log.enable', {});
    return b;
  }

  private onEvent(m: Message) {
    const p = m.params ?? {};
    if (m.method === 'Page.loadEventFired') this.loaded?.();
    else if (m.method === 'Runtime.exceptionThrown') {
      const d = p.exceptionDetails as { text?: string; exception?: RemoteObject };
      this.errors.push(`exception: ${d.exception?.description ?? d.text}`);
    } else if (m.method === 'Runtime.consoleAPICalled' && p.type === 'error') {
      const args = (p.args as RemoteObject[]).map((a) => a.description ?? String(a.value));
      this.errors.push(`console: ${args.join(' ')}`);
    } else if (m.method === 'Log.entryAdded') {
      const e = p.entry as { level?: string; text?: string };
      if (e.level === 'error') this.errors.push(`log: ${e.text}`);
    }
  }

  async send(method: string, params: Record<string, unknown>, inPage = true): Promise<unknown> {
    const id = ++this.nextId;
    const reply = new Promise<Record<string, unknown>>((resolve) => this.waiting.set(id, resolve));
    this.socket.send(JSON.stringify({ id, method, params, ...(inPage ? { sessionId: this.session } : {}) }));
    const m = await reply;
    const error = m.error as { message?: string } | undefined;
    if (error) throw new Error(`${method}: ${error.message}`);
    return m.result;
  }

  /** Starts a navigation and waits for its load event (none comes for a same-document one). */
  private async navigation(what: string, start: () => Promise<unknown>) {
    let timer: NodeJS.Timeout | undefined;
    const done = new Promise<void>((resolve, reject) => {
      this.loaded = resolve;
      timer = setTimeout(() => reject(new Error(`${what}: no load event in 30 s`)), 30_000);
    });
    try {
      const r = (await start()) as { loaderId?: string; errorText?: string } | undefined;
      if (r?.errorText) throw new Error(`${what}: ${r.errorText}`);
      if (r && !r.loaderId) return; // a hash change: the same document
      await done;
    } finally {
      clearTimeout(timer);
      this.loaded = null;
    }
  }

  goto(url: string) {
    return this.navigation(`navigate to ${url}`, () => this.send('Page.navigate', { url }));
  }

  reload() {
    return this.navigation('reload', () => this.send('Page.reload', {}));
  }

  async call<T>(fn: PageFn, ...args: Arg[]): Promise<T> {
    const { result: global } = (await this.send('Runtime.evaluate', { expression: 'globalThis' })) as {
      result: RemoteObject;
    };
    const r = (await this.send('Runtime.callFunctionOn', {
      functionDeclaration: fn.toString(),
      objectId: global.objectId,
      arguments: args.map((a) =>
        a !== null && typeof a === 'object' && 'ref' in a && typeof a.ref === 'string'
          ? { objectId: a.ref }
          : { value: a },
      ),
      awaitPromise: true,
    })) as { result: RemoteObject; exceptionDetails?: { exception?: RemoteObject; text: string } };
    if (r.exceptionDetails)
      throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    const v = r.result;
    if (v.subtype === 'node' && v.objectId) return { ref: v.objectId } as T;
    if (v.type === 'object' && v.subtype !== 'null' && v.objectId) {
      const byValue = (await this.send('Runtime.callFunctionOn', {
        functionDeclaration: 'function () { return this; }',
        objectId: v.objectId,
        returnByValue: true,
      })) as { result: RemoteObject };
      return byValue.result.value as T;
    }
    return (v.value ?? null) as T;
  }

  async click(node: NodeRef) {
    const box = await this.call<{ x: number; y: number }>((n: Element) => {
      n.scrollIntoView({ block: 'center' });
      const r = n.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, node);
    const at = { x: box.x, y: box.y, button: 'left', clickCount: 1 };
    await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
    await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
    await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
  }

  async press(keys: string, hold: string[] = []) {
    const modifiers = hold.includes(KEY.Control) ? CONTROL : 0;
    for (const k of hold) await this.key('keyDown', k, 0);
    for (const k of Array.from(keys)) {
      if (SPECIAL[k] || modifiers || /^[\x20-\x7e]$/.test(k)) {
        await this.key('keyDown', k, modifiers);
        await this.key('keyUp', k, modifiers);
      } else {
        // What an IME commits: a character no key of the keyboard types.
        await this.send('Input.insertText', { text: k });
      }
    }
    for (const k of [...hold].reverse()) await this.key('keyUp', k, 0);
  }

  private async key(type: 'keyDown' | 'keyUp', k: string, modifiers: number) {
    const special = SPECIAL[k];
    const upper = k.toUpperCase();
    const desc = special ?? {
      key: k,
      code: /[a-z]/i.test(k) ? `Key${upper}` : /\d/.test(k) ? `Digit${k}` : '',
      keyCode: upper.charCodeAt(0),
      text: k,
    };
    // A key with Ctrl types no text: the editor's own key bindings (select all, copy, paste) act.
    const text = type === 'keyDown' && !modifiers ? desc.text : undefined;
    await this.send('Input.dispatchKeyEvent', {
      type: text ? 'keyDown' : type === 'keyDown' ? 'rawKeyDown' : 'keyUp',
      key: desc.key,
      code: desc.code,
      windowsVirtualKeyCode: desc.keyCode,
      modifiers,
      ...(text ? { text, unmodifiedText: text } : {}),
    });
  }

  /** The page printed to PDF as 「打印」 would (print media, the page's own @page size). */
  async pdf(path: string) {
    await this.send('Emulation.setEmulatedMedia', { media: 'print' });
    const r = (await this.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true })) as {
      data: string;
    };
    writeFileSync(path, Buffer.from(r.data, 'base64'));
  }

  async setFiles(input: NodeRef, files: string[]) {
    await this.send('DOM.setFileInputFiles', { objectId: input.ref, files });
  }

  async screenshot(path: string) {
    const r = (await this.send('Page.captureScreenshot', {})) as { data: string };
    writeFileSync(path, Buffer.from(r.data, 'base64'));
  }

  close() {
    return stopBrowser(this.process, this.socket, this.profile);
  }
}
