// 「图表」 of the 汇总: handling results by category, applicants by type and, when the same units
// have reports of other years, a year-over-year line.
import { useId } from 'react';
import type { YearOverYear } from '../../domain/summary/charts-data';
import type { SummedTables } from '../../domain/summary/sum-reports';
import { ApplicantsChart } from './applicants-chart';
import { HandlingChart } from './handling-chart';
import { YearChart } from './year-chart';

export function SummaryCharts({
  summed,
  years,
}: {
  summed: SummedTables;
  years: { data: YearOverYear; units: ReadonlyMap<number, number> } | null;
}) {
  const ids = useId();
  return (
    <section className="summary-print summary-charts" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>图表</h2>
      <div className="chart-grid">
        <HandlingChart applications={summed.applications} />
        <ApplicantsChart applications={summed.applications} />
        {years && <YearChart data={years.data} units={years.units} />}
      </div>
      {years && (
        <p className="hint">
          历年对比取与本年计入汇总的单位名称相同的报告（每单位每年一份），往年报告的错误不影响取数，未填的单元格不计。
        </p>
      )}
    </section>
  );
}
