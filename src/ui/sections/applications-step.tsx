import { MATRIX_NOTE, PART_TITLES } from '../../domain/report/labels';
import { BalanceBreakdownList } from '../checks/balance-breakdown';
import { BalanceRow } from '../checks/balance-row';
import { DataGrid } from '../tables/data-grid';
import { MATRIX_MODEL } from '../tables/grid-model';
import { PreviousYearToggle } from '../tables/previous-year-toggle';

export function ApplicationsStep() {
  return (
    <div>
      <h2 tabIndex={-1}>{PART_TITLES.applications}</h2>
      <p className="hint">{MATRIX_NOTE}</p>
      <p className="hint">
        方向键移动；单击选中单元格，直接输入数字覆盖原值；F2或双击在原内容上修改，Esc撤回本格修改；Ctrl+Z撤销、Ctrl+Y重做；可直接粘贴从Excel、WPS或网页复制的整块表格。
      </p>
      <PreviousYearToggle />
      <DataGrid model={MATRIX_MODEL} />
      <BalanceRow />
      <BalanceBreakdownList />
    </div>
  );
}
