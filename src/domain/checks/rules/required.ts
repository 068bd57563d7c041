// `required` (SPEC §6): a number cell is blank. Blank is not zero — a clerk must type 0 (or use
// 「空白填0」 for a whole table). One result per table, listing its blank cells, because the fix
// offered is per table too.
import { cellId, cellLabel } from '../../report/cell-address';
import { PART_TITLES } from '../../report/labels';
import { TABLE_PARTS } from '../cell-scan';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

export function requiredChecks(ctx: RuleContext): CheckResult[] {
  return TABLE_PARTS.map((part) => {
    const blank = ctx.scan.blank[part];
    const id = `required:${part}`;
    if (blank.length === 0)
      return makeResult('required', id, 'passed', `${PART_TITLES[part]}：各单元格均已填写`, {
        part,
        fingerprint: '',
      });
    const cells = blank.map(cellId);
    const labels = blank.slice(0, 3).map(cellLabel);
    const more = blank.length > 3 ? `等${blank.length}个` : '';
    return makeResult(
      'required',
      id,
      'failed',
      `${PART_TITLES[part]}有单元格未填写（空白不等于0）：${labels.join('、')}${more}`,
      { part, cells, fingerprint: cells.join(','), hint: '确实为0的请填写0' },
    );
  });
}
