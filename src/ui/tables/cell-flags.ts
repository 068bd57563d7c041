// The failing checks a cell shows. A blank cell is not flagged by the table-wide `required` result
// (whose message changes with every keystroke anywhere in the table): the cell knows it is blank,
// and shows 「待填」 or 未填写 depending on whether its step has been worked on (issue 14 §2).
import type { CheckResult } from '../../domain/checks/types';

/** What a cell shows of the failing checks that point at it: the worst severity and the messages. */
export type CellFlags = { severity: 'error' | 'warning'; messages: string[] };

export function cellFlags(results: readonly CheckResult[] | undefined): CellFlags | null {
  const shown = (results ?? []).filter((r) => !r.id.startsWith('required:'));
  if (shown.length === 0) return null;
  return {
    severity: shown.some((r) => r.severity === 'error') ? 'error' : 'warning',
    messages: shown.map((r) => r.message),
  };
}
