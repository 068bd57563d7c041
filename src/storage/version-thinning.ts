// Which saved versions to drop so the history stays small but useful, like a backup rotation:
// the newest KEEP_NEWEST are always kept (the last hour of typing, in full); older ones are
// thinned to at most one per hour for the last day and one per day before that, keeping the
// newest of each hour/day. Pinned versions (review snapshots used by 「与上次审阅比较」, the content
// an import replaced, manual save points) are never dropped.
// Pure: no clock, no time zone of the machine.

export const KEEP_NEWEST = 50;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** China Standard Time: days are cut at local midnight for the clerks this app is written for. */
const DEFAULT_UTC_OFFSET_MINUTES = 8 * 60;

export type ThinnableVersion = { id: number; at: string; pinned?: boolean };

export function chooseVersionsToDelete(
  versions: readonly ThinnableVersion[],
  now: Date,
  utcOffsetMinutes: number = DEFAULT_UTC_OFFSET_MINUTES,
): number[] {
  const offset = utcOffsetMinutes * 60_000;
  const nowMs = now.getTime();
  // An unparsable time cannot be placed in a bucket: such versions are kept rather than guessed at.
  const newestFirst = versions
    .map((v) => ({ ...v, t: Date.parse(v.at) }))
    .filter((v) => !Number.isNaN(v.t))
    .sort((a, b) => b.t - a.t || b.id - a.id);
  const occupied = new Set<string>();
  const doomed: number[] = [];
  newestFirst.forEach((v, index) => {
    const local = v.t + offset;
    const bucket = nowMs - v.t < DAY ? `h${Math.floor(local / HOUR)}` : `d${Math.floor(local / DAY)}`;
    if (index < KEEP_NEWEST || v.pinned || !occupied.has(bucket)) occupied.add(bucket);
    else doomed.push(v.id);
  });
  return doomed;
}
