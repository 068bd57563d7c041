// Text typed into a dialog that is not report data yet — a warning's 说明 before 「保存说明」, a 批注
// before 「添加批注」 — kept in localStorage at every change (setItem is synchronous: it survives a
// reload, a crash of the browser or Esc pressed by habit), so that the dialog opens on it again
// until it is saved or emptied. Not report data: it is never exported, and a lost entry only means
// the dialog opens on its saved text.
const PREFIX = 'nianbao:kept-text:';
/** Longer text is not kept (a 说明 is a few sentences; MAX_TEXT-sized pastes stay in the dialog only). */
export const MAX_KEPT_CHARS = 20_000;

/** The key of one dialog's text: the report, what the text is for, and its target (a check id). */
export const keptTextKey = (reportId: string, purpose: string, target = ''): string =>
  `${PREFIX}${reportId}|${purpose}|${target}`;

// Each page (tab) keeps its text under a key of its own (`ownKeptKey`): two tabs writing the 说明 of
// the same warning, or a 批注 on the same report, each at every keystroke, no longer write over each
// other's text. A dialog opening takes over every text kept for its key (see takeOverKeptTexts).

/** The key under which page `owner` keeps the text of `key`. */
export const ownKeptKey = (key: string, owner: string): string => `${key}#${owner}`;

export type KeptText = { key: string; text: string };

/** Every text kept for `key`: each page's, and the shared one written before pages kept theirs apart. */
export function keptTexts(storage: Storage | undefined, key: string): KeptText[] {
  const found: KeptText[] = [];
  try {
    if (!storage) return found;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k === null || (k !== key && !k.startsWith(`${key}#`))) continue;
      const text = storage.getItem(k);
      if (text !== null) found.push({ key: k, text });
    }
  } catch {
    // a refused localStorage: nothing kept
  }
  return found;
}

/**
 * Several pages' texts as one, none lost: each once (a text another one contains is left out),
 * in the order given, a blank line between them — the clerk reads them and keeps what is meant.
 */
export function mergeKeptTexts(texts: readonly string[]): string {
  const distinct = texts.filter((t, i) => t !== '' && texts.indexOf(t) === i);
  return distinct.filter((t) => !distinct.some((other) => other !== t && other.includes(t))).join('\n\n');
}

/**
 * The text a dialog of page `owner` opens on: this page's kept text and every other page's (a
 * closed tab's, a crashed one's, another tab's dialog), merged, other than `saved`; null when
 * none is kept. What it took from other pages moves under this page's key: the other keys go
 * (unless changed meanwhile), so that saving here does not leave them to be offered again. A page
 * whose dialog is still open writes its own again at its next keystroke: nothing is lost.
 */
export function takeOverKeptTexts(
  storage: Storage | undefined,
  key: string,
  owner: string,
  saved = '',
): string | null {
  const own = ownKeptKey(key, owner);
  const all = keptTexts(storage, key).sort((a, b) => Number(b.key === own) - Number(a.key === own));
  const texts = all.map((k) => k.text).filter((t) => t !== saved);
  if (texts.length === 0) return null;
  const text = mergeKeptTexts(texts);
  writeKeptText(storage, own, text);
  // only once this page's key holds them (a full localStorage refuses: the others stay)
  if (readKeptText(storage, own) === text)
    for (const other of all)
      if (other.key !== own && readKeptText(storage, other.key) === other.text)
        writeKeptText(storage, other.key, '');
  return text;
}

export function readKeptText(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `text` under `key`; '' (or text too long to keep) removes the entry. Never throws. */
export function writeKeptText(storage: Storage | undefined, key: string, text: string): void {
  try {
    if (text === '' || text.length > MAX_KEPT_CHARS) storage?.removeItem(key);
    else storage?.setItem(key, text);
  } catch {
    // A full or refused localStorage: the text stays in the open dialog, as before.
  }
}
