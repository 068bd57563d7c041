import { PART_TITLES } from '../../domain/report/labels';
import { DataGrid } from '../tables/data-grid';
import { APPEALS_MODEL } from '../tables/grid-model';
import { PreviousYearToggle } from '../tables/previous-year-toggle';

export function AppealsStep() {
  return (
    <div>
      <h2 tabIndex={-1}>{PART_TITLES.appeals}</h2>
      <PreviousYearToggle />
      <DataGrid model={APPEALS_MODEL} />
    </div>
  );
}
