// `number-format` (SPEC §6): a count cell must be a non-negative integer; 「本年收费金额（单位：万元）」
// a non-negative decimal with at most 6 places (published reports use 6, e.g. 24252.311082).
// Full-width digits, thousands separators and surrounding spaces were normalised by the parsers
// (numbers/normalize.ts) and 「/」「-」「—」 read as 0, so none of them arrives here.

import { normalizeNumberText } from '../../numbers/normalize';
import { FEE_DECIMALS } from '../../numbers/parse-fee';
import { cellId, cellLabel, isFeeCell } from '../../report/cell-address';
import { PART_TITLES } from '../../report/labels';
import { TABLE_PARTS } from '../cell-scan';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

const COUNT_RULE = '应为不小于0的整数';
/** A whole number longer than a count may be (parse-count.ts: at most 12 digits) is no wrong kind of number. */
const TOO_LONG = /^\d{13,}$/;
const TOO_LONG_RULE = '数字过大（最多12位），请核对是否多输入了数字';
const countRule = (text: string) => (TOO_LONG.test(normalizeNumberText(text)) ? TOO_LONG_RULE : COUNT_RULE);
const FEE_RULE = `应为不小于0的数，最多${FEE_DECIMALS}位小数`;

export function numberFormatChecks(ctx: RuleContext): CheckResult[] {
  return TABLE_PARTS.map((part) => {
    const invalid = ctx.scan.invalid[part];
    const id = `number-format:${part}`;
    if (invalid.length === 0)
      return makeResult('number-format', id, 'passed', `${PART_TITLES[part]}：数字格式正确`, {
        part,
        fingerprint: '',
      });
    const shown = invalid
      .slice(0, 3)
      .map(
        ({ cell, text }) =>
          `${cellLabel(cell)}填写为“${text}”，${isFeeCell(cell) ? FEE_RULE : countRule(text)}`,
      );
    const more = invalid.length > 3 ? `；另有${invalid.length - 3}个单元格格式有误` : '';
    return makeResult('number-format', id, 'failed', `${PART_TITLES[part]}：${shown.join('；')}${more}`, {
      part,
      cells: invalid.map(({ cell }) => cellId(cell)),
      fingerprint: invalid.map(({ cell, text }) => `${cellId(cell)}=${text}`).join(','),
    });
  });
}
