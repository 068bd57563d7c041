import { useRef, useState } from 'react';
import type { BackupImportResult } from '../../domain/interchange/backup';
import type { RestoreEntry, RestoreMode, RestoreProgress } from '../../storage/report-repository';
import { storageErrorMessage } from '../../storage/storage-errors';
import { downloadText, readFileText } from '../components/download';
import { Modal } from '../components/modal';
import { GENERATOR } from '../export/generator';
import { useRepository } from '../hooks/use-repository';
import {
  describeRestore,
  type RestoreAccount,
  restoreFailedMessage,
  restoreProgressText,
} from './restore-account';

/** The backup format (its zod schemas) loads when a backup is made or read, not with the list. */
const loadBackupFormat = () => import('../../domain/interchange/backup');

const pad = (n: number) => String(n).padStart(2, '0');

type Chosen = Extract<BackupImportResult, { ok: true }>;

/** 「备份全部」 and 「恢复备份」: every report with its history and comments, in one file. */
export function BackupButtons() {
  const repo = useRepository();
  const input = useRef<HTMLInputElement>(null);
  const [restore, setRestore] = useState<Chosen | null>(null);
  const [reading, setReading] = useState(false);
  /** set while a restore runs: the dialog's buttons are off, a second click starts nothing */
  const [running, setRunning] = useState<RestoreProgress | null>(null);
  const busy = useRef(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [account, setAccount] = useState<RestoreAccount | null>(null);

  const backup = async () => {
    try {
      const [reports, rosters] = await Promise.all([repo.backupEntries(), repo.listRosters()]);
      const { exportBackup } = await loadBackupFormat();
      const text = await exportBackup({ reports, rosters, generator: GENERATOR, now: new Date() });
      const d = new Date();
      downloadText(
        `政府信息公开年报备份-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.json`,
        text,
      );
      setAccount(null);
      setMessage({ kind: 'info', text: `已备份${reports.length}份报告` });
    } catch (e) {
      setMessage({ kind: 'error', text: `备份失败：${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const choose = async (file: File) => {
    setMessage(null);
    setAccount(null);
    setReading(true);
    try {
      const [{ importBackup }, text] = await Promise.all([
        loadBackupFormat(),
        readFileText(file, 200 * 1024 * 1024),
      ]);
      const result = await importBackup(text);
      if (!result.ok) setMessage({ kind: 'error', text: `${result.error}。本机数据没有任何改变。` });
      else setRestore(result);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setReading(false);
    }
  };

  const apply = async (mode: RestoreMode) => {
    if (!restore || busy.current) return;
    busy.current = true;
    setRunning({ done: 0, total: restore.reports.length });
    try {
      // The file's records are validated by the backup schema, which matches storage's record.
      const entries = restore.reports as RestoreEntry[];
      const outcome = await repo.restoreBackup(mode, entries, restore.rosters, { onProgress: setRunning });
      const done = describeRestore(outcome, entries);
      setMessage({ kind: 'info', text: done.summary });
      setAccount(done);
      setRestore(null);
    } catch (e) {
      setMessage({
        kind: 'error',
        text: restoreFailedMessage(storageErrorMessage(e), restore.reports.length),
      });
      setRestore(null);
    } finally {
      busy.current = false;
      setRunning(null);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void backup()}>
        备份全部
      </button>
      <button type="button" onClick={() => input.current?.click()} disabled={reading || running !== null}>
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
      {reading && (
        <output className="banner info" style={{ display: 'block', width: '100%' }}>
          正在读取和检查备份文件… <progress aria-label="读取备份文件" />
        </output>
      )}
      {message && (
        <output
          className={`banner ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          style={{ display: 'block', width: '100%' }}
        >
          {message.text}
          {account && account.details.length > 0 && (
            <details>
              <summary>查看明细</summary>
              <ul>
                {account.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </details>
          )}
        </output>
      )}
      {restore && (
        <Modal title="恢复备份" onClose={() => running === null && setRestore(null)}>
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
              合并：本机没有的报告会加入；两边都有的，保留最后保存时间较新的一份（另一份存为历史版本）；备份中的历史版本一并加入。
            </li>
            <li>替换：删除本机全部报告，换成备份中的报告。</li>
            <li>恢复要么全部完成，要么（例如磁盘空间不足时）完全不写入，本机数据保持原样。</li>
          </ul>
          {running && (
            <p aria-live="polite">
              {restoreProgressText(running)}{' '}
              <progress value={running.done} max={Math.max(running.total, 1)} aria-label="恢复进度" />
            </p>
          )}
          <div className="actions">
            <button type="button" disabled={running !== null} onClick={() => setRestore(null)}>
              取消
            </button>
            <button type="button" disabled={running !== null} onClick={() => void apply('replace')}>
              替换全部
            </button>
            <button
              type="button"
              className="primary"
              disabled={running !== null}
              onClick={() => void apply('merge')}
            >
              合并
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
