// `fee-unexplained` (SPEC §6): 「2.申请人逾期未按收费通知要求缴纳费用…」 > 0 means fee notices
// were issued, so 「（一）信息处理费收取情况」 should say something about fees (费).
import { cellId } from '../../report/cell-address';
import { APPLICATION_ROW_LABELS, OTHER_MATTERS_LABELS } from '../../report/labels';
import { evaluate } from '../expr';
import { appCell, rowExpr } from '../matrix-exprs';
import { OTHER_MATTERS_TOPICS, otherMattersMentioning } from '../other-matters-topics';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

const ID = 'fee-unexplained';
const UNPAID = rowExpr('otherUnpaidFee', 'total');
const FIELD = 'otherMatters.processingFees';

export function feeUnexplainedChecks(ctx: RuleContext): CheckResult[] {
  const unpaid = evaluate(UNPAID, ctx.env);
  // The fee statement may stand anywhere in part 六 (one paragraph, or under another item).
  const mentions =
    otherMattersMentioning(ctx.draft, 'processingFees', OTHER_MATTERS_TOPICS.processingFees!) !== null;
  const details = {
    part: 'otherMatters' as const,
    cells: [cellId(appCell('otherUnpaidFee', 'total'))],
    fields: [FIELD],
    fingerprint: `${unpaid ?? ''}|${mentions}`,
  };
  if (unpaid === null)
    return [
      makeResult(
        'fee-unexplained',
        ID,
        'pending',
        `「${APPLICATION_ROW_LABELS.otherUnpaidFee}」待填`,
        details,
      ),
    ];
  if (unpaid === 0 || mentions)
    return [makeResult('fee-unexplained', ID, 'passed', '信息处理费情况无需说明或已说明', details)];
  return [
    makeResult(
      'fee-unexplained',
      ID,
      'failed',
      `「${APPLICATION_ROW_LABELS.otherUnpaidFee}」总计为${unpaid}（已发出收费通知），但「${OTHER_MATTERS_LABELS.processingFees}」未提及收费`,
      { ...details, hint: '请写明收取信息处理费的情况（件数、金额或依据）' },
    ),
  ];
}
