// Counting guidance (填报说明, SPEC §12) shown beside the rows it concerns. The last two items
// are common practice in published reports, not law, and are worded as such.
import type { ApplicationRow, ProactiveRow } from '../report/keys';

export const MATRIX_GUIDANCE: Partial<Record<ApplicationRow, string>> = {
  newReceived:
    '每件申请只按最终办理结果计一次，因此每列须满足：一＋二＝（七）总计＋四。常见做法：上级机关转来的信息公开协助调查件不计入本年新收申请。',
  partiallyGranted: '部分公开、部分不予公开的申请只计入本项，不再计入（三）不予公开。',
  otherOther: '常见做法：申请人主动撤回的申请计入本项。',
  carriedForward:
    '填写12月31日仍在办理中的申请数；下一年度报告须作为「二、上年结转政府信息公开申请数量」填报。',
  carriedOver: '应等于上一年度报告的「四、结转下年度继续办理」。',
};

export const PROACTIVE_GUIDANCE: Partial<Record<ProactiveRow, string>> = {
  fees: '填写本机关的行政事业性收费收入（单位：万元，可保留至6位小数）；向申请人收取的信息处理费在第六部分（一）中说明。',
};
