import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseVersionsToDelete, KEEP_NEWEST, type ThinnableVersion } from './version-thinning';

const NOW = new Date('2025-01-10T12:00:00.000Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** `count` versions, the newest `ageMs` old, each `stepMs` older than the previous; ids newest = highest. */
function series(count: number, ageMs: number, stepMs: number, firstId = 1): ThinnableVersion[] {
  return Array.from({ length: count }, (_, i) => ({
    id: firstId + count - 1 - i,
    at: new Date(NOW.getTime() - ageMs - i * stepMs).toISOString(),
  }));
}

describe('chooseVersionsToDelete', () => {
  it.each([
    { name: 'nothing to thin under the limit', versions: series(KEEP_NEWEST, 0, MIN), deleted: 0 },
    { name: 'empty', versions: [], deleted: 0 },
    // after the newest 50: ten versions 5 min apart, 09:50…09:05 UTC, all in one hour
    {
      name: 'one per hour in the last day',
      versions: series(KEEP_NEWEST, 0, 1000).concat(series(10, 2 * HOUR + 10 * MIN, 5 * MIN, 1000)),
      deleted: 9,
    },
    // six versions an hour apart on 2025-01-07, 10:00…15:00 China time
    {
      name: 'one per day before that',
      versions: series(KEEP_NEWEST, 0, 1000).concat(series(6, 3 * DAY + 5 * HOUR, HOUR, 1000)),
      deleted: 5,
    },
    {
      name: 'a version per day for 10 days all stay',
      versions: series(KEEP_NEWEST, 0, 1000).concat(series(10, 2 * DAY, DAY, 1000)),
      deleted: 0,
    },
  ])('$name', ({ versions, deleted }) => {
    expect(chooseVersionsToDelete(versions, NOW)).toHaveLength(deleted);
  });

  it('keeps the newest version of each hour and never a pinned one', () => {
    const newest = series(KEEP_NEWEST, 0, 1000);
    const base = NOW.getTime() - 5 * HOUR - 30 * MIN; // 06:30 UTC = 14:30 CST, inside one hour bucket
    const older: ThinnableVersion[] = [
      { id: 103, at: new Date(base + 10 * MIN).toISOString() },
      { id: 102, at: new Date(base + 5 * MIN).toISOString(), pinned: true },
      { id: 101, at: new Date(base).toISOString() },
    ];
    expect(chooseVersionsToDelete([...older, ...newest], NOW)).toEqual([101]);
  });

  it('cuts days at midnight China time, not UTC', () => {
    const newest = series(KEEP_NEWEST, 0, 1000);
    // 2025-01-05 23:30 and 2025-01-06 00:30 CST: same UTC day (15:30, 16:30 UTC), different local days
    const older: ThinnableVersion[] = [
      { id: 201, at: '2025-01-05T16:30:00.000Z' },
      { id: 200, at: '2025-01-05T15:30:00.000Z' },
    ];
    expect(chooseVersionsToDelete([...newest, ...older], NOW)).toEqual([]);
    expect(chooseVersionsToDelete([...newest, ...older], NOW, 0)).toEqual([200]);
  });

  it('property: the newest 50 are always kept, and only known ids are deleted', () => {
    const version = fc.record({
      ageMs: fc.integer({ min: -HOUR, max: 400 * DAY }),
      pinned: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(version, { maxLength: 300 }), (specs) => {
        const versions = specs.map((s, i) => ({
          id: i + 1,
          at: new Date(NOW.getTime() - s.ageMs).toISOString(),
          pinned: s.pinned,
        }));
        const deleted = new Set(chooseVersionsToDelete(versions, NOW));
        const newestFirst = [...versions].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
        for (const v of newestFirst.slice(0, KEEP_NEWEST)) expect(deleted.has(v.id)).toBe(false);
        for (const v of versions) if (v.pinned) expect(deleted.has(v.id)).toBe(false);
        for (const id of deleted) expect(versions.some((v) => v.id === id)).toBe(true);
        // thinning is stable: applying it to what it kept deletes nothing more
        const kept = versions.filter((v) => !deleted.has(v.id));
        expect(chooseVersionsToDelete(kept, NOW)).toEqual([]);
      }),
    );
  });
});
