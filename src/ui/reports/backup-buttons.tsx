import { useRef, useState } from 'react';
import { type BackupImportResult, exportBackup, importBackup } from '../../domain/interchange/backup';
import { storageErrorMessage } from '../../storage/storage-errors';
import type { SavedReportVersion, StoredReport } from '../../storage/stored-report';
import { downloadText, readFileText } from '../components/download';
import { Modal } from '../components/modal';
import { GENERATOR } from '../export/export-json';
import { useRepository } from '../hooks/use-repository';

const pad = (n: number) => String(n).padStart(2, '0');

/** 「备份全部」 and 「恢复备份」: every report with its history and comments, in one file. */
export function BackupButtons() {
  const repo = useRepository();
  const input = useRef<HTMLInputElement>(null);
  const [restore, setRestore] = useState<Extract<BackupImportResult, { ok: true }> | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const backup = async () => {
    try {
      const [reports, versions, rosters] = await Promise.all([
        repo.all(),
        repo.allVersions(),
        repo.listRosters(),
      ]);
      const byReport = new Map<string, SavedReportVersion[]>();
      for (const v of versions) byReport.set(v.reportId, [...(byReport.get(v.reportId) ?? []), v]);
      const text = await exportBackup({
        reports: reports.map((stored) => ({
          stored,
          versions: (byReport.get(stored.id) ?? []).map(({ id: _, ...v }) => v),
        })),
        rosters,
        generator: GENERATOR,
        now: new Date(),
      });
      const d = new Date();
      downloadText(
        `政府信息公开年报备份-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.json`,
        text,
      );
      setMessage({ kind: 'info', text: `已备份${reports.length}份报告` });
    } catch (e) {
      setMessage({ kind: 'error', text: `备份失败：${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const choose = async (file: File) => {
    setMessage(null);
    try {
      const result = await importBackup(await readFileText(file, 200 * 1024 * 1024));
      if (!result.ok) setMessage({ kind: 'error', text: `${result.error}。本机数据没有任何改变。` });
      else setRestore(result);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const apply = async (mode: 'merge' | 'replace') => {
    if (!restore) return;
    try {
      const entries = restore.reports;
      if (mode === 'replace') {
        let vid = 1;
        await repo.replaceAll(
          entries.map((e) => e.stored as StoredReport),
          entries.flatMap((e) => e.versions.map((v) => ({ ...v, id: vid++ }) as SavedReportVersion)),
        );
      } else {
        for (const e of entries) {
          const current = await repo.get(e.stored.id);
          if (!current) await repo.putImported(e.stored as StoredReport);
          else if (e.stored.updatedAt > current.updatedAt)
            await repo.replaceFromImport(e.stored as StoredReport);
        }
      }
      for (const r of restore.rosters) await repo.saveRoster(r);
      setMessage({
        kind: 'info',
        text: `已${mode === 'replace' ? '用备份替换全部报告' : '合并备份'}（${entries.length}份报告）`,
      });
      setRestore(null);
    } catch (e) {
      setMessage({ kind: 'error', text: `恢复失败：${storageErrorMessage(e)}` });
    }
  };

  return (
    <>
      <button type="button" onClick={() => void backup()}>
        备份全部
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        恢复备份
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="选择备份文件"
        data-testid="restore-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void choose(f);
        }}
      />
      {message && (
        <output
          className={`banner ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          style={{ display: 'block', width: '100%' }}
        >
          {message.text}
        </output>
      )}
      {restore && (
        <Modal title="恢复备份" onClose={() => setRestore(null)}>
          <p>
            备份文件包含{restore.reports.length}份报告（导出于{' '}
            {restore.file.exportedAt.slice(0, 16).replace('T', ' ')}）。
          </p>
          {restore.warnings.map((w) => (
            <p key={w} className="banner warning">
              {w}
            </p>
          ))}
          <ul>
            <li>
              合并：本机没有的报告会加入；两边都有的，保留最后保存时间较新的一份（另一份存为历史版本）。
            </li>
            <li>替换：删除本机全部报告，换成备份中的报告。</li>
          </ul>
          <div className="actions">
            <button type="button" onClick={() => setRestore(null)}>
              取消
            </button>
            <button type="button" onClick={() => void apply('replace')}>
              替换全部
            </button>
            <button type="button" className="primary" onClick={() => void apply('merge')}>
              合并
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
