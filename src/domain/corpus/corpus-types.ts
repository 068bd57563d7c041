// The fidelity corpus (nianbao issue 18): reports whose every number and meta field is known, each
// rendered into the shapes published reports come in (shapes.ts). A report is held as the
// published text is made of: title, preamble paragraphs, the six parts, the 落款.
import type { ReportKind } from '../report/keys';
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
  /** every number, derived totals included (as printed) */
  numbers: Pick<Report, 'proactive' | 'applications' | 'appeals'>;
  overview: Report['overview'];
  problems: Report['problems'];
  otherMatters: Report['otherMatters'];
  /** part 六 sub-items printed with their headings (「（一）信息处理费收取情况」) or only 「（一）」 */
  otherMattersHeadings: boolean;
};
