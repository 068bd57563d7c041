import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { type ImportResult, importReport } from '../../domain/interchange/import-report';
import { reportToDraft } from '../../domain/report/draft-convert';
import { REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import { storageErrorMessage } from '../../storage/storage-errors';
import { formatDateTime, newId } from '../components/format';
import { useRepository } from '../hooks/use-repository';

/** Validates a report file, shows what it holds, and writes only when the user confirms. */
export function JsonImport({
  text,
  onCancel,
  onDone,
}: {
  text: string;
  onCancel: () => void;
  onDone: (id: string) => void;
}) {
  const repo = useRepository();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void importReport(text).then(setResult);
  }, [text]);
  const existing = useLiveQuery(
    async () => (result?.ok ? ((await repo.get(result.report.id)) ?? null) : null),
    [repo, result],
  );
  if (!result) return <p>正在检查文件…</p>;
  if (!result.ok)
    return (
      <div>
        <p className="banner error" role="alert">
          {result.error}
        </p>
        <p>未导入任何内容。</p>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            关闭
          </button>
        </div>
      </div>
    );

  const { report, review, file } = result;
  const write = async (mode: 'new' | 'replace' | 'copy') => {
    try {
      const draft = reportToDraft(report);
      if (mode === 'replace' && existing) {
        await repo.replaceFromImport({
          ...existing,
          draft,
          review,
          agencyName: draft.meta.agencyName,
          year: draft.meta.year,
          status: review.status,
          deletedAt: null,
        });
        return onDone(existing.id);
      }
      const id = mode === 'copy' ? newId() : report.id;
      const copy =
        mode === 'copy'
          ? { ...draft, id, meta: { ...draft.meta, agencyName: `${draft.meta.agencyName}（导入的副本）` } }
          : draft;
      await repo.create(copy, { review });
      onDone(id);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };

  return (
    <div>
      <table className="list" aria-label="文件内容">
        <tbody>
          <tr>
            <th>机关名称</th>
            <td>{report.meta.agencyName}</td>
          </tr>
          <tr>
            <th>报告年度</th>
            <td>{report.meta.year ?? ''}</td>
          </tr>
          <tr>
            <th>状态</th>
            <td>{REVIEW_STATUS_LABELS[review.status]}</td>
          </tr>
          <tr>
            <th>导出时间</th>
            <td>
              {formatDateTime(file.exportedAt)}（{file.generator}）
            </td>
          </tr>
          <tr>
            <th>批注 / 审核记录</th>
            <td>
              {review.comments.length} 条批注，{review.history.length} 条审核记录
            </td>
          </tr>
        </tbody>
      </table>
      {result.warnings.map((w) => (
        <p key={w} className="banner warning" role="status">
          {w}
        </p>
      ))}
      {existing && (
        <p className="banner info">
          本机已有这份报告（{existing.agencyName} {existing.year ?? ''}年，最后保存{' '}
          {formatDateTime(existing.updatedAt)}）。
          替换时，本机原有内容会保存为一个历史版本；也可以作为副本导入，两份都保留。
        </p>
      )}
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        {existing ? (
          <>
            <button type="button" onClick={() => void write('copy')}>
              作为副本导入
            </button>
            <button type="button" className="primary" onClick={() => void write('replace')}>
              替换本机的报告
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void write('new')}>
            导入
          </button>
        )}
      </div>
    </div>
  );
}
