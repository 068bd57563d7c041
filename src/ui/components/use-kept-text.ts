// The text of a dialog's text box, kept (storage/kept-text.ts) at every change until it is saved:
// Esc, 取消, a reload or a crash of the browser no longer throws away a 说明 or a 批注 being written.
import { useCallback, useState } from 'react';
import { readKeptText, writeKeptText } from '../../storage/kept-text';

const local = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** Whether a text is kept for `key` that differs from `saved` (an unsaved 说明 or 批注). */
export function hasKeptText(key: string, saved = ''): boolean {
  const kept = readKeptText(local(), key);
  return kept !== null && kept !== saved;
}

/**
 * `saved`: the text as saved (a 说明 being changed), shown when nothing else is kept.
 * `restored`: the dialog opened on kept text, not on the saved one.
 * `saved()` once the text is written where it belongs: the kept copy is dropped.
 */
export function useKeptText(key: string, saved = '') {
  const [initial] = useState(() => {
    const kept = readKeptText(local(), key);
    return kept !== null && kept !== saved ? kept : null;
  });
  const [text, setText] = useState(initial ?? saved);
  const change = useCallback(
    (next: string) => {
      setText(next);
      writeKeptText(local(), key, next === saved ? '' : next);
    },
    [key, saved],
  );
  const done = useCallback(() => writeKeptText(local(), key, ''), [key]);
  return { text, setText: change, saved: done, restored: initial !== null };
}
