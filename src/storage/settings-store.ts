// App settings: one row, merged over defaults on every read, so a setting added in a later
// release gets its default without a schema upgrade.
import { DEFAULT_REQUIRED_OTHER_MATTERS } from '../domain/checks/rules/narrative-empty';
import { DEFAULT_BROWSER_USE } from '../domain/review/roles';
import type { NianbaoDb } from './db';
import { markAllStale } from './derived-dependents';
import { reportTables } from './report-writes';
import type { Settings } from './stored-report';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  reviewerName: '',
  browserUse: { ...DEFAULT_BROWSER_USE },
  // SPEC §3: 六（一）信息处理费收取情况 is required everywhere; other sub-items depend on the province.
  requiredOtherMatters: [...DEFAULT_REQUIRED_OTHER_MATTERS],
  persistRequested: false,
  persistGranted: null,
  showPreviousYear: false,
};

const withDefaults = (stored: Partial<Settings> | undefined): Settings => ({
  ...DEFAULT_SETTINGS,
  requiredOtherMatters: [...DEFAULT_SETTINGS.requiredOtherMatters],
  browserUse: { ...DEFAULT_SETTINGS.browserUse },
  ...stored,
});

const appRow = async (db: NianbaoDb): Promise<Partial<Settings> | undefined> => {
  const row = await db.settings.get('app');
  return row?.key === 'app' ? row.value : undefined;
};

/** The same items, in any order (the checks read them as a set). */
const sameItems = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
};

export function createSettingsStore(db: NianbaoDb) {
  return {
    getSettings: async (): Promise<Settings> => withDefaults(await appRow(db)),
    /**
     * Merges `partial` into the stored settings (read and write in one transaction); returns the
     * result. A change of what the checks read (the required items of part 六) marks every report's
     * counts stale in the same transaction: they are counted again (derived-dependents.ts).
     */
    saveSettings: (partial: Partial<Settings>): Promise<Settings> =>
      db.transaction('rw', [db.settings, ...reportTables(db)], async () => {
        const before = withDefaults(await appRow(db));
        const next = { ...before, ...partial };
        await db.settings.put({ key: 'app', value: next });
        if (!sameItems(before.requiredOtherMatters, next.requiredOtherMatters)) await markAllStale(db);
        return next;
      }),
  };
}
