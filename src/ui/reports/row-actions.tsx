import { useState } from 'react';
import { Modal } from '../components/modal';
import { useRepository } from '../hooks/use-repository';
import { editorPath, navigate } from '../router/router';
import { auditReportPath } from '../router/use-hash-query';
import type { ReportRow } from './report-row';

export function RowActions({ row }: { row: ReportRow }) {
  const repo = useRepository();
  const [renaming, setRenaming] = useState(false);
  const name = row.agencyName || '（未填写）';
  if (row.reference)
    // A 参考报告 is read, not written: its audit view, and 回收站.
    return (
      <span className="row" style={{ gap: '0.2rem' }}>
        <button
          type="button"
          className="link"
          onClick={() => navigate(auditReportPath(row.id))}
          aria-label={`查看 ${name}`}
        >
          查看
        </button>
        <button
          type="button"
          className="link danger"
          onClick={() => repo.softDelete(row.id)}
          aria-label={`删除 ${name}（移入回收站）`}
        >
          删除
        </button>
      </span>
    );
  return (
    <span className="row" style={{ gap: '0.2rem' }}>
      <button
        type="button"
        className="link"
        onClick={() => navigate(editorPath(row.id))}
        aria-label={`打开 ${name}`}
      >
        打开
      </button>
      <button type="button" className="link" onClick={() => setRenaming(true)} aria-label={`重命名 ${name}`}>
        重命名
      </button>
      <button
        type="button"
        className="link"
        onClick={() => repo.duplicate(row.id)}
        aria-label={`复制 ${name}`}
      >
        复制
      </button>
      <button
        type="button"
        className="link danger"
        onClick={() => repo.softDelete(row.id)}
        aria-label={`删除 ${name}（移入回收站）`}
      >
        删除
      </button>
      {renaming && <RenameDialog id={row.id} current={row.agencyName} onClose={() => setRenaming(false)} />}
    </span>
  );
}

function RenameDialog({ id, current, onClose }: { id: string; current: string; onClose: () => void }) {
  const repo = useRepository();
  const [value, setValue] = useState(current);
  const [error, setError] = useState('');
  return (
    <Modal title="重命名报告" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!value.trim()) return setError('请填写机关名称');
          try {
            await repo.rename(id, value.trim());
            onClose();
          } catch (err) {
            setError(err instanceof Error ? err.message : '重命名失败');
          }
        }}
      >
        <label className="field">
          <span>机关名称</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus size={36} />
        </label>
        {error && (
          <p className="banner error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary">
            确定
          </button>
        </div>
      </form>
    </Modal>
  );
}
