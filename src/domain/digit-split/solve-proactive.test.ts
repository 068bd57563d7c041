import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCells } from './run-together';
import { type ProactiveHints, solveProactiveRow } from './solve-proactive';

const sorted = (xs: number[][]): string[] => xs.map((x) => x.join(',')).sort();

describe('solveProactiveRow', () => {
  it('reads the sample’s 「行政规范性文件1211」 with the narrative’s 现行有效 11 as 1, 2, 11', () => {
    const result = solveProactiveRow('1211', 3, { inForce: 11 }, { row: 'normativeDocuments' });
    expect(result.status).toBe('unique');
    expect(result.values).toEqual([1, 2, 11]);
  });

  it('without hints lists every cut and does not choose', () => {
    const result = solveProactiveRow('1211', 3);
    expect(result.status).toBe('ambiguous');
    expect(result.values).toBeNull();
    expect(sorted(result.candidates)).toEqual(
      sorted([
        [1, 2, 11],
        [1, 21, 1],
        [12, 1, 1],
      ]),
    );
  });

  it.each<[string, ProactiveHints, number[][]]>([
    [
      '制发 1',
      { issued: 1 },
      [
        [1, 2, 11],
        [1, 21, 1],
      ],
    ],
    ['废止 21', { repealed: 21 }, [[1, 21, 1]]],
    ['last year 12 in force: 12 + 1 − 2 = 11', { previousInForce: 12 }, [[1, 2, 11]]],
    [
      '制发 12 and last year 0 in force: 0 + 12 − 1 = 11? no, = 1·1',
      { issued: 12, previousInForce: 0 },
      [[12, 1, 1]],
    ],
  ])('narrows with %s', (_, hints, expected) => {
    expect(sorted(solveProactiveRow('1211', 3, hints).candidates)).toEqual(sorted(expected));
  });

  it('cuts only between the pieces a row was printed in (「3 120」: a space is never inside a number)', () => {
    const all = solveProactiveRow('3120', 3);
    expect(all.candidates).toContainEqual([31, 2, 0]);
    const spaced = solveProactiveRow('3120', 3, {}, { breaks: [1] });
    expect(spaced.candidates).toEqual([
      [3, 1, 20],
      [3, 12, 0],
    ]);
  });

  it('narrows by a cell the narrative states for a row hints do not name (2019 处理决定数量)', () => {
    const stated = { column: 2, value: 365, sentence: '全年作出行政处罚决定365起' };
    const r = solveProactiveRow('2043365', 3, {}, { stated });
    expect(r.candidates.length).toBeGreaterThan(1);
    expect(r.candidates.every((v) => v[2] === 365)).toBe(true);
    expect(r.notes.join('')).toContain('365');
    expect(solveProactiveRow('2043365', 3, {}, { stated: { ...stated, value: 7 } }).notes.join('')).toMatch(
      /不符/u,
    );
  });

  it('does not apply a hint that fits no cut, and says so', () => {
    const result = solveProactiveRow('1211', 3, { inForce: 12 }, { row: 'normativeDocuments' });
    expect(result.candidates).toHaveLength(3);
    expect(result.notes).toEqual([expect.stringContaining('未用于筛选')]);
    expect(result.notes[0]).toContain('行政规范性文件');
    expect(result.notes[0]).toContain('现行有效件数');
  });

  it('says when the stock identity does not fit any cut', () => {
    const result = solveProactiveRow('1211', 3, { previousInForce: 50 });
    expect(result.status).toBe('ambiguous');
    expect(result.notes).toEqual([expect.stringContaining('上年「现行有效件数」50件')]);
  });

  it.each([
    ['000', 3, [0, 0, 0]],
    ['12', 1, [12]],
    ['105', 2, [10, 5]],
  ])('reads “%s” in %i cells as %j', (digits, count, expected) => {
    const result = solveProactiveRow(digits, count);
    expect(result.status).toBe('unique');
    expect(result.values).toEqual(expected);
  });

  it.each([
    ['abc', 3],
    ['', 3],
    ['0123', 1],
    ['12', 3],
  ])('leaves “%s” (%i cells) unread', (digits, count) => {
    const result = solveProactiveRow(digits, count);
    expect(result.status).toBe('none');
    expect(result.candidates).toEqual([]);
    expect(result.notes).toHaveLength(1);
  });

  it('never loses the truth: hints that hold for it keep it among the candidates', () => {
    const row = fc.tuple(fc.nat(120), fc.nat(120), fc.nat(3000));
    fc.assert(
      fc.property(row, fc.boolean(), fc.boolean(), ([issued, repealed, inForce], stated, previous) => {
        const hints: ProactiveHints = {
          ...(stated ? { inForce } : {}),
          ...(previous && inForce + repealed - issued >= 0
            ? { previousInForce: inForce + repealed - issued }
            : {}),
        };
        const result = solveProactiveRow(joinCells([issued, repealed, inForce]), 3, hints);
        expect(result.status).not.toBe('none');
        expect(result.notes.filter((n) => n.includes('未用于筛选'))).toEqual([]);
        if (!result.candidatesTruncated)
          expect(sorted(result.candidates)).toContain([issued, repealed, inForce].join(','));
        if (stated) for (const c of result.candidates) expect(c[2]).toBe(inForce);
      }),
    );
  });
});
