import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneData } from './clone-data';
import { qufuReport } from './fixtures/qufu-2021';

describe('cloneData', () => {
  it('copies plain data deeply: equal, but no shared object', () => {
    const report = qufuReport();
    const copy = cloneData(report);
    expect(copy).toEqual(report);
    expect(copy.applications).not.toBe(report.applications);
    copy.applications.granted.natural = 999;
    expect(report.applications.granted.natural).not.toBe(999);
  });

  it('equals structuredClone on any JSON value, undefined members included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.constant(undefined)), (json, u) => {
        const value = { json, u };
        expect(cloneData(value)).toStrictEqual(structuredClone(value));
      }),
    );
  });

  it('keeps a member named __proto__ as a member', () => {
    const value = JSON.parse('{"a":{"__proto__":"x"}}') as { a: Record<string, unknown> };
    const copy = cloneData(value);
    expect(Object.keys(copy.a)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
  });

  it.each([
    ['a Date', { at: new Date(0) }],
    ['a Map', [new Map()]],
  ])('refuses %s instead of copying it wrongly', (_name, value) => {
    expect(() => cloneData(value)).toThrow(TypeError);
  });
});
