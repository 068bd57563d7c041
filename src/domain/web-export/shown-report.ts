// The report as its web page (and print view) shows it, which is all a reader of the page can get
// back: narratives as paragraphs (one per line, blank lines and edge spaces gone), the default title
// where none was written, no 说明 (they are notes of the computer that accepted a warning), and a
// blank cell as 0 — what an empty cell of a published table means (SPEC §11); only the data block
// keeps a blank as blank.
import { cloneData } from '../clone-data';
import { recomputeDerived } from '../interchange/recompute-derived';
import { INPUT_CELLS } from '../report/cell-address';
import type { Report } from '../report/report-schema';
import { paragraphsOf, reportTitleOf } from './web-page';

type NumGrid = Record<string, Record<string, number | null>>;

/** Blank number cells as 0, totals recomputed: a blank and a 0 of a published table are one. */
export function blankAsZero(report: Report): Report {
  const numbers = cloneData(report);
  for (const cell of INPUT_CELLS) {
    const row = (numbers[cell.part] as NumGrid)[cell.row];
    if (row && row[cell.column] === null) row[cell.column] = 0;
  }
  return recomputeDerived(numbers).report;
}

export function shownReport(report: Report): Report {
  const text = (t: string) => paragraphsOf(t).join('\n');
  const texts = <T extends Record<string, string>>(o: T) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, text(v)])) as T;
  return {
    ...blankAsZero(report),
    meta: { ...report.meta, title: reportTitleOf(report), preamble: text(report.meta.preamble) },
    overview: texts(report.overview),
    problems: texts(report.problems),
    otherMatters: texts(report.otherMatters),
    explanations: {},
  };
}
