// Canonical JSON (FORMAT.md §Digest): the one text a value hashes to, whatever key order or
// whitespace a writer used. Object keys sorted by Unicode code point, no whitespace, numbers in
// the shortest form JavaScript prints, strings escaped as JSON.stringify escapes them (lone
// surrogates as \udXXX, so the text is always well-formed and encodes to UTF-8 losslessly).
// Unlike RFC 8785 (which sorts by UTF-16 code unit) keys are ordered by code point, so that a
// reader in any language can sort with its native string order on decoded text.

/** Orders strings by code point. UTF-16 code-unit order differs only when one side is a surrogate
 * (a code point ≥ U+10000) and the other a unit in U+E000–U+FFFF: remap so surrogates sort last. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** True when code-unit order (the default sort) is code-point order for these keys: no surrogates. */
function bmpBelowSurrogates(keys: readonly string[]): boolean {
  for (const k of keys) for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) >= 0xd800) return false;
  return true;
}

/**
 * Canonical JSON text of a JSON value. Throws TypeError on what JSON cannot hold faithfully
 * (NaN, ±Infinity, undefined in an array, functions, bigints, class instances such as Date).
 * Object properties whose value is undefined are omitted, as JSON.stringify omits them, so the
 * digest of an object equals the digest of the file it is written to.
 *
 * Written for size: a 10,000-report backup is ~45 MB of text. The path of a node, for the error
 * message, is kept as a stack of segments and joined only when something is wrong.
 */
export function canonicalJson(value: unknown): string {
  try {
    return nativeCanonicalJson(value);
  } catch {
    // Not JSON, or an object with integer-like keys (see below): the walk below says where, or
    // writes what the native path cannot order.
    return walkedCanonicalJson(value);
  }
}

/** Thrown by the native path where it cannot order an object's keys itself. */
class IntegerLikeKeys extends Error {}

/** Keys that JavaScript enumerates first, in numeric order, whatever order they were added in. */
const INTEGER_LIKE = /^(?:0|[1-9]\d{0,9})$/;

/**
 * JSON.stringify with a replacer that hands it each object as a copy with sorted keys: the string
 * escaping and number printing stay native (about 5× faster than walking in JavaScript). The
 * replacer checks the original value (`this[key]`), before toJSON, so a Date or NaN is refused
 * here as in the walk.
 */
function nativeCanonicalJson(value: unknown): string {
  // JSON.stringify wraps the root as {"": value}: the replacer reaches it as this[''].
  const text: string | undefined = JSON.stringify(value, function (this: unknown, key) {
    const raw: unknown = (this as Record<string, unknown>)[key];
    switch (typeof raw) {
      case 'string':
      case 'boolean':
        return raw;
      case 'number':
        if (!Number.isFinite(raw)) throw new TypeError('non-finite number');
        return raw;
      case 'undefined':
        if (Array.isArray(this)) throw new TypeError('undefined in an array');
        return undefined;
      case 'object': {
        if (raw === null || Array.isArray(raw)) return raw;
        if (!isPlainObject(raw)) throw new TypeError('not a plain object');
        const keys = Object.keys(raw);
        for (const k of keys) if (INTEGER_LIKE.test(k)) throw new IntegerLikeKeys();
        if (bmpBelowSurrogates(keys)) keys.sort();
        else keys.sort(compareCodePoints);
        // No prototype: a key named "__proto__" (valid JSON) is then a plain member, not a setter.
        const sorted: Record<string, unknown> = Object.create(null);
        for (const k of keys) sorted[k] = raw[k];
        return sorted;
      }
      default:
        throw new TypeError(`${typeof raw} is not JSON`);
    }
  });
  if (text === undefined) throw new TypeError('not JSON');
  return text;
}

/** The same text, by walking the value in JavaScript (exported for the test that compares the two). */
export function walkedCanonicalJson(value: unknown): string {
  const path: (string | number)[] = [];
  const where = () => `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;

  function write(v: unknown): string {
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(v)) throw new TypeError(`canonicalJson: non-finite number at ${where()}`);
        return JSON.stringify(v); // shortest round-trip form; -0 prints as 0
      case 'object': {
        if (v === null) return 'null';
        if (Array.isArray(v)) {
          let out = '[';
          for (let i = 0; i < v.length; i++) {
            const item: unknown = v[i];
            if (i > 0) out += ',';
            path.push(i);
            if (item === undefined) throw new TypeError(`canonicalJson: undefined at ${where()}`);
            out += write(item);
            path.pop();
          }
          return `${out}]`;
        }
        if (!isPlainObject(v)) throw new TypeError(`canonicalJson: not a plain object at ${where()}`);
        const keys = Object.keys(v).filter((k) => v[k] !== undefined);
        if (bmpBelowSurrogates(keys)) keys.sort();
        else keys.sort(compareCodePoints);
        let out = '{';
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          if (i > 0) out += ',';
          path.push(k);
          out += `${JSON.stringify(k)}:${write(v[k])}`;
          path.pop();
        }
        return `${out}}`;
      }
      default:
        throw new TypeError(`canonicalJson: ${typeof v} is not JSON at ${where()}`);
    }
  }
  return write(value);
}
