import { PART_TITLES } from '../../domain/report/labels';
import { PROACTIVE_SECTIONS } from '../../domain/tables/proactive-table';
import { DataGrid } from '../tables/data-grid';
import { proactiveModel } from '../tables/grid-model';
import { PreviousYearToggle } from '../tables/previous-year-toggle';

const MODELS = PROACTIVE_SECTIONS.map(proactiveModel);

export function ProactiveStep() {
  return (
    <div>
      <h2 tabIndex={-1}>{PART_TITLES.proactive}</h2>
      <PreviousYearToggle />
      {MODELS.map((m) => (
        <div key={m.id} style={{ marginBottom: '1rem' }}>
          <DataGrid model={m} />
        </div>
      ))}
    </div>
  );
}
