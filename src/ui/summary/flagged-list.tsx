// 「需要确认的报告」: reports in scope that fail their own hard checks are
// listed with a checkbox each and left out of the sum until ticked (select-members.ts).
import { useId } from 'react';
import type { ScopedReport } from '../../domain/summary/select-members';
import { UserText } from '../components/user-text';
import { editorPath } from '../router/router';
import { CappedList } from './capped-list';
import type { Candidate } from './use-summary-candidates';

export function FlaggedList({
  flagged,
  onConfirm,
}: {
  flagged: readonly ScopedReport<Candidate>[];
  /** ticks (true) or unticks the given reports */
  onConfirm: (ids: readonly string[], included: boolean) => void;
}) {
  const ids = useId();
  if (flagged.length === 0) return null;
  const included = flagged.filter((f) => f.included).length;
  return (
    <section className="panel flagged" aria-labelledby={`${ids}-title`}>
      <div className="row">
        <h2 id={`${ids}-title`}>需要确认的报告（{flagged.length}）</h2>
        <span className="spacer" />
        <button
          type="button"
          onClick={() =>
            onConfirm(
              flagged.map((f) => f.candidate.id),
              true,
            )
          }
        >
          全部计入
        </button>
        <button
          type="button"
          onClick={() =>
            onConfirm(
              flagged.map((f) => f.candidate.id),
              false,
            )
          }
        >
          全部不计入
        </button>
      </div>
      <p className="hint">
        以下报告未通过本身的校验（有错误），默认不计入汇总；勾选后计入。 已计入{included}份，未计入
        {flagged.length - included}份。
      </p>
      <CappedList
        className="flagged-items"
        items={flagged}
        itemKey={(f) => f.candidate.id}
        itemProps={(f) => ({ 'data-report-id': f.candidate.id, 'data-included': String(f.included) })}
        render={({ candidate: c, flags, included: on }) => (
          <>
            <label>
              <input type="checkbox" checked={on} onChange={(e) => onConfirm([c.id], e.target.checked)} />
              计入汇总：
              <UserText text={c.agencyName} fallback="（未填写机关名称）" />
            </label>
            {flags.includes('errors') && <span className="badge error">错误 {c.errorCount}</span>}
            <a href={editorPath(c.id, 'checks')}>查看校验结果</a>
          </>
        )}
      />
    </section>
  );
}
