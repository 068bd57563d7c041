// 「显示上年数」 (issue 14 §3): the linked previous-year report's numbers, shown small and grey in
// each cell with the change, when the clerk turned the view on (a setting of this browser).
import { createContext, useContext } from 'react';
import { parseCellId } from '../../domain/report/cell-address';
import type { Report } from '../../domain/report/report-schema';

export type PreviousYearView = {
  /** the linked previous-year report, checked; null when none is linked */
  report: Report | null;
  show: boolean;
  setShow: (show: boolean) => void;
};

export const PreviousYearContext = createContext<PreviousYearView>({
  report: null,
  show: false,
  setShow: () => {},
});

export function usePreviousYearView(): PreviousYearView {
  return useContext(PreviousYearContext);
}

/** Last year's value of a cell while 「显示上年数」 is on; undefined while it is off or nothing is linked. */
export function usePreviousYearValue(cellId: string): number | null | undefined {
  const { report, show } = useContext(PreviousYearContext);
  if (!show || !report) return undefined;
  const a = parseCellId(cellId);
  if (!a) return undefined;
  return ((report[a.part] as Record<string, Record<string, number | null>>)[a.row]?.[a.column] ?? null) as
    | number
    | null;
}
