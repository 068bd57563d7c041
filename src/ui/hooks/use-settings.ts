// 「设置」 as a live value: every view that depends on a setting re-renders when it changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { type BrowserUse, DEFAULT_BROWSER_USE } from '../../domain/review/roles';
import type { Settings } from '../../storage/stored-report';
import { useRepository } from './use-repository';

/** undefined while first read */
export function useSettings(): Settings | undefined {
  const repo = useRepository();
  return useLiveQuery(() => repo.getSettings(), [repo]);
}

/** What this browser is used for (填报 / 审核 / both); the default until the settings are read. */
export function useBrowserUse(): BrowserUse {
  return useSettings()?.browserUse ?? DEFAULT_BROWSER_USE;
}
