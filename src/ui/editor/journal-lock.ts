// Which journal slots (storage/unsaved-journal.ts) belong to a page that is still open: an editor
// holds a Web Lock named after its slot while it has the report open, and the browser releases it
// when the page closes or dies. An editor opening on a journaled edit continues in that edit's slot
// only when its lock is free — never in the slot of a live tab, whose next keystroke would write
// over it. Without Web Locks (none of the browsers the app supports) nothing is continued in place:
// the edit is written from a slot of its own and the old entry ends as a copy at the next start.
import type { SlotState } from '../../storage/unsaved-journal';

const lockName = (slot: string) => `nianbao-journal:${slot}`;

const lockManager = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

/** Holds the lock of `slot` until the returned function is called (or the page goes). */
export function holdSlot(slot: string): () => void {
  const locks = lockManager();
  if (!locks) return () => {};
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(lockName(slot), () => held).catch(() => {});
  return () => release();
}

/**
 * Whether the editor journaling in a slot is open in some page: 'open' (its page holds the lock),
 * 'closed' (nobody does: the page closed, reloaded or died), 'unknown' (no Web Locks).
 */
export async function slotStates(): Promise<(slot: string) => SlotState> {
  const locks = lockManager();
  if (!locks) return () => 'unknown';
  try {
    const { held = [] } = await locks.query();
    const names = new Set(held.map((lock) => lock.name));
    return (slot) => (names.has(lockName(slot)) ? 'open' : 'closed');
  } catch {
    return () => 'unknown';
  }
}

/** True when no open page holds `slot`; false when one does or it cannot be known. */
export async function slotIsFree(slot: string): Promise<boolean> {
  const locks = lockManager();
  if (!locks) return false;
  try {
    const { held = [] } = await locks.query();
    return !held.some((lock) => lock.name === lockName(slot));
  } catch {
    return false;
  }
}
