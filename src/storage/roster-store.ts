// Rosters: lists of the units (下属单位) a supervisor expects reports from, per year.
import type { NianbaoDb } from './db';
import type { Clock } from './report-update';
import type { Roster } from './stored-report';

export function createRosterStore(db: NianbaoDb, clock: Clock) {
  return {
    /** Newest year first, then by name. */
    listRosters: async (): Promise<Roster[]> =>
      (await db.rosters.toArray()).sort(
        (a, b) => (b.year ?? 0) - (a.year ?? 0) || a.name.localeCompare(b.name, 'zh-CN'),
      ),
    /** Inserts or replaces the roster; stamps updatedAt. */
    saveRoster: async (roster: Omit<Roster, 'updatedAt'>): Promise<Roster> => {
      const saved: Roster = { ...roster, updatedAt: clock().toISOString() };
      await db.rosters.put(saved);
      return saved;
    },
    deleteRoster: (id: string): Promise<void> => db.rosters.delete(id),
  };
}
