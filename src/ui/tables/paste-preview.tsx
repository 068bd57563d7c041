import { useEffect, useRef } from 'react';
import { pasteReadingLabel } from '../../domain/report/labels';
import { Modal } from '../components/modal';
import {
  type PasteLanding,
  type PastePlan,
  type PasteQuestion,
  type PasteReading,
  TOTAL_MARK,
} from './paste-plan';

/** Shows a paste that does not fit or holds non-numbers; nothing is written until confirmed. */
export function PastePreview({
  plan,
  onCancel,
  onConfirm,
}: {
  plan: PastePlan;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const problem = new Map(plan.problems.map((p) => [`${p.i}:${p.j}`, p.reason]));
  const outside = plan.problems.filter((p) => p.reason === 'outside').length;
  const invalid = plan.problems.filter((p) => p.reason === 'invalid').length;
  return (
    <Modal title="粘贴预览" onClose={onCancel} wide>
      <p role="status">
        {outside > 0 && `${outside}个单元格超出表格范围；`}
        {invalid > 0 && `${invalid}个单元格不是有效数字；`}
        这些单元格（红色标出）不会写入。其余{plan.writes.length}个单元格可以写入。
      </p>
      <div className="grid-wrap" style={{ maxHeight: '50vh' }}>
        <table className="grid preview" aria-label="粘贴内容">
          <tbody>
            {plan.block.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of a pasted block are positional
              <tr key={i}>
                {row.map((cell, j) => {
                  const reason = problem.get(`${i}:${j}`);
                  return (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells of a pasted block are positional
                      key={j}
                      className={reason ? 'flag-error' : undefined}
                      data-problem={reason}
                      title={
                        reason === 'outside'
                          ? '超出表格范围'
                          : reason === 'invalid'
                            ? '不是有效数字'
                            : undefined
                      }
                      style={{ padding: '0.2rem 0.5rem' }}
                    >
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.notices.length > 0 && <p className="hint">{plan.notices.join('；')}</p>}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={plan.writes.length === 0}>
          写入可用的{plan.writes.length}个单元格
        </button>
      </div>
    </Modal>
  );
}

/**
 * A block whose numbers cannot say whether it holds the table's totals (paste-plan.ts): where each
 * of its lines would land under each reading, and the clerk's choice; nothing is written before.
 */
export function PasteQuestionDialog({
  question,
  onCancel,
  onChoose,
}: {
  question: PasteQuestion;
  onCancel: () => void;
  onChoose: (plan: PastePlan) => void;
}) {
  const kinds = question.dimensions.map((d) => d.kind);
  const label = (reading: PasteReading) => pasteReadingLabel(reading, kinds);
  const totals = [
    ...new Set(
      question.dimensions.flatMap((d) =>
        d.lines.map((l) => l.withTotals).filter((t) => t.endsWith(TOTAL_MARK)),
      ),
    ),
  ].map((t) => `「${t.slice(0, -TOTAL_MARK.length)}」`);
  const differ = question.withTotals.totalsDiffer ?? [];
  const mark = (l: PasteLanding) => (l.withTotals !== l.inputsOnly ? 'flag-warning' : undefined);
  // The first choice takes the focus once the dialog is open (Modal's effect runs first): Tab goes to
  // the other, Enter takes it, Esc cancels — not the scrolling table, which the browser would pick.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <Modal title="粘贴预览" onClose={onCancel} wide>
      <p role="status">
        复制的内容可能按原位置含有{totals.join('、')}，也可能只有填报的数字；从数字无法判断。请看下表每
        {kinds.length === 1 && kinds[0] === 'columns' ? '列' : '行'}
        将填入的位置，再选择粘贴方式。合计不会写入，由系统计算。选择前不写入任何内容。
      </p>
      {question.dimensions.map((d) => {
        const unit = d.kind === 'rows' ? '行' : '列';
        // The lines that land alike under both readings are one row; those that differ follow.
        const alike = Math.max(
          0,
          d.lines.findIndex((l) => l.withTotals !== l.inputsOnly),
        );
        return (
          <div className="grid-wrap" style={{ maxHeight: '45vh' }} key={d.kind}>
            <table className="grid preview" style={{ width: '100%' }} aria-label={`每${unit}填入的位置`}>
              <thead>
                <tr>
                  <th scope="col">复制的{unit}</th>
                  <th scope="col">{label('withTotals')}</th>
                  <th scope="col">{label('inputsOnly')}</th>
                </tr>
              </thead>
              <tbody>
                {alike > 1 && (
                  <tr>
                    <th scope="row" className="row-label">
                      第1—{alike}
                      {unit}
                    </th>
                    <td colSpan={2}>
                      两种方式相同：{d.lines[0]!.withTotals} 至 {d.lines[alike - 1]!.withTotals}
                    </td>
                  </tr>
                )}
                {d.lines.slice(alike > 1 ? alike : 0).map((l) => (
                  <tr key={l.line}>
                    <th scope="row" className="row-label">
                      第{l.line + 1}
                      {unit}：{l.text}
                    </th>
                    <td className={mark(l)}>{l.withTotals}</td>
                    <td className={mark(l)}>{l.inputsOnly}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {differ.length > 0 && <p className="hint">按原位置粘贴时：{differ.join('；')}</p>}
      <div className="actions">
        <button type="button" ref={first} onClick={() => onChoose(question.withTotals)}>
          {label('withTotals')}
        </button>
        <button type="button" onClick={() => onChoose(question.inputsOnly)}>
          {label('inputsOnly')}
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </Modal>
  );
}
