import { describe, expect, it } from 'vitest';
import { qufuReport } from '../../fixtures/qufu-2021';
import { cellAddress, cellId } from '../../report/cell-address';
import { failed, fixtureDraft, resultOf, run, withCells } from '../test-kit';

const previousWith = (forward: Partial<Record<string, number | null>>) => {
  const prev = qufuReport('prev');
  prev.meta.year = 2020;
  Object.assign(prev.applications.carriedForward, forward);
  return prev;
};

describe('carry-over', () => {
  it('does not run without a previous report', () => {
    expect(run(fixtureDraft()).results.some((r) => r.id.startsWith('carry-over'))).toBe(false);
  });

  it('passes for six columns when 二 equals last year 四', () => {
    const r = run(fixtureDraft(), { previous: previousWith({}) });
    expect(r.results.filter((x) => x.id.startsWith('carry-over:') && x.status === 'passed')).toHaveLength(6);
  });

  it.each([
    [
      'natural',
      2,
      0,
      '自然人列与上年报告不衔接：二、上年结转政府信息公开申请数量＝0，上年报告四、结转下年度继续办理＝2，相差2',
    ],
    ['legal', 1, 0, '法律服务机构列'],
  ] as const)('%s: last year 四 = %i, this year 二 = %i → warning', (column, prevForward, _, message) => {
    const r = run(fixtureDraft(), { previous: previousWith({ [column]: prevForward }) });
    const res = resultOf(r, `carry-over:${column}`);
    expect(res).toMatchObject({
      status: 'failed',
      severity: 'warning',
      cells: [cellId(cellAddress('applications', 'carriedOver', column))],
    });
    expect(res.message).toContain(message);
    expect(failed(r, 'carry-over')).toHaveLength(1);
  });

  it('is pending when either side is blank', () => {
    const blankHere = run(
      withCells(fixtureDraft(), { [cellId(cellAddress('applications', 'carriedOver', 'research'))]: '' }),
      {
        previous: previousWith({}),
      },
    );
    expect(resultOf(blankHere, 'carry-over:research').status).toBe('pending');
    const blankThere = run(fixtureDraft(), { previous: previousWith({ research: null }) });
    const res = resultOf(blankThere, 'carry-over:research');
    expect(res.status).toBe('pending');
    expect(res.message).toContain('上年报告中1个单元格空白');
  });
});
