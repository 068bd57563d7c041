// Numbers for the 汇总 charts (the UI draws them as light SVG): how applications ended, by result
// category and applicant type (stacked bars); who applied (bars); and several years side by side.
// Works on a summed table (sum-reports.ts) or a single report's tables alike.
import {
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ResultRow,
} from '../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  LITIGATION_HEADER,
} from '../report/labels';
import type { Appeals, Applications } from '../report/report-schema';
import { MATRIX_LAYOUT } from '../tables/applications-table';

/** 「（二）部分公开（区分处理的，…）」 → 「部分公开」: the label without its number and its note. */
export function shortLabel(label: string): string {
  return label.replace(/^（[一二三四五六七八九十]+）/u, '').replace(/（[^）]*）$/u, '');
}

export const HANDLING_CATEGORY_KEYS = [
  'granted',
  'partiallyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
] as const;
export type HandlingCategoryKey = (typeof HANDLING_CATEGORY_KEYS)[number];

const rowsOfGroup = (group: string): ResultRow[] =>
  MATRIX_LAYOUT.flatMap((r) => (r.kind === 'row' && r.group === group ? [r.key as ResultRow] : []));

/** 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理, with the result rows of each. */
export const HANDLING_CATEGORIES: readonly {
  key: HandlingCategoryKey;
  label: string;
  rows: readonly ResultRow[];
}[] = HANDLING_CATEGORY_KEYS.map((key) =>
  key === 'granted' || key === 'partiallyGranted'
    ? { key, label: shortLabel(APPLICATION_ROW_LABELS[key]), rows: [key] }
    : { key, label: shortLabel(APPLICATION_GROUP_LABELS[key]), rows: rowsOfGroup(key) },
);

export type HandlingBar = {
  column: ApplicantColumn;
  label: string;
  segments: { category: HandlingCategoryKey; label: string; value: number }[];
  /** the sum of the segments, i.e. 「（七）总计」 of the column with blanks as 0 */
  total: number;
  /** result cells of the column that are blank (drawn as 0; the UI may say 「含未填」) */
  blanks: number;
};

/** One stacked bar per applicant column (the six types, then 总计). */
export function handlingByCategory(applications: Applications): HandlingBar[] {
  return APPLICANT_COLUMNS.map((column) => {
    let blanks = 0;
    const segments = HANDLING_CATEGORIES.map(({ key, label, rows }) => {
      let value = 0;
      for (const row of rows) {
        const v = applications[row][column];
        if (v === null) blanks++;
        else value += v;
      }
      return { category: key, label, value };
    });
    const total = segments.reduce((acc, s) => acc + s.value, 0);
    return { column, label: APPLICANT_LABELS[column], segments, total, blanks };
  });
}

/** 「一、本年新收…申请数量」 by applicant type (the six input columns). */
export function applicantsByType(
  applications: Applications,
): { column: ApplicantColumn; label: string; value: number | null }[] {
  return APPLICANT_INPUT_COLUMNS.map((column) => ({
    column,
    label: APPLICANT_LABELS[column],
    value: applications.newReceived[column],
  }));
}

export const YEAR_SERIES_KEYS = [
  'newReceived',
  'totalHandled',
  'carriedForward',
  'reconsideration',
  'litigation',
] as const;
export type YearSeriesKey = (typeof YEAR_SERIES_KEYS)[number];

const YEAR_SERIES: readonly {
  key: YearSeriesKey;
  label: string;
  value: (t: { applications: Applications; appeals: Appeals }) => number | null;
}[] = [
  {
    key: 'newReceived',
    label: APPLICATION_ROW_LABELS.newReceived,
    value: (t) => t.applications.newReceived.total,
  },
  {
    key: 'totalHandled',
    label: `${APPLICATION_GROUP_LABELS.results}${APPLICATION_ROW_LABELS.totalHandled}`,
    value: (t) => t.applications.totalHandled.total,
  },
  {
    key: 'carriedForward',
    label: APPLICATION_ROW_LABELS.carriedForward,
    value: (t) => t.applications.carriedForward.total,
  },
  {
    key: 'reconsideration',
    label: `${APPEAL_GROUP_LABELS.reconsideration}${APPEAL_FIELD_LABELS.total}`,
    value: (t) => t.appeals.reconsideration.total,
  },
  {
    key: 'litigation',
    label: `${LITIGATION_HEADER}${APPEAL_FIELD_LABELS.total}`,
    value: (t) => {
      const a = t.appeals.litigationDirect.total;
      const b = t.appeals.litigationAfterReconsideration.total;
      return a === null ? b : b === null ? a : a + b;
    },
  },
];

export type YearPoint = { year: number; applications: Applications; appeals: Appeals };
export type YearOverYear = {
  /** every year from the first to the last given, so a missing year shows as a gap */
  years: number[];
  series: { key: YearSeriesKey; label: string; values: (number | null)[] }[];
};

/** Series of key totals over several years (one summed table per year). Throws on a repeated year. */
export function yearOverYear(points: readonly YearPoint[]): YearOverYear {
  const byYear = new Map<number, YearPoint>();
  for (const p of points) {
    if (!Number.isInteger(p.year)) throw new RangeError(`年度无效：${p.year}`);
    if (byYear.has(p.year)) throw new RangeError(`${p.year}年的数据重复`);
    byYear.set(p.year, p);
  }
  if (byYear.size === 0)
    return { years: [], series: YEAR_SERIES.map((s) => ({ key: s.key, label: s.label, values: [] })) };
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    years,
    series: YEAR_SERIES.map((s) => ({
      key: s.key,
      label: s.label,
      values: years.map((y) => {
        const p = byYear.get(y);
        return p ? s.value(p) : null;
      }),
    })),
  };
}
