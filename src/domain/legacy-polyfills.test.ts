import { afterEach, describe, expect, it } from 'vitest';
import { installLegacyPolyfills } from './legacy-polyfills';

const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const natives = [
  [Array.prototype, 'at'],
  [String.prototype, 'at'],
  [typedArrayPrototype, 'at'],
  [Object, 'hasOwn'],
] as const;
const saved = natives.map(([owner, name]) => Object.getOwnPropertyDescriptor(owner, name)!);

/** Runs `check` as on Chromium 86: the natives removed, the polyfills installed. */
function asOnChrome86(check: () => void) {
  for (const [owner, name] of natives) delete (owner as Record<string, unknown>)[name];
  expect(([] as unknown as { at?: unknown }).at).toBeUndefined();
  installLegacyPolyfills();
  check();
}

afterEach(() => {
  natives.forEach(([owner, name], i) => {
    Object.defineProperty(owner, name, saved[i]!);
  });
});

describe('legacy polyfills', () => {
  const arrays = [[], [1], [1, 2, 3], ['a', undefined, 'c']];
  const indexes = [0, 1, 2, 3, -1, -2, -3, -4, 1.7, -1.2, Number.NaN, Number.POSITIVE_INFINITY];

  it('Array/String/TypedArray.prototype.at answer like the native ones', () => {
    const expected = {
      arrays: arrays.map((a) => indexes.map((i) => a.at(i))),
      strings: ['', 'ab', '年报'].map((s) => indexes.map((i) => s.at(i))),
      typed: indexes.map((i) => Uint8Array.of(5, 6, 7).at(i)),
    };
    asOnChrome86(() => {
      expect(Array.prototype.at).not.toBe(saved[0]!.value);
      expect({
        arrays: arrays.map((a) => indexes.map((i) => a.at(i))),
        strings: ['', 'ab', '年报'].map((s) => indexes.map((i) => s.at(i))),
        typed: indexes.map((i) => Uint8Array.of(5, 6, 7).at(i)),
      }).toEqual(expected);
      expect(Object.keys(Array.prototype)).not.toContain('at');
    });
  });

  it('Object.hasOwn answers like the native one (own, inherited, symbols, null prototype)', () => {
    const sym = Symbol('s');
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    const cases: [object, PropertyKey][] = [
      [{ a: 1 }, 'a'],
      [{ a: 1 }, 'toString'],
      [{ [sym]: 1 }, sym],
      [bare, 'a'],
      [[1], '0'],
      [[1], 'length'],
    ];
    const expected = cases.map(([o, k]) => Object.hasOwn(o, k));
    asOnChrome86(() => {
      expect(Object.hasOwn).not.toBe(saved[3]!.value);
      expect(cases.map(([o, k]) => Object.hasOwn(o, k))).toEqual(expected);
    });
  });

  it('leaves the native methods alone where they exist', () => {
    installLegacyPolyfills();
    expect(Array.prototype.at).toBe(saved[0]!.value);
    expect(Object.hasOwn).toBe(saved[3]!.value);
  });
});
