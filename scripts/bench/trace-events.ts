// The Chrome trace events the keystroke tools read (CDP Tracing.dataCollected), and their main-thread
// time: `tdur` (thread time) where the trace has it, else wall `dur`, in ms.
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
