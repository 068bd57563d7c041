import { SHOW_PREVIOUS_YEAR } from '../../domain/report/labels';
import { usePreviousYearView } from '../editor/previous-year-view';

/** 「显示上年数」: offered when a previous-year report is linked; remembered in this browser's settings. */
export function PreviousYearToggle() {
  const { report, show, setShow } = usePreviousYearView();
  if (!report) return null;
  return (
    <label className="previous-year-toggle">
      <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
      {SHOW_PREVIOUS_YEAR}
    </label>
  );
}
