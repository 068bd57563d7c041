// Under the matrix, for each column that does not balance: what makes up each side — 一 and 二;
// the non-zero rows of （七） largest first, and 四 — with last year's value of each row when a
// previous-year report is linked, and the row most likely typed wrong marked. A click on a row
// selects its cell (issue 14 §2).
import {
  type BalanceBreakdown,
  type BreakdownRow,
  balanceBreakdown,
} from '../../domain/checks/balance-breakdown';
import { APPLICANT_INPUT_COLUMNS } from '../../domain/report/keys';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../../domain/report/labels';
import { usePreviousYearView } from '../editor/previous-year-view';
import { structurallyEqual } from '../editor/structural-equal';
import { useShownSelector } from '../editor/use-draft-selector';

/** Selects a grid cell from outside the grid: its focus makes it the selected cell (select mode). */
function selectCell(cell: string) {
  const input = document.querySelector<HTMLInputElement>(`input[data-cell="${CSS.escape(cell)}"]`);
  input?.focus();
  input?.scrollIntoView({ block: 'center' });
}

export function BalanceBreakdownList() {
  const { report: previous } = usePreviousYearView();
  // Re-renders only when an unbalanced column's numbers change.
  const list = useShownSelector(
    (s) =>
      APPLICANT_INPUT_COLUMNS.map((c) => balanceBreakdown(s.report, c, previous)).filter(
        (b): b is BalanceBreakdown => b !== null,
      ),
    structurallyEqual,
  );
  if (list.length === 0) return null;
  return (
    <section className="balance-breakdown" aria-label="不平衡的列">
      {list.map((b) => (
        <ColumnBreakdown key={b.column} b={b} linked={previous !== null} />
      ))}
    </section>
  );
}

function ColumnBreakdown({ b, linked }: { b: BalanceBreakdown; linked: boolean }) {
  const column = APPLICANT_LABELS[b.column];
  return (
    <div className="breakdown" data-breakdown={b.column}>
      <h4>
        「{column}」列不平衡：一＋二＝{b.lhsTotal}，（七）总计＋四＝{b.rhsTotal}，相差{Math.abs(b.diff)}
      </h4>
      {b.suspect && (
        <p className="suspect-note" data-suspect={b.suspect.cell}>
          最可能有误：「{APPLICATION_ROW_LABELS[b.suspect.row]}」{b.suspect.value}（改为{b.suspect.fix}
          即平衡）
        </p>
      )}
      <div className="sides">
        <Side title="一＋二" total={b.lhsTotal} rows={b.lhs} suspect={b.suspect?.cell} linked={linked} />
        <Side
          title="（七）总计＋四"
          total={b.rhsTotal}
          rows={[...b.results, b.carriedForward]}
          suspect={b.suspect?.cell}
          linked={linked}
          subtotal={{
            after: b.results.length,
            label: `${APPLICATION_ROW_LABELS.totalHandled}`,
            value: b.handled,
          }}
        />
      </div>
    </div>
  );
}

function Side({
  title,
  total,
  rows,
  suspect,
  linked,
  subtotal,
}: {
  title: string;
  total: number;
  rows: BreakdownRow[];
  suspect: string | undefined;
  linked: boolean;
  subtotal?: { after: number; label: string; value: number };
}) {
  return (
    <table className="breakdown-side" aria-label={title}>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col">本年</th>
          {linked && <th scope="col">上年</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <BreakdownLine
            key={r.cell}
            r={r}
            linked={linked}
            suspect={r.cell === suspect}
            before={subtotal && i === subtotal.after ? subtotal : undefined}
          />
        ))}
        <tr className="sum">
          <th scope="row">合计</th>
          <td>{total}</td>
          {linked && <td />}
        </tr>
      </tbody>
    </table>
  );
}

function BreakdownLine({
  r,
  linked,
  suspect,
  before,
}: {
  r: BreakdownRow;
  linked: boolean;
  suspect: boolean;
  before: { label: string; value: number } | undefined;
}) {
  return (
    <>
      {before && (
        <tr className="subtotal">
          <th scope="row">{before.label}</th>
          <td>{before.value}</td>
          {linked && <td />}
        </tr>
      )}
      <tr className={suspect ? 'suspect' : undefined}>
        <th scope="row">
          <button
            type="button"
            className="goto"
            data-breakdown-cell={r.cell}
            onClick={() => selectCell(r.cell)}
          >
            {APPLICATION_ROW_LABELS[r.row]}
          </button>
        </th>
        <td>{r.value}</td>
        {linked && <td className="muted">{r.previous ?? '—'}</td>}
      </tr>
    </>
  );
}
