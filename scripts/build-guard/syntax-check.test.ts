import { describe, expect, it } from 'vitest';
import { syntaxProblem } from './syntax-check.ts';

describe('syntaxProblem (ES2020)', () => {
  it.each([
    ['optional chaining and ??', 'export const f = (a) => a?.b?.[0] ?? 1;'],
    ['BigInt, dynamic import, import.meta', 'const n = 10n; import("./x.js"); console.log(import.meta.url);'],
    ['async generators, object spread', 'async function* g() { yield* [1]; } const o = { ...{ a: 1 } };'],
  ])('accepts %s', (_name, code) => {
    expect(syntaxProblem('x.js', code)).toBeNull();
  });

  it.each([
    ['logical assignment (ES2021)', 'let a; a ??= 1;'],
    ['numeric separators (ES2021)', 'const n = 1_000;'],
    ['class fields (ES2022)', 'class A { x = 1; }'],
    ['class static blocks (ES2022, Chrome 94)', 'class A { static { this.x = 1; } }'],
    ['private brand checks (ES2022, Chrome 91)', 'class A { #x; static has(o) { return #x in o; } }'],
    ['top-level await (ES2022, Chrome 89)', 'await Promise.resolve(1);'],
  ])('refuses %s, saying where', (_name, code) => {
    const p = syntaxProblem('assets/x.js', code);
    expect(p).not.toBeNull();
    expect(p!.file).toBe('assets/x.js');
    expect(p!.line).toBe(1);
  });
});
