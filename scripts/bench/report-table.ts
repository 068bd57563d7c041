// The benchmark's output: plain-text tables a developer reads in a terminal or pastes into an
// issue. A missed goal is shown (✗), never turned into a failing exit code: figures on a shared
// 2-core machine vary, and the benchmark is for reading, not for gating (npm test gates).
import type { Summary } from './stats';

/**
 * A goal on a statistic of the samples; `on: 'frame'` judges it on the time until the next frame
 * after the change, when that is how the issue states the goal (figure 9: keystroke → balance row
 * → next frame, issue 17 §3), rather than on the change itself.
 */
export type Goal = { stat: 'median' | 'p95' | 'max'; maxMs: number; on?: 'frame' };

export type Outcome =
  | { kind: 'measured'; summary: Summary }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; message: string };

export type TimingRow = {
  label: string;
  outcome: Outcome;
  goal?: Goal;
  /** browser figures: median time until the next frame after the change (roughly when the clerk sees it) */
  frameMedian?: number;
  /** browser figures: p95 of the same (the §3 keystroke goal is on it, issue 17) */
  frameP95?: number;
  /**
   * browser figures: the same to the end of the frame's main-thread work (page-harness.ts
   * `frameEnd`: a user-blocking task queued from the frame's rAF), leaving out what the page
   * queued to run after its frame (the autosave's write) that `frame` waits behind
   */
  frameEndMedian?: number;
  frameEndP95?: number;
  note?: string;
};

export type SizeRow = { label: string; rawBytes: number; gzipBytes: number; note?: string };

/** The figure a goal is judged on; undefined when the row has none. */
function judged(row: TimingRow, goal: Goal): number | undefined {
  if (row.outcome.kind !== 'measured') return undefined;
  if (goal.on !== 'frame') return row.outcome.summary[goal.stat];
  return goal.stat === 'median' ? row.frameMedian : goal.stat === 'p95' ? row.frameP95 : undefined;
}

/** ✓ when the goal's statistic is within it, ✗ when not, '' when there is no goal or no figure. */
export function verdict(row: TimingRow): '✓' | '✗' | '' {
  const value = row.goal && judged(row, row.goal);
  if (!row.goal || value === undefined) return '';
  return value <= row.goal.maxMs ? '✓' : '✗';
}

const goalText = (goal: Goal) => `${goal.on === 'frame' ? 'frame ' : ''}${goal.stat} ≤ ${goal.maxMs} ms`;

export function formatMs(ms: number): string {
  const digits = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}

/** kB of 1000 bytes, as Vite prints them. */
export const formatKb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Terminal columns a string takes: CJK ideographs, full-width forms and Hangul take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** A boxed table; the last column is left unpadded so long notes do not widen every line. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const widths = headers.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c]!, align[c] ?? 'left')))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The frame's own end beside `frame` (see TimingRow.frameEndMedian). */
export function frameEndText(row: TimingRow): string {
  return row.frameEndMedian === undefined || row.frameEndP95 === undefined
    ? ''
    : `frame end ${formatMs(row.frameEndMedian)}, p95 ${formatMs(row.frameEndP95)}`;
}

function outcomeNote(row: TimingRow): string {
  const extra = [frameEndText(row), row.note ?? ''].filter(Boolean);
  switch (row.outcome.kind) {
    case 'measured':
      return extra.join('; ');
    case 'skipped':
      return [row.outcome.reason, ...extra].join('; ');
    case 'failed':
      return [`error: ${row.outcome.message}`, ...extra].join('; ');
  }
}

export function timingTable(rows: readonly TimingRow[]): string {
  const cells = rows.map((row) => {
    const s = row.outcome.kind === 'measured' ? row.outcome.summary : null;
    return [
      row.label,
      s ? String(s.n) : '—',
      s ? formatMs(s.median) : '—',
      s ? formatMs(s.p95) : '—',
      row.frameMedian === undefined ? '—' : formatMs(row.frameMedian),
      row.goal ? goalText(row.goal) : '—',
      verdict(row),
      outcomeNote(row),
    ];
  });
  return renderTable(['figure', 'n', 'median', 'p95', 'frame', 'goal', '', 'note'], cells, [
    'left',
    'right',
    'right',
    'right',
    'right',
    'left',
    'left',
    'left',
  ]);
}

export function sizeTable(rows: readonly SizeRow[]): string {
  return renderTable(
    ['file', 'raw', 'gzip', 'note'],
    rows.map((r) => [r.label, formatKb(r.rawBytes), formatKb(r.gzipBytes), r.note ?? '']),
    ['left', 'right', 'right', 'left'],
  );
}

export function sectionTitle(title: string): string {
  return `\n${title}\n${'═'.repeat(displayWidth(title))}`;
}
