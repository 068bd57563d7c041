// The Chrome trace events the keystroke tools read (CDP Tracing.dataCollected), and their main-thread
// time: `tdur` (thread time) where the trace has it, else wall `dur`, in ms.
import type { CDPSession } from '@playwright/test';

export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
};

export const threadMs = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** The timeline categories every keystroke trace records (the key's task and the frame's phases). */
const TIMELINE = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];

/**
 * Starts a trace of the page behind `cdp` with the timeline categories and `more`; the returned
 * stop ends it and gives its events.
 */
export async function startTrace(
  cdp: CDPSession,
  more: readonly string[] = [],
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...TIMELINE, ...more] },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}
