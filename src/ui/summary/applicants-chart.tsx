// Who applied: 「一、本年新收…申请数量」 by applicant type, as bars.
import { APPLICATION_ROW_LABELS } from '../../domain/report/labels';
import type { Applications } from '../../domain/report/report-schema';
import { applicantsByType } from '../../domain/summary/charts-data';
import { AXIS_TEXT, ChartFigure } from './chart-figure';
import { niceScale } from './chart-scale';

const W = 720;
const H = 240;
const LEFT = 56;
const TOP = 20;
const BOTTOM = 36;

export function ApplicantsChart({ applications }: { applications: Applications }) {
  const items = applicantsByType(applications);
  const scale = niceScale(Math.max(0, ...items.map((i) => i.value ?? 0)));
  const plotH = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / scale.max) * plotH;
  const slot = (W - LEFT - 10) / items.length;
  const title = `申请人类型（${APPLICATION_ROW_LABELS.newReceived}）`;
  const label = `${title}柱形图：${items.map((i) => `${i.label}${i.value === null ? '未填' : `${i.value}件`}`).join('，')}。`;
  return (
    <ChartFigure
      name="applicants"
      title={title}
      label={label}
      width={W}
      height={H}
      table={
        <table>
          <caption>{title}（件）</caption>
          <thead>
            <tr>
              {items.map((i) => (
                <th key={i.column} scope="col">
                  {i.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {items.map((i) => (
                <td key={i.column}>{i.value ?? '未填'}</td>
              ))}
            </tr>
          </tbody>
        </table>
      }
    >
      {scale.ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={W - 10} y1={y(t)} y2={y(t)} stroke="#d0d7de" />
          <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" {...AXIS_TEXT}>
            {t}
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const cx = LEFT + slot * i + slot / 2;
        const v = item.value ?? 0;
        const barW = Math.min(56, slot * 0.6);
        return (
          <g key={item.column}>
            {v > 0 && <rect x={cx - barW / 2} y={y(v)} width={barW} height={y(0) - y(v)} fill="#b3261e" />}
            <text x={cx} y={y(v) - 5} textAnchor="middle" {...AXIS_TEXT}>
              {item.value === null ? '未填' : item.value}
            </text>
            <text x={cx} y={H - BOTTOM + 18} textAnchor="middle" {...AXIS_TEXT}>
              {item.label}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
