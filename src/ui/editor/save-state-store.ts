// The autosave state (保存中… / 已保存 / 保存失败) outside React. It changes at every keystroke and
// again when the write lands; held in the editor's state, each change re-rendered the editor's
// session and made React search the whole editor below it for readers of the new value (issue 17
// §3). Only the views that show it subscribe.
import { useSyncExternalStore } from 'react';
import type { AutosaveState } from '../../storage/autosave';
import { createValueStore, type ValueStore } from '../hooks/value-store';

export type SaveStates = Pick<ValueStore<AutosaveState>, 'get' | 'subscribe'>;

export function createSaveStates(initial: AutosaveState): ValueStore<AutosaveState> {
  return createValueStore(initial);
}

/** What `pick` takes from the save state; the caller re-renders only when that changes. */
export function useSaveStateOf<T>(states: SaveStates, pick: (state: AutosaveState) => T): T {
  return useSyncExternalStore(states.subscribe, () => pick(states.get()));
}
