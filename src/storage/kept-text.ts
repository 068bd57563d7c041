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
