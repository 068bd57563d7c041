// Where the unsaved-draft journal (unsaved-journal.ts) lives in localStorage, apart from its zod
// validation: the app's start asks whether anything is journaled without loading zod.
export const UNSAVED_PREFIX = 'nianbao:unsaved:';

export function journaledKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(UNSAVED_PREFIX)) keys.push(key);
  }
  return keys;
}
