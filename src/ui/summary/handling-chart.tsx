// 办理结果 by applicant type as stacked bars: one bar per column of the part 三 matrix (the six
// applicant types and 总计), split into 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理.

import { APPLICANT_HEADER } from '../../domain/report/labels';
import type { Applications } from '../../domain/report/report-schema';
import { HANDLING_CATEGORIES, handlingByCategory } from '../../domain/summary/charts-data';
import { AXIS_TEXT, CATEGORY_COLORS, ChartFigure } from './chart-figure';
import { niceScale } from './chart-scale';

const W = 720;
const LABEL_W = 110;
const RIGHT = 70;
const TOP = 44;
const BAR = 20;
const GAP = 12;

export function HandlingChart({ applications }: { applications: Applications }) {
  const bars = handlingByCategory(applications);
  const scale = niceScale(Math.max(0, ...bars.map((b) => b.total)));
  const plotW = W - LABEL_W - RIGHT;
  const x = (v: number) => LABEL_W + (v / scale.max) * plotW;
  const height = TOP + bars.length * (BAR + GAP) + 24;
  const axisY = TOP + bars.length * (BAR + GAP) - GAP / 2;
  const total = bars.find((b) => b.column === 'total');
  const title = `办理结果（按${APPLICANT_HEADER}）`;
  const label = total
    ? `${title}堆积条形图。总计${total.total}件：${total.segments.map((s) => `${s.label}${s.value}件`).join('，')}${total.blanks > 0 ? `；有${total.blanks}个结果单元格未填，按0计` : ''}。各类申请人的分项见数据表。`
    : title;
  return (
    <ChartFigure
      name="handling"
      title={title}
      label={label}
      width={W}
      height={height}
      table={
        <table>
          <caption>{title}（件）</caption>
          <thead>
            <tr>
              <th scope="col">{APPLICANT_HEADER}</th>
              {HANDLING_CATEGORIES.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">合计</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.column}>
                <th scope="row">{b.label}</th>
                {b.segments.map((s) => (
                  <td key={s.category}>{s.value}</td>
                ))}
                <td>{b.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {HANDLING_CATEGORIES.map((c, i) => (
        <g key={c.key} transform={`translate(${LABEL_W + (i % 6) * 98}, 8)`}>
          <rect width={12} height={12} fill={CATEGORY_COLORS[i]} />
          <text x={16} y={11} {...AXIS_TEXT}>
            {c.label}
          </text>
        </g>
      ))}
      {scale.ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={axisY} stroke="#d0d7de" />
          <text x={x(t)} y={axisY + 16} textAnchor="middle" {...AXIS_TEXT}>
            {t}
          </text>
        </g>
      ))}
      {bars.map((b, row) => {
        const y = TOP + row * (BAR + GAP);
        let offset = 0;
        return (
          <g key={b.column}>
            <text x={LABEL_W - 8} y={y + BAR / 2 + 4} textAnchor="end" {...AXIS_TEXT}>
              {b.label}
            </text>
            {b.segments.map((s, i) => {
              const start = offset;
              offset += s.value;
              if (s.value === 0) return null;
              return (
                <rect
                  key={s.category}
                  x={x(start)}
                  y={y}
                  width={Math.max(0.5, x(offset) - x(start))}
                  height={BAR}
                  fill={CATEGORY_COLORS[i]}
                  stroke="#fff"
                  strokeWidth={0.5}
                />
              );
            })}
            <text x={x(b.total) + 6} y={y + BAR / 2 + 4} {...AXIS_TEXT}>
              {b.total}
              {b.blanks > 0 ? '（含未填）' : ''}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
