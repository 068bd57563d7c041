// The two ES2022 built-ins the code (ours and our libraries') calls that Chromium 86–92 lacks:
// Array/String/TypedArray.prototype.at (Chrome 92) and Object.hasOwn (Chrome 93). Installed
// before anything else runs in every global the app has — the page (app/main.tsx) and each Web
// Worker (a worker is a global of its own; src/entry-points.test.ts holds this) — only where missing, non-enumerable like the native ones,
// following the specification's steps (ECMA-262 §23.1.3.1, §20.1.2.13). Other newer APIs are not
// polyfilled but avoided; scripts/build-guard/ fails the build on any the allow-list does not name.

type AtOwner = { at?: unknown; length?: unknown };

function relativeIndexAt(this: { length: number; [i: number]: unknown }, index: number): unknown {
  const length = this.length;
  const n = Math.trunc(Number(index)) || 0;
  const k = n >= 0 ? n : length + n;
  return k < 0 || k >= length ? undefined : this[k];
}

function define(target: object, name: string, value: unknown): void {
  if ((target as Record<string, unknown>)[name] !== undefined) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

export function installLegacyPolyfills(): void {
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as AtOwner;
  for (const proto of [Array.prototype, typedArrayPrototype]) define(proto, 'at', relativeIndexAt);
  define(String.prototype, 'at', function at(this: string, index: number) {
    return relativeIndexAt.call(String(this) as unknown as { length: number }, index);
  });
  // Held in a variable: Biome's fix for `Object.prototype.hasOwnProperty.call(o, k)` is
  // `Object.hasOwn(o, k)`, which would make this polyfill call itself.
  const ownPropertyTest = Object.prototype.hasOwnProperty;
  define(Object, 'hasOwn', (object: object, key: PropertyKey) => ownPropertyTest.call(Object(object), key));
}

installLegacyPolyfills();
