// App settings: one row, merged over defaults on every read, so a setting added in a later
// release gets its default without a schema upgrade.
import { DEFAULT_REQUIRED_OTHER_MATTERS } from '../domain/checks/rules/narrative-empty';
import { DEFAULT_BROWSER_USE } from '../domain/review/roles';
import type { NianbaoDb } from './db';
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

export function createSettingsStore(db: NianbaoDb) {
  return {
    getSettings: async (): Promise<Settings> => withDefaults((await db.settings.get('app'))?.value),
    /** Merges `partial` into the stored settings (read and write in one transaction); returns the result. */
    saveSettings: (partial: Partial<Settings>): Promise<Settings> =>
      db.transaction('rw', db.settings, async () => {
        const next = { ...withDefaults((await db.settings.get('app'))?.value), ...partial };
        await db.settings.put({ key: 'app', value: next });
        return next;
      }),
  };
}
