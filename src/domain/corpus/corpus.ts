// The corpus: the sample report and the reports written for it.
import type { CorpusReport } from './corpus-types';
import { HANDWRITTEN_REPORTS } from './handwritten-reports';
import { qufuCorpusReport } from './qufu-report';
import { WRITTEN_REPORTS } from './written-reports';

export function corpusReports(fixtureText: string): CorpusReport[] {
  return [qufuCorpusReport(fixtureText), ...WRITTEN_REPORTS, ...HANDWRITTEN_REPORTS];
}
