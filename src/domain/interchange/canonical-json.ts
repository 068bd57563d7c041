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

/**
 * Canonical JSON text of a JSON value. Throws TypeError on what JSON cannot hold faithfully
 * (NaN, ±Infinity, undefined in an array, functions, bigints, class instances such as Date).
 * Object properties whose value is undefined are omitted, as JSON.stringify omits them, so the
 * digest of an object equals the digest of the file it is written to.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, '$');
  return parts.join('');
}

function write(value: unknown, out: string[], path: string): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at ${path}`);
      out.push(JSON.stringify(value)); // shortest round-trip form; -0 prints as 0
      return;
    case 'object': {
      if (value === null) {
        out.push('null');
        return;
      }
      if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
          if (i > 0) out.push(',');
          if (item === undefined) throw new TypeError(`canonicalJson: undefined at ${path}[${i}]`);
          write(item, out, `${path}[${i}]`);
        });
        out.push(']');
        return;
      }
      if (!isPlainObject(value)) throw new TypeError(`canonicalJson: not a plain object at ${path}`);
      const keys = Object.keys(value)
        .filter((k) => value[k] !== undefined)
        .sort(compareCodePoints);
      out.push('{');
      keys.forEach((k, i) => {
        if (i > 0) out.push(',');
        out.push(JSON.stringify(k), ':');
        write(value[k], out, `${path}.${k}`);
      });
      out.push('}');
      return;
    }
    default:
      throw new TypeError(`canonicalJson: ${typeof value} is not JSON at ${path}`);
  }
}
