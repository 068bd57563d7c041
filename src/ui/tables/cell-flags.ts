import type { CheckResult } from '../../domain/checks/types';

/** What a cell shows of the failing checks that point at it: the worst severity and the messages. */
export type CellFlags = { severity: 'error' | 'warning'; messages: string[] };

export function cellFlags(results: readonly CheckResult[] | undefined): CellFlags | null {
  if (!results || results.length === 0) return null;
  return {
    severity: results.some((r) => r.severity === 'error') ? 'error' : 'warning',
    messages: results.map((r) => r.message),
  };
}
