import { describe, expect, it } from 'vitest';
import { displayWidth, formatMs, renderTable, type TimingRow, timingTable, verdict } from './report-table';

const measured = (median: number, p95: number): TimingRow['outcome'] => ({
  kind: 'measured',
  summary: { n: 10, median, p95, min: median, max: p95 },
});

describe('verdict', () => {
  it.each<[string, TimingRow, string]>([
    ['median within', { label: 'a', outcome: measured(40, 90), goal: { stat: 'median', maxMs: 50 } }, '✓'],
    [
      'median at the goal',
      { label: 'a', outcome: measured(50, 90), goal: { stat: 'median', maxMs: 50 } },
      '✓',
    ],
    ['median over', { label: 'a', outcome: measured(51, 52), goal: { stat: 'median', maxMs: 50 } }, '✗'],
    [
      'p95 over, median within',
      { label: 'a', outcome: measured(5, 20), goal: { stat: 'p95', maxMs: 16 } },
      '✗',
    ],
    ['p95 within', { label: 'a', outcome: measured(5, 15), goal: { stat: 'p95', maxMs: 16 } }, '✓'],
    ['no goal', { label: 'a', outcome: measured(5, 15) }, ''],
    [
      'skipped',
      { label: 'a', outcome: { kind: 'skipped', reason: 'x' }, goal: { stat: 'p95', maxMs: 16 } },
      '',
    ],
    [
      'failed',
      { label: 'a', outcome: { kind: 'failed', message: 'x' }, goal: { stat: 'p95', maxMs: 16 } },
      '',
    ],
  ])('%s', (_, row, want) => {
    expect(verdict(row)).toBe(want);
  });
});

describe('formatting', () => {
  it.each([
    [0.0734, '0.073 ms'],
    [6.104, '6.10 ms'],
    [19.84, '19.8 ms'],
    [636.6, '637 ms'],
  ])('formatMs(%d) = %s', (ms, want) => {
    expect(formatMs(ms)).toBe(want);
  });

  it.each([
    ['abc', 3],
    ['报告信息', 8],
    ['7b open (报告信息)', 18],
    ['１２', 4],
  ])('displayWidth(%s) = %d', (text, want) => {
    expect(displayWidth(text)).toBe(want);
  });

  it('aligns columns by display width, CJK included', () => {
    const lines = renderTable(
      ['name', 'ms', 'note'],
      [
        ['报告', '1', 'x'],
        ['ab', '100', 'y'],
      ],
      ['left', 'right', 'left'],
    ).split('\n');
    const noteColumn = lines.slice(2).map((l) => displayWidth(l.slice(0, l.lastIndexOf(' ') + 1)));
    expect(new Set(noteColumn).size).toBe(1);
  });

  it('judges a goal stated up to the next frame on the frame figures, not on the change', () => {
    const row = (frameMedian: number | undefined, frameP95?: number): TimingRow => ({
      label: '9',
      outcome: measured(6, 10),
      ...(frameMedian === undefined ? {} : { frameMedian }),
      ...(frameP95 === undefined ? {} : { frameP95 }),
      goal: { stat: 'median', maxMs: 16, on: 'frame' },
    });
    expect(verdict(row(41.6))).toBe('✗');
    expect(verdict(row(15))).toBe('✓');
    expect(verdict(row(undefined))).toBe('');
    expect(verdict({ ...row(15, 40), goal: { stat: 'p95', maxMs: 33, on: 'frame' } })).toBe('✗');
    expect(timingTable([row(41.6)])).toContain('frame median ≤ 16 ms');
  });

  it('prints the next-frame median of a browser figure in its own column', () => {
    const [, , browser, node] = timingTable([
      { label: 'b', outcome: measured(6, 20), frameMedian: 28.04, goal: { stat: 'p95', maxMs: 16 } },
      { label: 'n', outcome: measured(6, 20) },
    ]).split('\n');
    expect(browser!.split(/\s{2,}/).slice(0, 7)).toEqual([
      'b',
      '10',
      '6.00 ms',
      '20.0 ms',
      '28.0 ms',
      'p95 ≤ 16 ms',
      '✗',
    ]);
    expect(node!.split(/\s{2,}/).slice(0, 5)).toEqual(['n', '10', '6.00 ms', '20.0 ms', '—']);
  });

  it('prints a skipped figure with its reason and no verdict', () => {
    const text = timingTable([
      {
        label: '3 import',
        outcome: { kind: 'skipped', reason: 'skipped (module missing)' },
        goal: { stat: 'median', maxMs: 50 },
      },
    ]);
    const row = text.split('\n')[2]!;
    expect(row).toContain('skipped (module missing)');
    expect(row).not.toMatch(/[✓✗]/);
  });
});
