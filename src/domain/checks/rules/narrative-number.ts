// `narrative-number` (SPEC §6): a count stated in a narrative differs from the table — a reviewer
// reads 「共收到依申请公开件25件」 next to a table that says 23. Finding the counts is
// narrative-counts.ts; this file says what each one is compared with. For 「收到」 both 「一」 and
// 「一＋二」 are accepted: reports say 「收到」 for either (and for the applications named with no verb,
// 「依申请公开95件」, 「（七）总计」 too: 「办理依申请公开95件」 counts what was handled); for 「予以公开」 both （一） and （一）＋（二）
// (some count the partly granted in it). Ids: see catalog.ts.
import { type CellAddress, cellId } from '../../report/cell-address';
import { APPEAL_INPUT_FIELDS, type AppealGroup, RESULT_ROWS, type ResultRow } from '../../report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  DOCUMENT_FIELD_LABELS,
  LITIGATION_HEADER,
  PROACTIVE_ROW_LABELS,
} from '../../report/labels';
import { cell, type Expr, evaluate, sum } from '../expr';
import { excerpt } from '../format';
import { appCell, handledExpr, rowExpr, rowNumeral } from '../matrix-exprs';
import { findNarrativeCountsWithArea, type NarrativeCount, type NarrativeMetric } from '../narrative-counts';
import { NARRATIVE_FIELDS, narrativeText } from '../narrative-fields';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

export type Comparison = {
  /** table values the statement may equal: any one matching passes */
  alternatives: readonly { label: string; expr: Expr }[];
  cells: readonly string[];
  hint: string;
};

const appealTotal = (group: AppealGroup): Expr =>
  sum(...APPEAL_INPUT_FIELDS.map((column) => cell({ part: 'appeals', row: group, column })));
const appealCells = (group: AppealGroup) => [cellId({ part: 'appeals', row: group, column: 'total' })];
const totalOf = (row: keyof typeof APPLICATION_ROW_LABELS) =>
  `「${APPLICATION_ROW_LABELS[row]}」${APPLICANT_LABELS.total}`;
/** A result group of part 三 （三）…（六）: the sum of its rows, 总计 column. */
const GROUP_PREFIX = {
  withheld: 'withheld',
  unavailable: 'unavailable',
  notProcessed: 'notProcessed',
  otherHandling: 'other',
};
function groupComparison(group: keyof typeof GROUP_PREFIX): Comparison {
  const rows = RESULT_ROWS.filter((r): r is ResultRow => r.startsWith(GROUP_PREFIX[group]));
  return {
    alternatives: [
      {
        label: `「${APPLICATION_GROUP_LABELS[group]}」各项${APPLICANT_LABELS.total}之和`,
        expr: sum(...rows.map((r) => rowExpr(r, 'total'))),
      },
    ],
    cells: rows.map((r) => cellId(appCell(r, 'total'))),
    hint: COUNTING_HINT,
  };
}
const inForceCell = (row: 'regulations' | 'normativeDocuments'): CellAddress => ({
  part: 'proactive',
  row,
  column: 'inForce',
});
const COUNTING_HINT = '请核对文字与表格；如统计口径不同（例如含上级转来的协助调查件），请改写文字或填写说明';

/** What each stated count is compared with (also used by the audit for prose no field holds). */
export const COMPARISONS: Readonly<Record<NarrativeMetric, Comparison>> = {
  received: {
    alternatives: [
      { label: totalOf('newReceived'), expr: rowExpr('newReceived', 'total') },
      {
        label: `${rowNumeral('newReceived')}＋${rowNumeral('carriedOver')}${APPLICANT_LABELS.total}`,
        expr: sum(rowExpr('newReceived', 'total'), rowExpr('carriedOver', 'total')),
      },
    ],
    cells: [cellId(appCell('newReceived', 'total')), cellId(appCell('carriedOver', 'total'))],
    hint: COUNTING_HINT,
  },
  applications: {
    alternatives: [
      { label: totalOf('newReceived'), expr: rowExpr('newReceived', 'total') },
      {
        label: `${rowNumeral('newReceived')}＋${rowNumeral('carriedOver')}${APPLICANT_LABELS.total}`,
        expr: sum(rowExpr('newReceived', 'total'), rowExpr('carriedOver', 'total')),
      },
      { label: totalOf('totalHandled'), expr: handledExpr('total') },
    ],
    cells: [
      cellId(appCell('newReceived', 'total')),
      cellId(appCell('carriedOver', 'total')),
      cellId(appCell('totalHandled', 'total')),
    ],
    hint: COUNTING_HINT,
  },
  handled: {
    alternatives: [{ label: totalOf('totalHandled'), expr: handledExpr('total') }],
    cells: [cellId(appCell('totalHandled', 'total'))],
    hint: COUNTING_HINT,
  },
  carriedOver: {
    alternatives: [{ label: totalOf('carriedOver'), expr: rowExpr('carriedOver', 'total') }],
    cells: [cellId(appCell('carriedOver', 'total'))],
    hint: COUNTING_HINT,
  },
  carriedForward: {
    alternatives: [{ label: totalOf('carriedForward'), expr: rowExpr('carriedForward', 'total') }],
    cells: [cellId(appCell('carriedForward', 'total'))],
    hint: COUNTING_HINT,
  },
  grantedAndPartial: {
    alternatives: [
      {
        label: `${totalOf('granted')}＋${totalOf('partiallyGranted')}`,
        expr: sum(rowExpr('granted', 'total'), rowExpr('partiallyGranted', 'total')),
      },
    ],
    cells: [cellId(appCell('granted', 'total')), cellId(appCell('partiallyGranted', 'total'))],
    hint: COUNTING_HINT,
  },
  // 「予以公开12件（含部分公开2件）」: some reports count the partly granted in 予以公开.
  granted: {
    alternatives: [
      { label: totalOf('granted'), expr: rowExpr('granted', 'total') },
      {
        label: `${totalOf('granted')}＋${totalOf('partiallyGranted')}`,
        expr: sum(rowExpr('granted', 'total'), rowExpr('partiallyGranted', 'total')),
      },
    ],
    cells: [cellId(appCell('granted', 'total')), cellId(appCell('partiallyGranted', 'total'))],
    hint: COUNTING_HINT,
  },
  partiallyGranted: {
    alternatives: [{ label: totalOf('partiallyGranted'), expr: rowExpr('partiallyGranted', 'total') }],
    cells: [cellId(appCell('partiallyGranted', 'total'))],
    hint: COUNTING_HINT,
  },
  reconsideration: {
    alternatives: [
      {
        label: `「${APPEAL_GROUP_LABELS.reconsideration}」${APPEAL_FIELD_LABELS.total}`,
        expr: appealTotal('reconsideration'),
      },
    ],
    cells: appealCells('reconsideration'),
    hint: COUNTING_HINT,
  },
  litigation: {
    alternatives: [
      {
        label: `「${LITIGATION_HEADER}」（${APPEAL_GROUP_LABELS.litigationDirect}＋${APPEAL_GROUP_LABELS.litigationAfterReconsideration}）${APPEAL_FIELD_LABELS.total}`,
        expr: sum(appealTotal('litigationDirect'), appealTotal('litigationAfterReconsideration')),
      },
    ],
    cells: [...appealCells('litigationDirect'), ...appealCells('litigationAfterReconsideration')],
    hint: COUNTING_HINT,
  },
  withheld: groupComparison('withheld'),
  unavailable: groupComparison('unavailable'),
  notProcessed: groupComparison('notProcessed'),
  otherHandling: groupComparison('otherHandling'),
  regulationsInForce: {
    alternatives: [
      {
        label: `「${PROACTIVE_ROW_LABELS.regulations}」${DOCUMENT_FIELD_LABELS.inForce}`,
        expr: cell(inForceCell('regulations')),
      },
    ],
    cells: [cellId(inForceCell('regulations'))],
    hint: '表格填报本机关制发的文件；如文字所指为全市（含下级机关）范围，可填写说明后接受',
  },
  normativeInForce: {
    alternatives: [
      {
        label: `「${PROACTIVE_ROW_LABELS.normativeDocuments}」${DOCUMENT_FIELD_LABELS.inForce}`,
        expr: cell(inForceCell('normativeDocuments')),
      },
    ],
    cells: [cellId(inForceCell('normativeDocuments'))],
    hint: '表格填报本机关制发的文件；如文字所指为全市（含下级机关）范围，可填写说明后接受',
  },
};

/**
 * 收到/受理 and 办结/答复 are said of anything a unit handles (「全年受理网络问政182件」 in 主动公开):
 * outside the part on applications their count is compared only when its sentence names them.
 */
const GENERIC_VERB_METRICS: ReadonlySet<NarrativeMetric> = new Set(['received', 'handled', 'applications']);
const APPLICATIONS_FIELD = 'overview.onRequest';
const NAMES_APPLICATIONS = /申请|信息公开/u;

/**
 * A whole area's totals (「全区共收到…」) are the report's own where the report sums its area, as a
 * government's report of its whole district does: known when one of them, not 0, agrees with its
 * table. Else they are another scope (a 本级 table) and never compared: no false warning.
 */
function areaIsOwn(fields: readonly (readonly NarrativeCount[])[], ctx: RuleContext): boolean {
  return fields.some((counts) =>
    counts.some(
      (c) =>
        c.area === true &&
        c.value > 0 &&
        COMPARISONS[c.metric].alternatives.some((a) => evaluate(a.expr, ctx.env) === c.value),
    ),
  );
}

export function narrativeNumberChecks(ctx: RuleContext): CheckResult[] {
  const out: CheckResult[] = [];
  const perField = NARRATIVE_FIELDS.map((field) =>
    findNarrativeCountsWithArea(narrativeText(ctx.draft, field.part, field.key)).filter(
      (c) =>
        !GENERIC_VERB_METRICS.has(c.metric) ||
        field.id === APPLICATIONS_FIELD ||
        NAMES_APPLICATIONS.test(c.sentence),
    ),
  );
  const areaOwn = areaIsOwn(perField, ctx);
  for (const [k, field] of NARRATIVE_FIELDS.entries()) {
    const counts = perField[k]!.filter((c) => c.area !== true || areaOwn);
    if (counts.length === 0) continue;
    const seen = new Map<NarrativeMetric, number>();
    for (const found of counts) {
      const n = (seen.get(found.metric) ?? 0) + 1;
      seen.set(found.metric, n);
      const id = `narrative-number:${field.id}:${found.metric}${n > 1 ? `:${n}` : ''}`;
      const cmp = COMPARISONS[found.metric];
      const values = cmp.alternatives.map((a) => evaluate(a.expr, ctx.env));
      const fingerprint = `${found.value}|${values.join(',')}`;
      // The whole sentence gives the reviewer the context; a long one is cut to its clause.
      const quoted = `“${found.sentence.length <= 80 ? found.sentence : excerpt(found.clause)}”`;
      const details = { part: field.part, fields: [field.id], cells: [...cmp.cells], fingerprint };
      const known = cmp.alternatives.flatMap((a, i) => {
        const v = values[i];
        return v === null || v === undefined ? [] : [`${a.label}为${v}`];
      });
      if (values.includes(found.value)) {
        out.push(
          makeResult('narrative-number', id, 'passed', `${quoted}与表格一致（${known.join('，')}）`, details),
        );
      } else if (values.includes(null)) {
        out.push(
          makeResult('narrative-number', id, 'pending', `${quoted}：表格相应单元格待填，暂无法核对`, details),
        );
      } else {
        out.push(
          makeResult(
            'narrative-number',
            id,
            'failed',
            `${field.where}${quoted}中的${found.value}与表格不一致：${known.join('，')}`,
            { ...details, hint: cmp.hint },
          ),
        );
      }
    }
  }
  return out;
}
