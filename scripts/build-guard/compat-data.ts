// What MDN's browser-compat-data (@mdn/browser-compat-data, the tables on MDN's pages) says about
// an API in the supported browsers. Only `api.*` (Web APIs) and `javascript.builtins.*` matter for
// built code; a feature counts as supported when a plain statement (no flag, prefix or other name,
// not removed) gives a version no later than the floor in both Chromium and Firefox.
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { SUPPORTED } from './supported-browsers.ts';

type Statement = {
  version_added?: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown;
  prefix?: string;
  alternative_name?: string;
};
type Compat = { support: Record<string, Statement | Statement[] | undefined> };
type Tree = { __compat?: Compat; [key: string]: unknown };

export type Feature = { path: string; chrome: string; firefox: string; supported: boolean };

function version(value: Statement['version_added']): number | null {
  if (typeof value !== 'string') return null;
  const n = Number.parseFloat(value.replace('≤', ''));
  return Number.isFinite(n) ? n : null;
}

function supportedIn(compat: Compat, browser: keyof typeof SUPPORTED): { ok: boolean; shown: string } {
  const raw = compat.support[browser];
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  let shown = 'no';
  for (const s of statements) {
    const added = version(s.version_added);
    if (added === null || s.flags || s.prefix || s.alternative_name) continue;
    shown = String(s.version_added);
    if (s.version_removed) continue;
    if (added <= SUPPORTED[browser]) return { ok: true, shown };
  }
  return { ok: false, shown };
}

function feature(path: string, tree: Tree): Feature | null {
  if (!tree.__compat) return null;
  const chrome = supportedIn(tree.__compat, 'chrome');
  const firefox = supportedIn(tree.__compat, 'firefox');
  return { path, chrome: chrome.shown, firefox: firefox.shown, supported: chrome.ok && firefox.ok };
}

const subTrees = (tree: Tree): [string, Tree][] =>
  Object.entries(tree).filter(
    (e): e is [string, Tree] => e[0] !== '__compat' && typeof e[1] === 'object' && e[1] !== null,
  );

const api = bcd.api as unknown as Record<string, Tree>;
const builtins = bcd.javascript.builtins as unknown as Record<string, Tree>;

/**
 * The Web API interfaces whose members a property name is matched against: the DOM, events,
 * storage, files and workers a page like this touches. Matching a name against ALL of MDN's
 * interfaces would flag every `.path`, `.run` or `.year` of our own objects because some recent
 * API (WebGPU, WebML, Temporal…) has a member of that name; those APIs can only be reached through
 * their own globals and objects, and the global check covers that door.
 */
const MEMBER_INTERFACES = [
  'AbortController',
  'AbortSignal',
  'BroadcastChannel',
  'Blob',
  'Cache',
  'CacheStorage',
  'CanvasRenderingContext2D',
  'CharacterData',
  'Clipboard',
  'ClipboardEvent',
  'CompositionEvent',
  'Crypto',
  'CSSStyleDeclaration',
  'CustomEvent',
  'DataTransfer',
  'DataTransferItem',
  'Document',
  'DocumentFragment',
  'DOMParser',
  'DOMRect',
  'DOMTokenList',
  'Element',
  'ErrorEvent',
  'Event',
  'EventTarget',
  'File',
  'FileList',
  'FileReader',
  'FocusEvent',
  'FormData',
  'Headers',
  'History',
  'HTMLAnchorElement',
  'HTMLCanvasElement',
  'HTMLCollection',
  'HTMLDialogElement',
  'HTMLElement',
  'HTMLFormElement',
  'HTMLImageElement',
  'HTMLInputElement',
  'HTMLSelectElement',
  'HTMLTableElement',
  'HTMLTextAreaElement',
  'IDBCursor',
  'IDBDatabase',
  'IDBFactory',
  'IDBIndex',
  'IDBKeyRange',
  'IDBObjectStore',
  'IDBRequest',
  'IDBTransaction',
  'InputEvent',
  'IntersectionObserver',
  'KeyboardEvent',
  'Location',
  'MediaQueryList',
  'MessageChannel',
  'MessagePort',
  'MouseEvent',
  'MutationObserver',
  'Navigator',
  'Node',
  'NodeList',
  'PageTransitionEvent',
  'Performance',
  'PointerEvent',
  'PromiseRejectionEvent',
  'Range',
  'Request',
  'ResizeObserver',
  'Response',
  'Selection',
  'ServiceWorker',
  'ServiceWorkerContainer',
  'ServiceWorkerGlobalScope',
  'ServiceWorkerRegistration',
  'ShadowRoot',
  'Storage',
  'StorageEvent',
  'StorageManager',
  'SubtleCrypto',
  'Text',
  'TextDecoder',
  'TextEncoder',
  'UIEvent',
  'URL',
  'URLSearchParams',
  'WheelEvent',
  'Window',
  'WorkerGlobalScope',
  'XMLSerializer',
  'console',
];
/** Temporal is reached only through its global (checked as such); its `.year`, `.equals`… are common names. */
const MEMBER_BUILTINS_SKIPPED = new Set(['Temporal']);

/** Member name → every feature of that name (`Array.at`, `TypedArray.at`, `Element.replaceChildren`…). */
const byMemberName = new Map<string, Feature[]>();
function indexMembers(prefix: string, owners: [string, Tree][], nested: boolean): void {
  for (const [owner, tree] of owners)
    for (const [member, sub] of subTrees(tree)) {
      // Events (`click_event`), constructors (`Blob.Blob`) and notes on parameters are not names
      // a script reads as a property.
      if (member === owner || member.includes('_')) continue;
      const f = feature(`${prefix}.${owner}.${member}`, sub);
      if (f) byMemberName.set(member, [...(byMemberName.get(member) ?? []), f]);
      if (nested && /^[A-Z]/.test(member)) indexMembers(`${prefix}.${owner}`, [[member, sub]], false);
    }
}
indexMembers(
  'api',
  MEMBER_INTERFACES.flatMap((name) => (api[name] ? [[name, api[name]] as [string, Tree]] : [])),
  false,
);
indexMembers(
  'javascript.builtins',
  Object.entries(builtins).filter(([name]) => !MEMBER_BUILTINS_SKIPPED.has(name)),
  true,
);

/** Every interface listed above exists in the data (a typo would silently check nothing). */
export const missingInterfaces = (): string[] => MEMBER_INTERFACES.filter((name) => !api[name]);

export function memberFeatures(name: string): Feature[] {
  return byMemberName.get(name) ?? [];
}

/** A free global name: a builtin (`Map`), an interface (`ResizeObserver`), a global function or a window property. */
export function globalFeature(name: string): Feature | null {
  if (builtins[name]) return feature(`javascript.builtins.${name}`, builtins[name]);
  if (api[name]) return feature(`api.${name}`, api[name]);
  // The global object is a Window (an EventTarget) in pages, a ServiceWorkerGlobalScope in sw.js.
  for (const scope of ['Window', 'EventTarget', 'ServiceWorkerGlobalScope', 'WorkerGlobalScope']) {
    const member = api[scope]?.[name] as Tree | undefined;
    if (member) return feature(`api.${scope}.${name}`, member);
  }
  return null;
}

/** Instance globals whose members BCD files under their interface. */
const INTERFACE_OF: Record<string, string> = {
  window: 'Window',
  self: 'Window',
  globalThis: 'Window',
  document: 'Document',
  navigator: 'Navigator',
  location: 'Location',
  history: 'History',
  crypto: 'Crypto',
  performance: 'Performance',
  localStorage: 'Storage',
  sessionStorage: 'Storage',
  indexedDB: 'IDBFactory',
  caches: 'CacheStorage',
  screen: 'Screen',
};

/** `owner.member` where owner is a free global: the exact feature when BCD has it. */
export function staticFeature(owner: string, member: string): Feature | null {
  const ownerTree = builtins[owner] ?? api[INTERFACE_OF[owner] ?? owner];
  const sub = ownerTree?.[member] as Tree | undefined;
  if (sub && typeof sub === 'object') {
    const path = `${builtins[owner] ? 'javascript.builtins' : 'api'}.${INTERFACE_OF[owner] ?? owner}.${member}`;
    return feature(path, sub);
  }
  // window.structuredClone, self.fetch, globalThis.queueMicrotask: the global of that name.
  return INTERFACE_OF[owner] === 'Window' ? globalFeature(member) : null;
}
