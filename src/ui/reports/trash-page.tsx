import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime } from '../components/format';
import { bidiVisible, UserText } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';

export function TrashPage() {
  const repo = useRepository();
  // List records only (storage v3): the trash never needs a report's draft.
  const deleted = useLiveQuery(() => repo.listSummaries({ onlyDeleted: true }), [repo]) ?? [];
  return (
    <section aria-labelledby="trash-title">
      <h1 id="trash-title">回收站</h1>
      <p className="muted">删除的报告先放在这里，可以恢复；「彻底删除」后无法恢复。</p>
      {deleted.length === 0 ? (
        <p className="panel">回收站是空的。</p>
      ) : (
        <table className="list" aria-label="回收站中的报告">
          <thead>
            <tr>
              <th>机关名称</th>
              <th>年度</th>
              <th>删除时间</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {deleted.map((r) => (
              <tr key={r.id} data-report-id={r.id}>
                <td>
                  <UserText text={r.agencyName} fallback="（未填写）" />
                </td>
                <td>{r.year ?? ''}</td>
                <td>{formatDateTime(r.deletedAt)}</td>
                <td className="row">
                  <button
                    type="button"
                    onClick={() => repo.restore(r.id)}
                    aria-label={`恢复 ${bidiVisible(r.agencyName)}`}
                  >
                    恢复
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      if (
                        window.confirm(
                          `彻底删除「${bidiVisible(r.agencyName)}」${r.year ?? ''}年报告？此操作无法撤销。`,
                        )
                      )
                        void repo.purge(r.id);
                    }}
                    aria-label={`彻底删除 ${bidiVisible(r.agencyName)}`}
                  >
                    彻底删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
