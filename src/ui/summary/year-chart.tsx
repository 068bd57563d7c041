// Key totals over several years, as lines (yearOverYear in charts-data.ts); a year without data is
// a gap in the line, not a zero.
import type { YearOverYear } from '../../domain/summary/charts-data';
import { AXIS_TEXT, ChartFigure, SERIES_STYLES } from './chart-figure';
import { niceScale } from './chart-scale';

const W = 720;
const LEFT = 56;
const RIGHT = 24;
const TOP = 16;
const PLOT_H = 200;
const LEGEND_ROW = 18;
const INSET = 56;

export function YearChart({ data, units }: { data: YearOverYear; units: ReadonlyMap<number, number> }) {
  const { years, series } = data;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = niceScale(Math.max(0, ...values));
  // the first and last year labels are centred on their points: keep them inside the view box
  const x0 = LEFT + INSET;
  const x1 = W - RIGHT - INSET;
  const x = (i: number) => (years.length === 1 ? (x0 + x1) / 2 : x0 + (i / (years.length - 1)) * (x1 - x0));
  const y = (v: number) => TOP + PLOT_H - (v / scale.max) * PLOT_H;
  const axisY = TOP + PLOT_H;
  const legendTop = axisY + 46;
  const H = legendTop + series.length * LEGEND_ROW + 4;
  const title = '历年对比（相同单位）';
  const label = `${title}折线图，${years[0]}年至${years.at(-1)}年：${series
    .map((s) => `${s.label}${s.values.map((v, i) => `${years[i]}年${v ?? '无数据'}`).join('、')}`)
    .join('；')}。`;
  const path = (vals: readonly (number | null)[]) =>
    vals
      .map((v, i) => (v === null ? null : `${i === 0 || vals[i - 1] === null ? 'M' : 'L'}${x(i)},${y(v)}`))
      .filter(Boolean)
      .join(' ');
  return (
    <ChartFigure
      name="years"
      title={title}
      label={label}
      width={W}
      height={H}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              {years.map((yr) => (
                <th key={yr} scope="col">
                  {yr}年
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">单位数</th>
              {years.map((yr) => (
                <td key={yr}>{units.get(yr) ?? 0}</td>
              ))}
            </tr>
            {series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                {s.values.map((v, i) => (
                  <td key={years[i]}>{v ?? '无数据'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {scale.ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} stroke="#d0d7de" />
          <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" {...AXIS_TEXT}>
            {t}
          </text>
        </g>
      ))}
      {years.map((yr, i) => (
        <text key={yr} x={x(i)} y={axisY + 18} textAnchor="middle" {...AXIS_TEXT}>
          {yr}年（{units.get(yr) ?? 0}个单位）
        </text>
      ))}
      {series.map((s, k) => {
        const style = SERIES_STYLES[k % SERIES_STYLES.length]!;
        return (
          <g key={s.key}>
            <path
              d={path(s.values)}
              fill="none"
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
            />
            {s.values.map((v, i) =>
              v === null ? null : <circle key={years[i]} cx={x(i)} cy={y(v)} r={3.5} fill={style.color} />,
            )}
            <g transform={`translate(${LEFT}, ${legendTop + k * LEGEND_ROW})`}>
              <line
                x1={0}
                x2={28}
                y1={-4}
                y2={-4}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
              />
              <text x={36} y={0} {...AXIS_TEXT}>
                {s.label}
              </text>
            </g>
          </g>
        );
      })}
    </ChartFigure>
  );
}
