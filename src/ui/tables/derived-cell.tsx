import { memo } from 'react';
import { parseCellId } from '../../domain/report/cell-address';
import type { Report } from '../../domain/report/report-schema';
import { usePreviousYearValue } from '../editor/previous-year-view';
import { structurallyEqual } from '../editor/structural-equal';
import { useReportSelector, useShownSelector } from '../editor/use-draft-selector';
import { cellFlags } from './cell-flags';
import { PreviousYearNote } from './previous-year-note';

export function reportCellValue(report: Report, cellId: string): number | null {
  const a = parseCellId(cellId);
  if (!a) return null;
  return ((report[a.part] as Record<string, Record<string, number | null>>)[a.row]?.[a.column] ?? null) as
    | number
    | null;
}

/** A computed total: read-only, visibly different, with the same data-cell address as inputs. */
export const DerivedCell = memo(function DerivedCell({ cellId, label }: { cellId: string; label: string }) {
  const value = useReportSelector((s) => reportCellValue(s.report, cellId));
  const flags = useShownSelector((s) => cellFlags(s.flags.get(cellId)), structurallyEqual);
  const severity = flags?.severity;
  const messages = flags?.messages ?? [];
  const previous = usePreviousYearValue(cellId);
  return (
    <td className={`derived${severity ? ` flag-${severity}` : ''}`}>
      <output
        data-cell={cellId}
        aria-label={`${label}（自动计算）`}
        title={messages.join('\n') || undefined}
        tabIndex={-1}
      >
        {value ?? ''}
      </output>
      {previous !== undefined && <PreviousYearNote current={value} previous={previous} fee={false} />}
    </td>
  );
});
