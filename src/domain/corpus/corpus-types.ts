// The fidelity corpus (nianbao issue 18): reports whose every number and meta field is known, each
// rendered into the shapes published reports come in (shapes.ts). A report is held as the
// published text is made of: title, preamble paragraphs, the six parts, the 落款.
import type { OverviewKey, ReportKind } from '../report/keys';
import type { Report } from '../report/report-schema';

export type CorpusReport = {
  /** stable key, e.g. 'hongze-2021' */
  key: string;
  agencyName: string;
  year: number;
  kind: ReportKind;
  /** the title as printed */
  title: string;
  /** the opening paragraphs (they state website, address and phone) */
  preamble: readonly string[];
  website: string;
  contactAddress: string;
  contactPhone: string;
  /** the 落款 date, ISO */
  publishDate: string;
  /** the 落款 date as printed when not 「2024年1月26日」 (「二〇二四年一月二十六日」) */
  publishDateText?: string;
  /** every number, derived totals included (as printed) */
  numbers: Pick<Report, 'proactive' | 'applications' | 'appeals'>;
  overview: Report['overview'];
  problems: Report['problems'];
  otherMatters: Report['otherMatters'];
  /** part 六 sub-items printed with their headings (「（一）信息处理费收取情况」) or only 「（一）」 */
  otherMattersHeadings: boolean;
  /** how the report prints what the national format leaves to its author (default: as documentOf) */
  layout?: CorpusLayout;
};

/**
 * Printing choices real reports differ in. Each changes only how the text is printed, never what a
 * field holds: a sub-item's expected text is what follows its heading.
 */
export type CorpusLayout = {
  /** part 一's sub-item headings as this report words them (「（四）平台建设情况」) */
  overviewHeadings?: Partial<Record<Exclude<OverviewKey, 'intro'>, string>>;
  /** part 一's headings run into their text: 「（一）主动公开情况。全年……」 (the separator) */
  overviewInline?: string;
  /** part 五 in two headed sub-items, e.g. ['（一）存在的主要问题', '（二）改进情况'] */
  problemsHeadings?: readonly [string, string];
  /**
   * part 六 without （一）…（七）: the sub-items that have text run on in one paragraph, in the
   * order of the format (the others hold '' in `otherMatters`)
   */
  otherMattersUnmarked?: boolean;
};
