// One chart: a light SVG (role="img" with an aria-label that states the figures) and the same
// numbers as a table for screen readers, inside a <figure> that prints with the summary.
import type { ReactNode } from 'react';

export function ChartFigure({
  title,
  label,
  width,
  height,
  table,
  children,
  name,
}: {
  title: string;
  /** what the chart shows, in words, for assistive technology */
  label: string;
  width: number;
  height: number;
  /** the data table alternative */
  table: ReactNode;
  children: ReactNode;
  /** data-chart attribute, for tests and print styles */
  name: string;
}) {
  return (
    <figure className="chart" data-chart={name}>
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="chart-svg"
      >
        {children}
      </svg>
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}

/** Colours of the six handling categories (HANDLING_CATEGORY_KEYS order): distinct also in grey print. */
export const CATEGORY_COLORS = ['#1b7f3b', '#8cc63f', '#c62828', '#e0a100', '#0b57d0', '#7b5ea7'] as const;
/** Line colours and dash patterns, so the series stay apart when printed in black and white. */
export const SERIES_STYLES = [
  { color: '#b3261e', dash: '' },
  { color: '#0b57d0', dash: '6 3' },
  { color: '#1b7f3b', dash: '2 3' },
  { color: '#8a5a00', dash: '8 3 2 3' },
  { color: '#59636e', dash: '1 2' },
] as const;

export const AXIS_TEXT = { fontSize: 12, fill: '#3b4450' } as const;
