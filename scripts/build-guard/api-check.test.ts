import { describe, expect, it } from 'vitest';
import { apiProblems } from './api-check.ts';
import { API_EXCEPTIONS } from './api-exceptions.ts';
import { missingInterfaces } from './compat-data.ts';

const check = (code: string, exceptions = {}) =>
  apiProblems([{ file: 'x.js', code }], { exceptions, reportUnused: false });

describe('apiProblems: fails on what Chromium 86 / Firefox 115 lack', () => {
  it.each([
    ['Array.prototype.toSorted (Chrome 110)', 'export const f = (list) => list.toSorted();', 'toSorted'],
    ['Array.prototype.findLast (Chrome 97)', 'export const f = (l) => l.findLast((x) => x > 1);', 'findLast'],
    ['Array.prototype.at (Chrome 92), unpolyfilled', 'export const f = (l) => l.at(-1);', 'Array.at'],
    ['structuredClone (Chrome 98)', 'export const f = (x) => structuredClone(x);', 'structuredClone'],
    ['window.structuredClone', 'export const f = (x) => window.structuredClone(x);', 'structuredClone'],
    [
      'Object.hasOwn (Chrome 93), unpolyfilled',
      'export const f = (o) => Object.hasOwn(o, "a");',
      'Object.hasOwn',
    ],
    ['Object.groupBy (Chrome 117)', 'export const f = (l) => Object.groupBy(l, (x) => x);', 'Object.groupBy'],
    ['crypto.randomUUID (Chrome 92)', 'export const id = () => crypto.randomUUID();', 'Crypto.randomUUID'],
    [
      'Promise.withResolvers (Chrome 119)',
      'export const p = () => Promise.withResolvers();',
      'withResolvers',
    ],
    ['HTMLInputElement.showPicker (Chrome 99)', 'export const f = (el) => el.showPicker();', 'showPicker'],
    ['a method read to be called later', 'export const f = (l, g) => l.toSorted.call(l, g);', 'toSorted'],
    ['an unknown global', 'export const f = () => notAnApi();', 'notAnApi'],
  ])('%s', (_name, code, mentioned) => {
    const problems = check(code);
    expect(problems.join('\n')).toContain(mentioned);
  });

  it.each([
    [
      'APIs Chrome 86 has',
      'export const f = (l, el, s) => [l.flat(), el.replaceChildren(), s.replaceAll("a", "b"), Promise.any([]), new ResizeObserver(() => 0)];',
    ],
    [
      'crypto.getRandomValues and navigator.storage',
      'export const f = () => [crypto.getRandomValues(new Uint8Array(4)), navigator.storage];',
    ],
    [
      'a local that shadows a global name',
      'const structuredClone = (x) => x; export const f = () => structuredClone(1);',
    ],
    [
      'own objects with ordinary method names',
      'export const f = (o) => [o.run(), o.check(), o.year, o.path];',
    ],
    [
      'property keys and labels named like new APIs',
      'export const o = { toSorted: 1, structuredClone: 2 }; x: for (;;) break x;',
    ],
  ])('passes %s', (_name, code) => {
    expect(check(code)).toEqual([]);
  });

  it('passes a newer API the exceptions name, and reports an exception no file uses', () => {
    expect(check('export const f = (l) => l.at(-1);', { 'method:at': 'polyfilled' })).toEqual([]);
    const unused = apiProblems([{ file: 'x.js', code: 'export {};' }], {
      exceptions: { 'method:at': 'polyfilled' },
    });
    expect(unused).toEqual(['api-exceptions.ts: `method:at` is used by no built file any more']);
  });

  it('an exception for a method does not let the same name through on a global', () => {
    expect(
      check('export const p = () => Promise.try(() => 1);', { 'method:try': "a library's own" }),
    ).toHaveLength(1);
  });

  it('gives every exception a reason, and every interface it matches members against exists', () => {
    for (const [key, reason] of Object.entries(API_EXCEPTIONS))
      expect(reason.length, key).toBeGreaterThan(10);
    expect(missingInterfaces()).toEqual([]);
  });
});
