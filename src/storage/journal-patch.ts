// What changed between two drafts, small enough to journal on every keystroke (unsaved-journal.ts).
// Journaling the whole draft cost 22 ms a change at 1 MB (JSON.stringify + localStorage.setItem,
// each ~1 ms per 50 kB in Chromium); a keystroke changes one field by one character. So the journal
// records the changed leaves against a draft whose content IndexedDB holds (the last committed
// write), and a long text as a splice: where it starts, how many characters go, what comes in.
// Plain JSON data only (what cloneData copies); unchanged subtrees are skipped by identity.

export type JsonPath = (string | number)[];
export type PatchOp =
  /** the value at `p` becomes `v` (a new key too) */
  | { p: JsonPath; v: unknown }
  /** the key at `p` is removed */
  | { p: JsonPath; rm: true }
  /** the string at `p`: `del` characters from `at` replaced by `ins` */
  | { p: JsonPath; at: number; del: number; ins: string };

/** Strings shorter than this are set whole: a splice would not be smaller. */
const SPLICE_FROM = 256;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The longest common prefix (or suffix) length, by binary search over native comparisons of
 * slices: ~20 memcmp-speed compares for a 300,000-character text instead of a JavaScript loop
 * over every character.
 */
function commonLength(a: string, b: string, max: number, atEnd: boolean): number {
  const part = (s: string, n: number) => (atEnd ? s.slice(s.length - n) : s.slice(0, n));
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (part(a, mid) === part(b, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function spliceOf(a: string, b: string): { at: number; del: number; ins: string } {
  const max = Math.min(a.length, b.length);
  let start = commonLength(a, b, max, false);
  let end = commonLength(a, b, max - start, true);
  // never split a surrogate pair: the journal is JSON, a lone surrogate would not survive it
  if (start > 0 && isHighSurrogate(a.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(a.charCodeAt(a.length - end))) end--;
  return { at: start, del: a.length - start - end, ins: b.slice(start, b.length - end) };
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function diffInto(a: unknown, b: unknown, path: JsonPath, ops: PatchOp[]): void {
  if (a === b) return;
  if (typeof a === 'string' && typeof b === 'string' && a.length >= SPLICE_FROM && b.length >= SPLICE_FROM) {
    ops.push({ p: path, ...spliceOf(a, b) });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) diffInto(a[i], b[i], [...path, i], ops);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of Object.keys(b)) {
      if (Object.hasOwn(a, key)) diffInto(a[key], b[key], [...path, key], ops);
      else ops.push({ p: [...path, key], v: b[key] });
    }
    for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) ops.push({ p: [...path, key], rm: true });
    return;
  }
  ops.push({ p: path, v: b });
}

/** The operations that turn `from` into `to` (both plain JSON data). */
export function diffJson(from: unknown, to: unknown): PatchOp[] {
  const ops: PatchOp[] = [];
  diffInto(from, to, [], ops);
  return ops;
}

/** Thrown when a patch does not fit the value it is applied to (another base): nothing is guessed. */
export class PatchMismatchError extends Error {}

const set = (target: Record<string, unknown> | unknown[], key: string | number, value: unknown) =>
  // defineProperty, not assignment: a key "__proto__" stays a member (as in clone-data.ts)
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * `ops` applied to a copy of `base` (a copy along the paths touched; the rest is shared).
 * Throws PatchMismatchError when a path or a splice does not fit `base`.
 */
export function applyPatch<T>(base: T, ops: readonly PatchOp[]): T {
  let root: unknown = base;
  const copied = new Set<unknown>();
  const own = (x: unknown): Record<string, unknown> | unknown[] => {
    if (typeof x !== 'object' || x === null) throw new PatchMismatchError('not an object');
    if (copied.has(x)) return x as Record<string, unknown> | unknown[];
    const copy = Array.isArray(x) ? [...x] : Object.defineProperties({}, Object.getOwnPropertyDescriptors(x));
    copied.add(copy);
    return copy;
  };
  for (const op of ops) {
    if (op.p.length === 0) {
      if (!('v' in op)) throw new PatchMismatchError('the root can only be replaced');
      root = op.v;
      continue;
    }
    root = own(root);
    let parent = root as Record<string, unknown> | unknown[];
    for (const key of op.p.slice(0, -1)) {
      if (!Object.hasOwn(parent, key)) throw new PatchMismatchError(`no ${String(key)}`);
      const child = own((parent as Record<string | number, unknown>)[key]);
      set(parent, key, child);
      parent = child;
    }
    const last = op.p[op.p.length - 1]!;
    if ('v' in op) set(parent, last, op.v);
    else if ('rm' in op) {
      if (Array.isArray(parent)) throw new PatchMismatchError('no removal from a list');
      delete parent[String(last)];
    } else {
      const text = Object.hasOwn(parent, last)
        ? (parent as Record<string | number, unknown>)[last]
        : undefined;
      if (typeof text !== 'string' || op.at + op.del > text.length)
        throw new PatchMismatchError(`the text at ${op.p.join('.')} is not the one patched`);
      set(parent, last, text.slice(0, op.at) + op.ins + text.slice(op.at + op.del));
    }
  }
  return root as T;
}
