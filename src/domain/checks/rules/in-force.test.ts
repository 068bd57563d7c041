import { describe, expect, it } from 'vitest';
import { qufuReport } from '../../fixtures/qufu-2021';
import { cellAddress, cellId } from '../../report/cell-address';
import { fixtureDraft, resultOf, run, withCells } from '../test-kit';

const previousInForce = (normative: number | null, regulations: number | null = 0) => {
  const prev = qufuReport('prev');
  prev.proactive.normativeDocuments.inForce = normative;
  prev.proactive.regulations.inForce = regulations;
  return prev;
};

describe('in-force', () => {
  it('does not run without a previous report', () => {
    expect(run(fixtureDraft()).results.some((r) => r.id.startsWith('in-force'))).toBe(false);
  });

  // Fixture: 行政规范性文件 本年制发 1, 本年废止 2, 现行有效 11 → last year must have been 12.
  it.each([
    [12, 'passed'],
    [11, 'failed'],
    [13, 'failed'],
    [null, 'pending'],
  ] as const)('last year %s → %s', (prevInForce, status) => {
    const res = resultOf(
      run(fixtureDraft(), { previous: previousInForce(prevInForce) }),
      'in-force:normativeDocuments',
    );
    expect(res.status).toBe(status);
    expect(
      resultOf(run(fixtureDraft(), { previous: previousInForce(prevInForce) }), 'in-force:regulations')
        .status,
    ).toBe('passed');
  });

  it('names the formula and the numbers', () => {
    const res = resultOf(
      run(fixtureDraft(), { previous: previousInForce(10) }),
      'in-force:normativeDocuments',
    );
    expect(res.message).toBe(
      '行政规范性文件现行有效件数与上年不衔接：现行有效件数＝11，上年现行有效件数＋本年制发件数－本年废止件数＝10＋1－2＝9，相差2',
    );
    expect(res.hint).toContain('应为9');
    expect(res.cells).toEqual([
      cellId(cellAddress('proactive', 'normativeDocuments', 'issued')),
      cellId(cellAddress('proactive', 'normativeDocuments', 'repealed')),
      cellId(cellAddress('proactive', 'normativeDocuments', 'inForce')),
    ]);
  });

  it('checks 规章 too', () => {
    const draft = withCells(fixtureDraft(), {
      [cellId(cellAddress('proactive', 'regulations', 'issued'))]: '2',
    });
    const res = resultOf(run(draft, { previous: previousInForce(12, 0) }), 'in-force:regulations');
    expect(res.status).toBe('failed');
    expect(res.message).toContain('规章');
  });
});
