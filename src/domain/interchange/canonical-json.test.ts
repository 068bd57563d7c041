import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compareCodePoints, walkedCanonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and keeps array order', () => {
    expect(canonicalJson({ b: [3, 1, 2], a: { d: null, c: true } })).toBe(
      '{"a":{"c":true,"d":null},"b":[3,1,2]}',
    );
  });

  it.each([
    [1.0, '1'],
    [-0, '0'],
    [0.1, '0.1'],
    [24252.311082, '24252.311082'],
    [1e21, '1e+21'],
    [1e-7, '1e-7'],
    [123456789012, '123456789012'],
  ])('writes the number %s as %s', (n, text) => expect(canonicalJson(n)).toBe(text));

  it.each([NaN, Infinity, -Infinity])('rejects %s', (n) => {
    expect(() => canonicalJson({ a: [n] })).toThrow(TypeError);
  });

  it.each([
    ['undefined in an array', [undefined]],
    ['a Date', { d: new Date(0) }],
    ['a bigint', { n: 1n }],
    ['a function', { f: () => 1 }],
  ])('rejects %s', (_name, value) => expect(() => canonicalJson(value)).toThrow(TypeError));

  it('omits undefined properties as JSON.stringify does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('escapes strings like JSON, lone surrogates included', () => {
    expect(canonicalJson('"\\\n\u0001\ud800👍')).toBe('"\\"\\\\\\n\\u0001\\ud800👍"');
  });

  it('orders keys by code point, not UTF-16 unit: U+FF5E sorts before U+1F600', () => {
    const key1 = '\uff5e';
    const key2 = '😀';
    // UTF-16 order would put the emoji (0xD83D…) first
    expect([key1, key2].sort()).toEqual([key2, key1]);
    expect(canonicalJson({ [key2]: 2, [key1]: 1 })).toBe(`{"${key1}":1,"${key2}":2}`);
  });

  it('compareCodePoints agrees with comparing code point arrays', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const ca = [...a].map((c) => c.codePointAt(0)!);
        const cb = [...b].map((c) => c.codePointAt(0)!);
        let expected = 0;
        for (let i = 0; i < Math.min(ca.length, cb.length) && expected === 0; i++) expected = ca[i]! - cb[i]!;
        if (expected === 0) expected = ca.length - cb.length;
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(expected));
      }),
    );
  });

  it('is independent of key insertion order and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), (value) => {
        const text = canonicalJson(value);
        const reordered = JSON.parse(JSON.stringify(value), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalJson(reordered)).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text).not.toMatch(/^\s|\s$/);
      }),
    );
  });

  it('orders integer-like keys by code point too ("10" before "9"), not as JavaScript enumerates them', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', x: { 2: 1, 1: 2 } })).toBe(
      '{"10":"b","9":"a","x":{"1":2,"2":1}}',
    );
  });

  it('the fast native path writes exactly what the plain walk writes', () => {
    const key = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.nat().map(String),
      fc.constantFrom('~', '\uff5e', '😀'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ noUnicodeString: false }),
        fc.array(tie('node')),
        fc.dictionary(key, tie('node')),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(walkedCanonicalJson(v));
      }),
    );
  });

  it('keeps a member named __proto__, on both paths', () => {
    const value: unknown = JSON.parse('{"b":1,"__proto__":null,"a":{"__proto__":[2]}}');
    const text = '{"__proto__":null,"a":{"__proto__":[2]},"b":1}';
    expect(canonicalJson(value)).toBe(text);
    expect(walkedCanonicalJson(value)).toBe(text);
  });

  it('names the path of what is not JSON', () => {
    expect(() => canonicalJson({ a: [1, { b: Number.NaN }] })).toThrow('$.a[1].b');
    expect(() => canonicalJson({ a: [1, undefined] })).toThrow('$.a[1]');
  });
});
