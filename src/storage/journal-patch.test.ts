// The journal's patches: applying what diffJson found gives the new value exactly, for any change
// of plain JSON data; a long text changes by a splice of the typed part only; a patch that does not
// fit the value it is applied to is refused, never guessed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffJson, PatchMismatchError } from './journal-patch';

const json = fc.jsonValue({ maxDepth: 4 });

describe('journal patches', () => {
  it('apply(from, diff(from, to)) equals to, and leaves from unchanged', () => {
    fc.assert(
      fc.property(json, json, (from, to) => {
        const before = JSON.stringify(from);
        const ops = diffJson(from, to);
        // through JSON, as the journal stores them
        const patched = applyPatch(from, JSON.parse(JSON.stringify(ops)));
        // JSON has no −0 (the journal is JSON): the value to reach is `to` as JSON gives it back.
        expect(patched).toEqual(JSON.parse(JSON.stringify(to)));
        expect(JSON.stringify(from)).toBe(before);
      }),
    );
  });

  it('a −0 in the data (JSON writes it as 0) is no difference and round-trips as 0', () => {
    for (const [from, to] of [
      [
        [false, [0]],
        [false, [-0]],
      ],
      [{}, { '': -0 }],
      [{ a: -0 }, { a: 1 }],
    ] as const) {
      const ops = JSON.parse(JSON.stringify(diffJson(from, to)));
      expect(applyPatch(from, ops)).toEqual(JSON.parse(JSON.stringify(to)));
    }
  });

  it('long texts: any edit, including inside surrogate pairs, round-trips through JSON', () => {
    const text = fc.string({ unit: 'binary', minLength: 256, maxLength: 600 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = JSON.parse(JSON.stringify(diffJson({ t: a }, { t: b })));
        expect(applyPatch({ t: a }, ops)).toEqual({ t: b });
      }),
    );
  });

  it('one keystroke in a 1 MB narrative journals the keystroke, not the text', () => {
    const long = '政务公开年度报告正文'.repeat(33_000);
    const from = { id: 'r', overview: { proactive: long, other: 'x' }, cells: { a: '1' } };
    const to = {
      ...from,
      overview: { ...from.overview, proactive: `${long.slice(0, 1000)}新${long.slice(1000)}` },
    };
    const ops = diffJson(from, to);
    expect(ops).toEqual([{ p: ['overview', 'proactive'], at: 1000, del: 0, ins: '新' }]);
    expect(JSON.stringify(ops).length).toBeLessThan(100);
  });

  it('a key "__proto__" stays a member', () => {
    const to = JSON.parse('{"a":{"__proto__":{"x":1}}}');
    const patched = applyPatch({ a: {} }, JSON.parse(JSON.stringify(diffJson({ a: {} }, to))));
    expect(Object.getPrototypeOf(patched.a)).toBe(Object.prototype);
    expect(Object.hasOwn(patched.a, '__proto__')).toBe(true);
  });

  it('refuses a patch that does not fit', () => {
    const ops = diffJson({ t: 'a'.repeat(300) }, { t: `${'a'.repeat(300)}b` });
    expect(() => applyPatch({ t: 'short' }, ops)).toThrow(PatchMismatchError);
    expect(() => applyPatch({}, diffJson({ a: { b: 1 } }, { a: { b: 2 } }))).toThrow(PatchMismatchError);
  });
});
