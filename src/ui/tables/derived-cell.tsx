import { memo, useMemo } from 'react';
import { parseCellId } from '../../domain/report/cell-address';
import { usePreviousYearValue } from '../editor/previous-year-view';
import { structurallyEqual } from '../editor/structural-equal';
import { useReportCell, useShownSelector } from '../editor/use-draft-selector';
import { cellFlags } from './cell-flags';
import { useGridActions } from './grid-actions';
import { useInRange } from './interaction-store';
import { PreviousYearNote } from './previous-year-note';

/**
 * A computed total: read-only, visibly different, with the same data-cell address as inputs. Told
 * only when its own number changes (useReportCell), so a keystroke looks at no other total.
 */
export const DerivedCell = memo(function DerivedCell({ cellId, label }: { cellId: string; label: string }) {
  const address = useMemo(() => parseCellId(cellId), [cellId]);
  const value = useReportCell(cellId, address);
  const flags = useShownSelector((s) => cellFlags(s.flags.get(cellId)), structurallyEqual);
  const severity = flags?.severity;
  const messages = flags?.messages ?? [];
  const previous = usePreviousYearValue(cellId);
  const { interaction, inRange } = useGridActions();
  const ranged = useInRange(interaction, inRange, cellId);
  return (
    <td className={`derived${severity ? ` flag-${severity}` : ''}${ranged ? ' in-range' : ''}`}>
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
