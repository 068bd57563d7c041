// Which steps of a report the clerk has worked on (visited and left, or 「校验与导出」 opened), per
// report, in this browser. Until then a blank cell of the step is 「待填」, not an error shouting
// red (issue 14 §2). A view preference, not report data: a lost entry only shows blank cells as 待填 again.
import { reportIdListStore } from './report-id-list';

const store = reportIdListStore('nianbao:worked-steps:', 20, 40);

export const readWorkedSteps = store.read;
export const writeWorkedSteps = store.write;
