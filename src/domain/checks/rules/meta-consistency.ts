// 报告信息 that contradicts itself (part of the `meta` check, SPEC §1): the clerk changed the 报告年度
// after the report was made and the title or the 前言's 统计期限 still names the old year; or the
// 发布日期 is no date a report can bear — a date field's year box takes up to six digits, so
// 「20260120」 typed into it gives the year 260120; a year before 2008 or after 2101 is no date
// either (the digits typed into the wrong box) — or falls inside the year the report covers.
// The export refused such a date with 「日期格式应为 YYYY-MM-DD」 and a technical path, and nothing
// in the editor said why (h81's trial). Only what is written in Arabic figures is compared.
import { META_LABELS } from '../../report/labels';
import type { ReportMeta } from '../../report/report-schema';
import { MAX_YEAR, MIN_YEAR } from '../../report/year-range';

export type MetaProblems = { problems: string[]; fields: string[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD (what the interchange format accepts), or null. */
function calendarDate(text: string): { y: number; m: number; d: number } | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  // A year before the first reports or past the last (0120: month and day typed into the year box).
  if (y < MIN_YEAR || y > MAX_YEAR + 1) return null;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days ? { y, m: mo, d } : null;
}

const yearsIn = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => Number(m[1])).filter((y) => y >= 1900 && y <= 2199);

const listYears = (years: number[]) => [...new Set(years)].map((y) => `${y}年`).join('、');

export function metaConsistency(
  meta: Pick<ReportMeta, 'year' | 'title' | 'preamble' | 'publishDate'>,
): MetaProblems {
  const problems: string[] = [];
  const fields: string[] = [];
  const { year, title, preamble, publishDate } = meta;
  if (publishDate !== '') {
    const date = calendarDate(publishDate);
    if (!date) {
      problems.push(
        `${META_LABELS.publishDate}「${publishDate}」不是有效日期（应为年-月-日，如${(year ?? 2025) + 1}-01-20）`,
      );
      fields.push('meta.publishDate');
    } else if (year !== null && date.y <= year) {
      problems.push(
        `${META_LABELS.publishDate}${date.y}年${date.m}月${date.d}日早于统计期限截止日（${year}年12月31日），请核对${META_LABELS.publishDate}或${META_LABELS.year}`,
      );
      fields.push('meta.publishDate');
    }
    // A date years after the report year is not said: a portal moved to a new site re-dates its
    // pages, and 批量审核 reads the page's date.
  }
  if (year === null) return { problems, fields };
  // 「…2021年政府信息公开工作年度报告」: a title naming years, none of them the report's.
  const inTitle = yearsIn(title, /(?<!\d)(\d{4})\s*年/g);
  if (inTitle.length > 0 && !inTitle.includes(year)) {
    problems.push(
      `${META_LABELS.title}中的年度（${listYears(inTitle)}）与${META_LABELS.year}（${year}年）不一致`,
    );
    fields.push('meta.title');
  }
  // 「统计期限自2021年1月1日起至2021年12月31日止」: the period's years, each the report's.
  const period = [
    ...yearsIn(preamble, /(?<!\d)(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*)?(?:至|到|—|-|～|~)/g),
    ...yearsIn(preamble, /(?:至|到|—|-|～|~)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g),
  ];
  const other = period.filter((y) => y !== year);
  if (other.length > 0) {
    problems.push(
      `${META_LABELS.preamble}中的统计期限（${listYears(other)}）与${META_LABELS.year}（${year}年）不一致`,
    );
    fields.push('meta.preamble');
  }
  return { problems, fields };
}
