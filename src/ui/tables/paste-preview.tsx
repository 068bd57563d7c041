import { Modal } from '../components/modal';
import type { PastePlan } from './paste-plan';

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
