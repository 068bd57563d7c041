// Issue 17 §3 at a glance: each slow-PC figure at 1× and at 4× CPU against its goal, read from the
// browser figures' rows (browser-benches.ts) and the first-load size (bundle.ts).
import { atRate, SLOW_PC_RATE } from './cpu-throttle';
import { EDITOR_LABELS } from './editor-benches';
import { formatMs, renderTable, type TimingRow } from './report-table';
import { SLOW_PC_LABELS } from './slow-pc-benches';
import { SUMMARY_LABELS } from './summary-benches';

type Line = { figure: string; at1: string; at4: string; goal: string; ok: boolean | null };

/**
 * A keystroke figure: median and p95 to the harness's task after the next frame (judged), and in
 * brackets the same to the frame's own end (page-harness.ts frameEnd), without the page's work
 * queued after its frame.
 */
const show = (r: TimingRow | null) =>
  r?.frameMedian !== undefined && r.frameP95 !== undefined
    ? `median ${formatMs(r.frameMedian)}, p95 ${formatMs(r.frameP95)}` +
      (r.frameEndMedian !== undefined && r.frameEndP95 !== undefined
        ? ` (frame end ${formatMs(r.frameEndMedian)}, ${formatMs(r.frameEndP95)})`
        : '')
    : '—';

const measured = (rows: readonly TimingRow[], label: string) => {
  const row = rows.find((r) => r.label === label);
  return row?.outcome.kind === 'measured' ? row : null;
};

function keystroke(rows: readonly TimingRow[]): Line {
  const slow = measured(rows, atRate(EDITOR_LABELS.matrix, SLOW_PC_RATE));
  return {
    figure: 'keystroke → balance row → next frame',
    at1: show(measured(rows, EDITOR_LABELS.matrix)),
    at4: show(slow),
    goal: `${SLOW_PC_RATE}×: median ≤ 16 ms, p95 ≤ 33 ms`,
    ok:
      slow?.frameMedian === undefined || slow.frameP95 === undefined
        ? null
        : slow.frameMedian <= 16 && slow.frameP95 <= 33,
  };
}

/** Figure 9's references beside it (the browser alone: one plain input, the page without its scripts). */
function keystrokeReference(rows: readonly TimingRow[], label: string, figure: string): Line {
  return {
    figure,
    at1: show(measured(rows, label)),
    at4: show(measured(rows, atRate(label, SLOW_PC_RATE))),
    goal: 'reference',
    ok: null,
  };
}

const medianOf = (r: TimingRow | null): number | null =>
  r?.outcome.kind === 'measured' ? (r.frameMedian ?? r.outcome.summary.median) : null;
const showMs = (ms: number | null) => (ms === null ? '—' : formatMs(ms));

function open(rows: readonly TimingRow[]): Line {
  const slow = medianOf(measured(rows, atRate(SLOW_PC_LABELS.open, SLOW_PC_RATE)));
  return {
    figure: 'open a report at the matrix step → grid ready → next frame (median)',
    at1: showMs(medianOf(measured(rows, SLOW_PC_LABELS.open))),
    at4: showMs(slow),
    goal: `${SLOW_PC_RATE}×: ≤ 1 s`,
    ok: slow === null ? null : slow <= 1000,
  };
}

function typing(rows: readonly TimingRow[]): Line {
  const ratio = (rate: number) => {
    const app = measured(rows, atRate(SLOW_PC_LABELS.typing, rate));
    const plain = measured(rows, atRate(SLOW_PC_LABELS.plain, rate));
    if (app?.outcome.kind !== 'measured' || plain?.outcome.kind !== 'measured') return null;
    const a = app.outcome.summary.median;
    const p = plain.outcome.summary.median;
    return {
      text: `${(a / 1000).toFixed(1)} s / ${(p / 1000).toFixed(1)} s = ${(a / p).toFixed(2)}×`,
      ratio: a / p,
    };
  };
  const slow = ratio(SLOW_PC_RATE);
  return {
    figure: 'type 144 matrix values with Tab ÷ 144 plain inputs',
    at1: ratio(1)?.text ?? '—',
    at4: slow?.text ?? '—',
    goal: `${SLOW_PC_RATE}×: ≤ 1.5×`,
    ok: slow === null ? null : slow.ratio <= 1.5,
  };
}

function summary(rows: readonly TimingRow[]): Line {
  const fast = measured(rows, SUMMARY_LABELS.open);
  const ms = fast?.outcome.kind === 'measured' ? fast.outcome.summary.median : null;
  const slow = measured(rows, atRate(SUMMARY_LABELS.open, SLOW_PC_RATE));
  return {
    figure: '汇总 of 1,000 units → per-unit table (median)',
    at1: showMs(ms),
    at4: showMs(slow?.outcome.kind === 'measured' ? slow.outcome.summary.median : null),
    goal: '1×: ≤ 300 ms',
    ok: ms === null ? null : ms <= 300,
  };
}

export function slowPcTable(rows: readonly TimingRow[], firstLoadGzipBytes: number | null): string {
  const kb = firstLoadGzipBytes === null ? '—' : `${(firstLoadGzipBytes / 1000).toFixed(1)} kB`;
  const lines: Line[] = [
    keystroke(rows),
    keystrokeReference(rows, EDITOR_LABELS.staticCopy, '  the same key into the page without its scripts'),
    keystrokeReference(rows, EDITOR_LABELS.floor, '  the same key into one plain input (the floor)'),
    open(rows),
    typing(rows),
    summary(rows),
    {
      figure: 'first-load JS (gzip; the CPU does not change it)',
      at1: kb,
      at4: kb,
      goal: '≤ 150 kB',
      ok: firstLoadGzipBytes === null ? null : firstLoadGzipBytes <= 150_000,
    },
  ];
  return renderTable(
    ['figure', '1×', `${SLOW_PC_RATE}× CPU`, 'goal', ''],
    lines.map((l) => [l.figure, l.at1, l.at4, l.goal, l.ok === null ? '' : l.ok ? '✓' : '✗']),
    ['left', 'right', 'right', 'left', 'left'],
  );
}
