// Where the unsaved-draft journal (unsaved-journal.ts) lives in localStorage, apart from its zod
// validation: the app's start asks whether anything is journaled without loading zod.
export const UNSAVED_PREFIX = 'nianbao:unsaved:';
/**
 * Beside an entry: what changed since the draft the entry holds (unsaved-journal.ts createJournal).
 * Not under UNSAVED_PREFIX: it is never an entry of its own, only read with the entry it names.
 */
export const UNSAVED_NEXT_PREFIX = 'nianbao:unsaved-next:';

export function journaledKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(UNSAVED_PREFIX)) keys.push(key);
  }
  return keys;
}
