// The text of a dialog's text box, kept (storage/kept-text.ts) at every change until it is saved:
// Esc, 取消, a reload or a crash of the browser no longer throws away a 说明 or a 批注 being written.
import { useCallback, useState } from 'react';
import { randomUuid } from '../../domain/crypto/random-id';
import { keptTexts, ownKeptKey, takeOverKeptTexts, writeKeptText } from '../../storage/kept-text';

const local = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** This page's own keys (storage/kept-text.ts ownKeptKey): another tab keeps its text apart. */
const PAGE = randomUuid();

/** Whether a text is kept for `key` (by any page) that differs from `saved` (an unsaved 说明 or 批注). */
export function hasKeptText(key: string, saved = ''): boolean {
  return keptTexts(local(), key).some((k) => k.text !== saved);
}

/**
 * `saved`: the text as saved (a 说明 being changed), shown when nothing else is kept.
 * `restored`: the dialog opened on kept text, not on the saved one.
 * `saved()` once the text is written where it belongs: the kept copy is dropped.
 * `owner`: whose key the text is kept under — this page's (tests open two "pages" in one).
 */
export function useKeptText(key: string, saved = '', owner = PAGE) {
  const own = ownKeptKey(key, owner);
  const [initial] = useState(() => takeOverKeptTexts(local(), key, owner, saved));
  const [text, setText] = useState(initial ?? saved);
  const change = useCallback(
    (next: string) => {
      setText(next);
      writeKeptText(local(), own, next === saved ? '' : next);
    },
    [own, saved],
  );
  const done = useCallback(() => writeKeptText(local(), own, ''), [own]);
  return { text, setText: change, saved: done, restored: initial !== null };
}
