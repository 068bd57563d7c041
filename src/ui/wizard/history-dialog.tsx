import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { draftToReport } from '../../domain/report/draft-convert';
import { diffDrafts } from '../../domain/report/draft-diff';
import { PART_TITLES } from '../../domain/report/labels';
import { storageErrorMessage } from '../../storage/storage-errors';
import type { SavedReportVersion } from '../../storage/stored-report';
import { formatDateTime } from '../components/format';
import { Modal } from '../components/modal';
import { useEditor } from '../editor/editor-context';
import { useRepository } from '../hooks/use-repository';
import { ReportDocument } from '../print/report-document';

const REASONS: Record<SavedReportVersion['reason'], string> = {
  step: '切换步骤',
  interval: '定时保存',
  restore: '恢复版本',
  import: '导入前',
  review: '审核',
  manual: '手动',
};

function changeSummary(older: SavedReportVersion | undefined, v: SavedReportVersion): string {
  if (!older) return '最早的版本';
  const d = diffDrafts(older.draft, v.draft);
  const explained = d.explanations.length > 0 ? [`校验说明（${d.explanations.length}处）`] : [];
  if (d.parts.length === 0 && explained.length === 0) return '无内容变化';
  const parts = d.parts.map((p) => {
    const name = p === 'meta' ? '报告信息' : PART_TITLES[p];
    const cells = d.cells.filter((c) => c.cell.startsWith(`${p}.`)).length;
    const fields = d.fields.filter((f) => f.startsWith(`${p}.`)).length;
    return `${name}${cells ? `（${cells}个单元格）` : ''}${fields ? `（${fields}处文字）` : ''}`;
  });
  return [...parts, ...explained].join('、');
}

export function HistoryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        历史版本
      </button>
      {open && <HistoryDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function HistoryDialog({ onClose }: { onClose: () => void }) {
  const repo = useRepository();
  const { id, exclusive, locked, flush, reloadFromStorage, store } = useEditor();
  const versions = useLiveQuery(() => repo.listVersions(id), [repo, id]);
  const [preview, setPreview] = useState<SavedReportVersion | null>(null);
  const [message, setMessage] = useState('');

  const restore = async (v: SavedReportVersion) => {
    try {
      await flush();
      const { errors, warnings } = store.get().checks.counts;
      await exclusive((base) =>
        repo.restoreVersion(id, v.id, base, { errorCount: errors, warningCount: warnings }),
      );
      await reloadFromStorage();
      setMessage(`已恢复到 ${formatDateTime(v.at)} 的版本（恢复本身也已记为一个新版本）`);
      setPreview(null);
    } catch (e) {
      setMessage(storageErrorMessage(e));
    }
  };

  return (
    <Modal title="历史版本" onClose={onClose} wide>
      {message && (
        <p className="banner info" role="status">
          {message}
        </p>
      )}
      {preview ? (
        <div>
          <div className="row">
            <button type="button" onClick={() => setPreview(null)}>
              返回列表
            </button>
            <strong>{formatDateTime(preview.at)} 的版本（只读预览）</strong>
            <span className="spacer" />
            <button type="button" className="primary" disabled={locked} onClick={() => void restore(preview)}>
              恢复此版本
            </button>
          </div>
          <div style={{ maxHeight: '65vh', overflow: 'auto', marginTop: '0.6rem' }}>
            <ReportDocument report={draftToReport(preview.draft)} draftMark={false} />
          </div>
        </div>
      ) : versions === undefined ? (
        <p>正在读取…</p>
      ) : versions.length === 0 ? (
        <p>还没有历史版本。切换填报步骤时以及编辑期间每5分钟会自动保存一个版本。</p>
      ) : (
        <table className="list" aria-label="历史版本">
          <thead>
            <tr>
              <th>时间</th>
              <th>来源</th>
              <th>改动</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.id} data-version-id={v.id}>
                <td>{formatDateTime(v.at)}</td>
                <td>{REASONS[v.reason]}</td>
                <td>{changeSummary(versions[i + 1], v)}</td>
                <td className="row">
                  <button type="button" onClick={() => setPreview(v)}>
                    预览
                  </button>
                  <button type="button" disabled={locked} onClick={() => void restore(v)}>
                    恢复
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Modal>
  );
}
