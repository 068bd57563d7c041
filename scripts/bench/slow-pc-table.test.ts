import { describe, expect, it } from 'vitest';
import { atRate } from './cpu-throttle';
import { EDITOR_LABELS } from './editor-benches';
import type { TimingRow } from './report-table';
import { SLOW_PC_LABELS } from './slow-pc-benches';
import { slowPcTable } from './slow-pc-table';
import { SUMMARY_LABELS } from './summary-benches';

const row = (label: string, median: number, frame?: { median: number; p95: number }): TimingRow => ({
  label,
  outcome: { kind: 'measured', summary: { n: 10, median, p95: median * 2, min: median, max: median * 2 } },
  ...(frame ? { frameMedian: frame.median, frameP95: frame.p95 } : {}),
});

const lineOf = (table: string, start: string) => table.split('\n').find((l) => l.startsWith(start)) ?? '';

describe('slowPcTable', () => {
  it('judges each figure at the rate its goal names', () => {
    const rows = [
      row(EDITOR_LABELS.matrix, 3, { median: 5, p95: 9 }),
      row(atRate(EDITOR_LABELS.matrix, 4), 20, { median: 15, p95: 40 }),
      row(SLOW_PC_LABELS.open, 200, { median: 250, p95: 300 }),
      row(atRate(SLOW_PC_LABELS.open, 4), 700, { median: 800, p95: 900 }),
      row(atRate(SLOW_PC_LABELS.typing, 4), 6000),
      row(atRate(SLOW_PC_LABELS.plain, 4), 5000),
      row(SUMMARY_LABELS.open, 350),
    ];
    const table = slowPcTable(rows, 139_000);
    // p95 40 ms at 4× misses 33 ms although the median meets 16 ms
    expect(lineOf(table, 'keystroke')).toMatch(/✗$/);
    expect(lineOf(table, 'open a report')).toMatch(/800 ms .*✓$/);
    expect(lineOf(table, 'type 144')).toMatch(/1\.20×.*✓$/);
    expect(lineOf(table, '汇总')).toMatch(/350 ms.*✗$/);
    expect(lineOf(table, 'first-load')).toMatch(/139\.0 kB.*✓$/);
  });

  it("shows figure 9's floor and its page without scripts beside it, without a verdict", () => {
    const table = slowPcTable(
      [
        row(EDITOR_LABELS.floor, 1, { median: 12.5, p95: 14 }),
        row(atRate(EDITOR_LABELS.floor, 4), 4, { median: 15.25, p95: 19 }),
        row(EDITOR_LABELS.staticCopy, 1, { median: 11, p95: 16 }),
        row(atRate(EDITOR_LABELS.staticCopy, 4), 4, { median: 23.7, p95: 30 }),
      ],
      null,
    );
    const floor = lineOf(table, '  the same key into one plain input');
    expect(floor).toMatch(/median 12\.5 ms, p95 14\.0 ms +median 15\.3 ms, p95 19\.0 ms +reference/);
    expect(floor).not.toMatch(/[✓✗]/);
    const page = lineOf(table, '  the same key into the page without its scripts');
    expect(page).toMatch(/median 11\.0 ms, p95 16\.0 ms +median 23\.7 ms, p95 30\.0 ms +reference/);
    expect(page).not.toMatch(/[✓✗]/);
  });

  it("prints the keystroke's frame end beside the figure, and judges on the figure", () => {
    const slow: TimingRow = {
      ...row(atRate(EDITOR_LABELS.matrix, 4), 20, { median: 40, p95: 60 }),
      frameEndMedian: 15,
      frameEndP95: 30,
    };
    const line = lineOf(slowPcTable([slow], null), 'keystroke');
    expect(line).toMatch(/median 40\.0 ms, p95 60\.0 ms \(frame end 15\.0 ms, 30\.0 ms\)/);
    expect(line).toMatch(/✗$/);
  });

  it('leaves the verdict empty when a figure was not measured', () => {
    const table = slowPcTable([], null);
    for (const start of ['keystroke', 'open a report', 'type 144', '汇总', 'first-load'])
      expect(lineOf(table, start)).not.toMatch(/[✓✗]/);
  });
});
