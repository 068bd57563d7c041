// The 2019 trial layout (《政府信息公开工作年度报告格式（试行）》, used for the 2019 and 2020
// reports) differs from the 2021 format (国办公开办函〔2021〕30号) in part 二 and in one row of
// part 三. Its labels are written here, apart from report/labels.ts, because they belong to an
// old format the app never prints: they exist only so that an old report can be imported.
// What maps onto the 2021 format is mapped; what does not is listed in the import summary.
import { normalizeLabel } from './label-match';

export const TRIAL_2019_HEADERS = {
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousItems: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  procurementItems: '采购项目数量',
  procurementAmount: '采购总金额',
} as const;

export const TRIAL_2019_ROW_LABELS = {
  normativeDocuments: '规范性文件',
  otherServices: '其他对外管理服务事项',
  procurement: '政府集中采购',
} as const;

export const TRIAL_2019_ARTICLE_9 = '第二十条第（九）项';

/** Text found only in the 2019 trial layout. */
const MARKERS = [
  TRIAL_2019_HEADERS.newlyMade,
  TRIAL_2019_HEADERS.previousItems,
  TRIAL_2019_HEADERS.procurementItems,
  TRIAL_2019_ARTICLE_9,
] as const;
const MARKER_FORMS = MARKERS.map((m) => ({ label: m, form: normalizeLabel(m) }));

/** The 2019-only labels present in a text (normalised, so wrapped or spaced headers count). */
export function trial2019Markers(text: string): string[] {
  const flat = text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
  return MARKER_FORMS.filter((m) => flat.includes(m.form)).map((m) => m.label);
}
