import { yearChange } from '../../domain/report/year-change';

/** 「显示上年数」 inside a cell: last year's number and the change since, small and grey. */
export function PreviousYearNote({
  current,
  previous,
  fee,
}: {
  current: number | null;
  previous: number | null;
  fee: boolean;
}) {
  const change = yearChange(current, previous, fee);
  return (
    <span className="prev-year" data-prev-year={previous ?? ''} data-change={change ?? ''}>
      上年 {previous ?? '—'}
      {change && <span className="change">{change}</span>}
    </span>
  );
}
